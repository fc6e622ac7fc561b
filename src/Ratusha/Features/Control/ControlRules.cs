using Ratusha.Calendar;
using Ratusha.Data;

namespace Ratusha.Features.Control;

/// <summary>
/// How one kind of controlled item is timed: the term a resolution sets by default, the shorter and the urgent terms,
/// the ceiling no resolution or extension may pass, how far before the lead's date co-executors report (§6.14), and
/// the rework term after a rejected answer (§5.3.10), and — where the kind has it — the term in which an item with a
/// «до відома» resolution comes back for filing (§5.3.13). Each module owns its rules; the machine reads them.
/// Terms count from the day of registration, or — <see cref="CountsFromReceipt"/> — from the day the item was received
/// (deputy appeals: «з моменту його одержання», §5.5.3), which differs when it came in non-working time.
/// </summary>
public sealed record ControlRules(
    string Kind,
    LegalTerm DefaultTerm,
    LegalTerm? ShortTerm,
    LegalTerm? UrgentTerm,
    LegalTerm? MaximumTerm,
    LegalTerm CoExecutorTerm,
    LegalTerm ReworkTerm,
    AnswerRules? Answer = null,
    LegalTerm? ForInformationTerm = null,
    bool CountsFromReceipt = false,
    LegalDueDate? LegalDue = null,
    string? Title = null)
{
    internal static LegalTerm Term(string code) =>
        LegalTerms.Find(code) ?? throw new InvalidOperationException($"The deadline engine has no term '{code}'.");
}

/// <summary>
/// The due date a kind's own law gives one item, when it is not one term from the day of registration (information
/// requests: from receipt, 48 hours when urgent, 20 working days once extended with a notice). When a kind has it, a
/// resolution's default term is this date, and no resolution or extension sets a later one. Null: no item of that id.
/// </summary>
public delegate Task<DateOnly?> LegalDueDate(RatushaDb db, Guid cardId, WorkingCalendar calendar, CancellationToken ct);

/// <summary>
/// What an answer of this kind must carry: a result from a classifier list, and for a refusal its grounds and the
/// route of appeal (appeals: art. 15, 19 of the Law «Про звернення громадян», §6.23).
/// </summary>
public sealed record AnswerRules(string ResultList, IReadOnlySet<string> RefusalResults, string RefusalSource, string DefaultAppealRoute);

/// <summary>Which journals' items follow which rules. Registered by the modules at start (see Program.cs).</summary>
public sealed record ControlKind(IReadOnlyList<string> JournalCodes, ControlRules Rules);

public sealed class ControlRulebook(IEnumerable<ControlKind> kinds)
{
    private readonly Dictionary<string, ControlRules> byJournal =
        kinds.SelectMany(k => k.JournalCodes.Select(code => (code, k.Rules))).ToDictionary(x => x.code, x => x.Rules);

    /// <summary>The rules for an item of that journal; a journal no module claims follows the document rules.</summary>
    public ControlRules For(string journalCode) =>
        byJournal.TryGetValue(journalCode, out var rules) ? rules : Documents.DocumentControlRules.Rules;

    /// <summary>Every kind of controlled item, appeals first (the reports' order).</summary>
    public IReadOnlyList<ControlRules> Kinds { get; } = [.. kinds.Select(k => k.Rules).Append(Documents.DocumentControlRules.Rules)
        .DistinctBy(r => r.Kind).OrderBy(r => r.Kind == "appeal" ? 0 : 1).ThenBy(r => r.Kind, StringComparer.Ordinal)];

    /// <summary>How the reports name a kind.</summary>
    public string TitleOf(string kind) => Kinds.FirstOrDefault(r => r.Kind == kind)?.Title ?? kind;
}
