using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Appeals;
using Ratusha.Features.Control;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Hotlines;

public sealed record ReportBackRequest(
    [property: Required(ErrorMessage = "Оберіть спосіб.")] string Way,
    [property: StringLength(1000, ErrorMessage = "Примітка — до 1000 символів.")] string? Note = null,
    DateTimeOffset? ReportedAt = null);

public sealed record ReportBackView(Guid Id, DateTimeOffset ReportedAt, string Way, string WayTitle, string? By, string? Note, bool OfLatestAnswer);

/// <summary>One row of the report back to a contact centre: the case, its registration here, where it stands and the answer.</summary>
public sealed record ReportBackRow(
    Guid AppealId, Guid? AnswerId, string ExternalCaseNumber, DateTimeOffset? CentreReceivedAt, string Index, DateOnly RegisteredOn,
    string Status, string? Result, string? Answer, DateOnly? AnsweredOn, string? Executor, bool? OnTime);

/// <summary>A hotline appeal that waits for something: its result to be reported back, or its overdue answer.</summary>
public sealed record HotlineControlItem(Guid AppealId, string Index, string ExternalCaseNumber, DateOnly RegisteredOn, DateOnly? DueDate, DateOnly? AnsweredOn, string? Executor);

/// <summary>
/// Reporting back to the contact centre (seed 000 §2.2): the answer and the status of each hotline appeal go to the
/// centre in the layout it takes (XLSX per period), and each appeal keeps a record of when and how its result was
/// reported — by the export or by hand (in the centre's system, by e-mail, by phone, in writing). The answer itself is
/// the lead executor's answer of the control machine (<see cref="AssignmentReport"/> with its result).
/// </summary>
internal static class ReportBack
{
    /// <summary>The lead's answers on hotline appeals of the source, newest per appeal last.</summary>
    private static IQueryable<AnswerRow> Answers(RatushaDb db, HotlineSource source) =>
        from p in db.AssignmentReports
        where p.Kind == ReportKind.Answer
        join s in db.Assignments on p.AssignmentId equals s.Id
        where s.IsLead
        join a in db.Appeals on s.CardId equals a.CardId
        where a.Channel == source.Channel
        select new AnswerRow { Report = p, Lead = s, AppealId = a.Id };

    private sealed class AnswerRow
    {
        public required AssignmentReport Report { get; init; }
        public required Assignment Lead { get; init; }
        public Guid AppealId { get; init; }
    }

    /// <summary>
    /// The rows of the period: every appeal of the source answered within it (its latest answer), and every appeal
    /// registered within it that has no answer yet, with its status. Ordered by registration.
    /// </summary>
    public static async Task<List<ReportBackRow>> RowsAsync(RatushaDb db, HotlineSource source, DateOnly first, DateOnly last, CancellationToken ct)
    {
        var answered = await (
            from x in Answers(db, source)
            where x.Report.On >= first && x.Report.On <= last
            join r in db.Resolutions on x.Lead.ResolutionId equals r.Id
            join d in db.Departments on x.Lead.DepartmentId equals d.Id
            join o in db.Officials on x.Lead.ExecutorId equals o.Id
            select new { x.AppealId, AnswerId = x.Report.Id, x.Report.On, x.Report.Text, x.Report.Result, LeadState = x.Lead.State, r.State, r.DueDate, Department = d.Name, Executor = o.Surname })
            .ToListAsync(ct);
        var latest = answered.GroupBy(x => x.AppealId).Select(g => g.OrderBy(x => x.On).ThenBy(x => x.AnswerId).Last()).ToDictionary(x => x.AppealId);

        var withAnswers = Answers(db, source).Select(x => x.AppealId);
        var ids = latest.Keys.ToList();
        var appeals = await (
            from a in db.Appeals.AsNoTracking()
            join c in db.RegistrationCards on a.CardId equals c.Id
            where a.Channel == source.Channel
                  && (ids.Contains(a.Id) || (c.RegisteredOn >= first && c.RegisteredOn <= last && !withAnswers.Contains(a.Id)))
            orderby c.RegisteredOn, c.Number
            select new
            {
                a.Id,
                a.ExternalCaseNumber,
                a.CentreReceivedAt,
                c.Index,
                c.RegisteredOn,
                a.NotConsideredReason,
                a.NotConsideredBasis,
                a.Disposal,
                a.DisposalText,
                OnControl = db.Resolutions.Where(r => r.CardId == c.Id && r.State == ControlState.OnControl).Skip(0).Any(),
            }).ToListAsync(ct);
        var results = await db.ClassifierEntries.AsNoTracking().Where(e => e.List == Classifiers.ClassifierLists.Result).ToDictionaryAsync(e => e.Code, e => e.Name, ct);

        return appeals.ConvertAll(a =>
        {
            if (latest.TryGetValue(a.Id, out var x))
            {
                var status = x.State == ControlState.RemovedFromControl ? "розглянуто, знято з контролю"
                    : x.LeadState == AssignmentState.Returned ? "відповідь на доопрацюванні"
                    : "надано відповідь";
                return new ReportBackRow(a.Id, x.AnswerId, a.ExternalCaseNumber ?? "", a.CentreReceivedAt, a.Index, a.RegisteredOn, status,
                    x.Result is null ? null : results.GetValueOrDefault(x.Result, x.Result), x.Text, x.On, $"{x.Department} ({x.Executor})", x.On <= x.DueDate);
            }
            var (pending, text) = a.NotConsideredReason is not null ? ("залишено без розгляду", a.NotConsideredBasis)
                : a.Disposal == ForwardOrReturn.Forward ? ("переслано за належністю", a.DisposalText)
                : a.Disposal is not null ? ("повернуто заявнику", a.DisposalText)
                : a.OnControl ? ("на розгляді", null)
                : ("зареєстровано, очікує резолюції", (string?)null);
            return new ReportBackRow(a.Id, null, a.ExternalCaseNumber ?? "", a.CentreReceivedAt, a.Index, a.RegisteredOn, pending, null, text, null, null, null);
        });
    }

