using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Classifiers;
using Ratusha.Features.Control;

namespace Ratusha.Features.Appeals;

/// <summary>
/// Appeals (Law «Про звернення громадян» art. 20; §6.13–6.15): 30 days from registration, 15 without additional study,
/// never over 45 days in total; co-executors report 3 working days before the lead (§6.14). The answer states its
/// result (Classifier №858, section 9); a refusal states the norms of law, the motives and the route of appeal
/// (art. 15, 19; §6.23).
/// </summary>
public static class AppealControlRules
{
    public const string Refused = "9.2";

    public const string DefaultAppealRoute =
        "Рішення може бути оскаржене до органу або посадової особи вищого рівня (ст. 16 Закону України «Про звернення громадян») " +
        "протягом одного року з моменту його прийняття, але не пізніше одного місяця з часу ознайомлення з ним (ст. 17), " +
        "або до суду відповідно до чинного законодавства.";

    public static readonly ControlRules Rules = new(
        Kind: "appeal",
        DefaultTerm: ControlRules.Term("appeal"),
        ShortTerm: ControlRules.Term("appeal-short"),
        UrgentTerm: null,
        MaximumTerm: ControlRules.Term("appeal-max"),
        CoExecutorTerm: ControlRules.Term("co-executor"),
        ReworkTerm: ControlRules.Term("rework"),
        Answer: new AnswerRules(ClassifierLists.Result, new HashSet<string> { Refused },
            "ст. 15, 19 Закону «Про звернення громадян»; п. 6.23 Регламенту", DefaultAppealRoute),
        Title: "Звернення громадян");

    public static readonly ControlKind Kind = new(["appeals", "hotline-1545", "hotline-regional"], Rules);

    /// <summary>The journals appeals are registered in: the appeals journal and the two hotline journals (§6.2).</summary>
    public static async Task<List<Guid>> JournalIdsAsync(RatushaDb db, CancellationToken ct) =>
        await db.Journals.AsNoTracking().Where(j => Kind.JournalCodes.Contains(j.Code)).Select(j => j.Id).ToListAsync(ct);
}
