using Ratusha.Calendar;

namespace Ratusha.Features.Control;

/// <summary>
/// How one kind of controlled item is timed: the term a resolution sets by default, the shorter and the urgent terms,
/// the ceiling no resolution or extension may pass, how far before the lead's date co-executors report (§6.14), and
/// the rework term after a rejected answer (§5.3.10). Each module owns its rules; the machine reads them.
/// </summary>
public sealed record ControlRules(
    string Kind,
    LegalTerm DefaultTerm,
    LegalTerm? ShortTerm,
    LegalTerm? UrgentTerm,
    LegalTerm? MaximumTerm,
    LegalTerm CoExecutorTerm,
    LegalTerm ReworkTerm)
{
    internal static LegalTerm Term(string code) =>
        LegalTerms.Find(code) ?? throw new InvalidOperationException($"The deadline engine has no term '{code}'.");
}

/// <summary>Which journals' items follow which rules. Registered by the modules at start (see Program.cs).</summary>
public sealed record ControlKind(IReadOnlyList<string> JournalCodes, ControlRules Rules);

public sealed class ControlRulebook(IEnumerable<ControlKind> kinds)
{
    private readonly Dictionary<string, ControlRules> byJournal =
        kinds.SelectMany(k => k.JournalCodes.Select(code => (code, k.Rules))).ToDictionary(x => x.code, x => x.Rules);

    /// <summary>The rules for an item of that journal; a journal no module claims follows the document rules.</summary>
    public ControlRules For(string journalCode) =>
        byJournal.TryGetValue(journalCode, out var rules) ? rules : Documents.DocumentControlRules.Rules;
}