    /// <summary>The export in the centre's layout; each row with a result (an answer, or a disposal) is recorded as reported by it.</summary>
    public static async Task<byte[]> ExportAsync(RatushaDb db, TimeProvider clock, ICurrentActor actor, HotlineSource source, DateOnly first, DateOnly last, CancellationToken ct)
    {
        var rows = await RowsAsync(db, source, first, last, ct);
        var now = clock.GetUtcNow();
        foreach (var row in rows.Where(r => r.AnswerId is not null || r.Answer is not null))
            db.HotlineReportBacks.Add(HotlineReportBack.Create(row.AppealId, row.AnswerId, now, ReportBackWays.Export, actor.UserId,
                $"Звіт за {Ui.Formats.Date(first)}–{Ui.Formats.Date(last)}"));
        await db.SaveChangesAsync(ct);

        var sheet = rows.ConvertAll(r => new Dictionary<string, object?>
        {
            ["Номер звернення КЦ"] = r.ExternalCaseNumber,
            ["Дата надходження до КЦ"] = r.CentreReceivedAt is { } at ? Ui.Formats.DateTime(at) : null,
            ["Реєстраційний індекс"] = r.Index,
            ["Дата реєстрації"] = Ui.Formats.Date(r.RegisteredOn),
            ["Стан"] = r.Status,
            ["Результат розгляду"] = r.Result,
            ["Відповідь"] = r.Answer,
            ["Дата відповіді"] = r.AnsweredOn is { } on ? Ui.Formats.Date(on) : null,
            ["Виконавець"] = r.Executor,
            ["Вчасно"] = r.OnTime switch { true => "так", false => "ні", null => null },
        });
        using var stream = new MemoryStream();
        if (sheet.Count == 0)
            sheet.Add(new Dictionary<string, object?> { ["Номер звернення КЦ"] = null, ["Стан"] = "За період звернень немає." });
        await MiniExcelLibs.MiniExcel.SaveAsAsync(stream, sheet, sheetName: source.Code, cancellationToken: ct);
        return stream.ToArray();
    }

