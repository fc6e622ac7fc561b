using Ratusha.Calendar;
using Ratusha.Features.Control;

namespace Ratusha.Features.DeputyAppeals;

/// <summary>
/// The two kinds of deputy appeal on the one control machine. Each has its own journal (so the rulebook tells them
/// apart by journal), and both journals share one yearly numbering «deputy-appeals» — the council keeps one book of
/// deputy appeals, the prefix of the index says whose it is (НД — народний депутат, ДР — депутат ради).
/// Terms count from the day of receipt («з моменту його одержання»), in calendar days and months.
/// </summary>
public static class DeputyAppealRules
{
    public const string PeoplesJournal = "peoples-deputy-appeals";
    public const string LocalJournal = "local-deputy-appeals";
    public const string Sequence = "deputy-appeals";

    /// <summary>People's deputy (§5.5.3): 10 days from receipt; extended only with a reasoned letter, never past 30 days.</summary>
    public static readonly ControlRules Peoples = new(
        Kind: "peoples-deputy-appeal",
        DefaultTerm: ControlRules.Term("peoples-deputy-appeal"),
        ShortTerm: null,
        UrgentTerm: null,
        MaximumTerm: ControlRules.Term("peoples-deputy-appeal-max"),
        CoExecutorTerm: ControlRules.Term("co-executor"),
        ReworkTerm: ControlRules.Term("rework"),
        CountsFromReceipt: true,
        Title: "Звернення народних депутатів України");

    /// <summary>Deputy of the local council (§5.5.7): 10 days; when extra study or a check is needed, at most a month.</summary>
    public static readonly ControlRules Local = new(
        Kind: "local-deputy-appeal",
        DefaultTerm: ControlRules.Term("local-deputy-appeal"),
        ShortTerm: null,
        UrgentTerm: null,
        MaximumTerm: ControlRules.Term("local-deputy-appeal-max"),
        CoExecutorTerm: ControlRules.Term("co-executor"),
        ReworkTerm: ControlRules.Term("rework"),
        CountsFromReceipt: true,
        Title: "Звернення депутатів міської ради");

    public static readonly ControlKind PeoplesKind = new([PeoplesJournal], Peoples);
    public static readonly ControlKind LocalKind = new([LocalJournal], Local);

    public static string JournalOf(DeputyKind kind) => kind == DeputyKind.PeoplesDeputy ? PeoplesJournal : LocalJournal;

    public static ControlRules RulesOf(DeputyKind kind) => kind == DeputyKind.PeoplesDeputy ? Peoples : Local;

    /// <summary>The last day the deputy may be told of the hearing: a day before (§5.5.4) or five calendar days before (§5.5.8).</summary>
    public static LegalTerm NoticeTerm(DeputyKind kind) =>
        ControlRules.Term(kind == DeputyKind.PeoplesDeputy ? "peoples-deputy-notice" : "local-deputy-notice");

    /// <summary>The answer to a people's deputy goes by the next day after consideration (§5.5.5); a local deputy's within the term.</summary>
    public static LegalTerm? AnswerTerm(DeputyKind kind) =>
        kind == DeputyKind.PeoplesDeputy ? ControlRules.Term("peoples-deputy-answer") : null;

    public static string Clause(DeputyKind kind) => kind == DeputyKind.PeoplesDeputy ? "п. 5.5.3–5.5.5 Регламенту; ст. 16 Закону «Про статус народного депутата України»"
        : "п. 5.5.7–5.5.8 Регламенту; ст. 13 Закону «Про статус депутатів місцевих рад»";

    public static string Title(DeputyKind kind) => kind == DeputyKind.PeoplesDeputy ? "народний депутат України" : "депутат міської ради";
}