    /// <summary>A report made by hand: in the centre's system, by e-mail, by phone or in writing; never in the future.</summary>
    public static async Task<Outcome<HotlineReportBack>> RecordAsync(
        RatushaDb db, TimeProvider clock, ICurrentActor actor, Guid appealId, ReportBackRequest request, CancellationToken ct)
    {
        var appeal = await db.Appeals.AsNoTracking().Where(a => a.Id == appealId).Select(a => new { a.Id, a.Channel }).SingleOrDefaultAsync(ct);
        if (appeal is null) return Outcome.Missing<HotlineReportBack>();
        if (HotlineSource.OfChannel(appeal.Channel) is not { } source)
            return Outcome.Invalid<HotlineReportBack>(Outcome.Error("appeal", "Звітують контактному центру лише про звернення з гарячої лінії."));
        var errors = Outcome.Validate(request);
        if (!errors.ContainsKey("way") && !ReportBackWays.All.Any(w => w.Code == request.Way))
            errors["way"] = ["Оберіть спосіб: " + string.Join(", ", ReportBackWays.All.Select(w => w.Code)) + "."];
        var now = clock.GetUtcNow();
        if (request.ReportedAt > now.AddMinutes(5)) errors["reportedAt"] = ["Дата звіту не може бути в майбутньому."];
        if (errors.Count > 0) return Outcome.Invalid<HotlineReportBack>(errors);
        var answer = await Answers(db, source).Where(x => x.AppealId == appealId)
            .OrderByDescending(x => x.Report.On).Select(x => (Guid?)x.Report.Id).FirstOrDefaultAsync(ct);
        var line = HotlineReportBack.Create(appealId, answer, request.ReportedAt?.ToUniversalTime() ?? now, request.Way, actor.UserId, request.Note);
        db.HotlineReportBacks.Add(line);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(line);
    }

    /// <summary>The reports of one appeal, newest first; whether each reported the answer that stands now.</summary>
    public static async Task<List<ReportBackView>> OfAppealAsync(RatushaDb db, Guid appealId, CancellationToken ct)
    {
        var channel = await db.Appeals.Where(a => a.Id == appealId).Select(a => a.Channel).SingleOrDefaultAsync(ct);
        if (HotlineSource.OfChannel(channel) is not { } source) return [];
        var answer = await Answers(db, source).Where(x => x.AppealId == appealId)
            .OrderByDescending(x => x.Report.On).Select(x => (Guid?)x.Report.Id).FirstOrDefaultAsync(ct);
        var lines = await (from b in db.HotlineReportBacks.AsNoTracking()
                           where b.AppealId == appealId
                           join u in db.Users on b.ById equals (Guid?)u.Id into users
                           from u in users.DefaultIfEmpty()
                           orderby b.ReportedAt descending
                           select new { b, u.UserName }).ToListAsync(ct);
        return lines.ConvertAll(x => new ReportBackView(x.b.Id, x.b.ReportedAt, x.b.Way, ReportBackWays.Title(x.b.Way), x.UserName, x.b.Note,
            answer is not null && x.b.AnswerId == answer));
    }

    /// <summary>Answered hotline appeals whose latest answer has not been reported back to the centre yet.</summary>
    public static async Task<List<HotlineControlItem>> NotReportedAsync(RatushaDb db, HotlineSource source, CancellationToken ct)
    {
        var answers = Answers(db, source);
        var rows = await (
            from x in answers
            where !answers.Any(y => y.AppealId == x.AppealId && y.Report.On > x.Report.On)
                  && !db.HotlineReportBacks.Any(b => b.AnswerId == x.Report.Id)
            join a in db.Appeals on x.AppealId equals a.Id
            join c in db.RegistrationCards on a.CardId equals c.Id
            join o in db.Officials on x.Lead.ExecutorId equals o.Id
            orderby x.Report.On
            select new HotlineControlItem(a.Id, c.Index, a.ExternalCaseNumber ?? "", c.RegisteredOn, x.Lead.DueDate, x.Report.On, o.Surname + " " + o.GivenName))
            .Take(500).ToListAsync(ct);
        return [.. rows.DistinctBy(r => r.AppealId)];
    }

    /// <summary>Hotline appeals with an open assignment past its date: escalated by the reminders like any controlled item.</summary>
    public static Task<List<HotlineControlItem>> OverdueAsync(RatushaDb db, HotlineSource source, DateOnly today, CancellationToken ct) =>
        (from s in db.Assignments
         where (s.State == AssignmentState.Assigned || s.State == AssignmentState.Returned) && s.DueDate < today
         join r in db.Resolutions on s.ResolutionId equals r.Id
         where r.State == ControlState.OnControl
         join a in db.Appeals on s.CardId equals a.CardId
         where a.Channel == source.Channel
         join c in db.RegistrationCards on a.CardId equals c.Id
         join o in db.Officials on s.ExecutorId equals o.Id
         orderby s.DueDate
         select new HotlineControlItem(a.Id, c.Index, a.ExternalCaseNumber ?? "", c.RegisteredOn, s.DueDate, null, o.Surname + " " + o.GivenName))
        .Take(500).ToListAsync(ct);
}
