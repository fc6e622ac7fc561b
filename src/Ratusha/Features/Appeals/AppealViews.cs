using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Control;
using static Ratusha.Features.Deadlines.DeadlineEndpoints;

namespace Ratusha.Features.Appeals;

public sealed record AppealResponse(
    Guid Id, Guid CardId, string Index, string RegisteredOn, string DueDate, IReadOnlyList<string> DueExplanation,
    string Channel, string Sign, string Type, string Subject, int? Signatories, string ApplicantName, string? Address, string? Phone, string? Email,
    string? Sex, string[] Categories, string? SocialStatus, string? Topic, string Text, string? ForwardedBy, string? ForwardedNumber,
    bool NoAdditionalStudy, bool IsPrivileged, string? NotConsideredReason, string? NotConsideredBasis,
    string? Disposal, string? DisposalTo, string? DisposalDue, string? DisposedOn, bool DisposedLate, string State, int Version,
    string? ExternalCaseNumber = null, DateTimeOffset? CentreReceivedAt = null);

public sealed record AppealListItem(
    Guid Id, Guid CardId, string Index, string RegisteredOn, string ApplicantName, string? Topic, string Summary, bool IsPrivileged, bool NotConsidered,
    string State, string? DueDate, bool Overdue);
public sealed record AppealPage(IReadOnlyList<AppealListItem> Items, string? Next);

/// <summary>Where an appeal stands, as the journal filters it.</summary>
public static class AppealStates
{
    public const string Registered = "registered";
    public const string OnControl = "on-control";
    public const string Answered = "answered";
    public const string Removed = "removed";
    public const string NotConsidered = "not-considered";
    public const string Forwarded = "forwarded";
    public const string Returned = "returned";

    public static readonly IReadOnlyList<(string Code, string Title)> All =
    [
        (Registered, "зареєстровано, без резолюції"),
        (OnControl, "на контролі"),
        (Answered, "відповідь на перевірці"),
        (Removed, "знято з контролю"),
        (NotConsidered, "залишено без розгляду"),
        (Forwarded, "переслано за належністю"),
        (Returned, "повернуто заявнику"),
    ];

    public static string Title(string code) => All.FirstOrDefault(s => s.Code == code).Title ?? code;
}

/// <summary>
/// What officials see of appeals: only those <see cref="AppealAccess"/> lets them see, with filters, full-text search
/// and keyset paging; the same filter gives the page, the API list and the XLSX export.
/// </summary>
internal static class AppealViews
{
    public static async Task<AppealResponse?> OneAsync(RatushaDb db, AppealAccess access, Guid id, WorkingCalendar calendar, CancellationToken ct)
    {
        var row = await access.Rows(db).Where(x => x.a.Id == id)
            .Select(x => new
            {
                x.a,
                x.c.Index,
                x.c.RegisteredOn,
                Answered = db.Assignments.Where(s => s.CardId == x.c.Id && s.IsLead && s.State == AssignmentState.Answered).Skip(0).Any(),
                OnControl = db.Resolutions.Where(r => r.CardId == x.c.Id && r.State == ControlState.OnControl).Skip(0).Any(),
                Resolved = db.Resolutions.Where(r => r.CardId == x.c.Id).Skip(0).Any(),
            }).SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var a = row.a;
        var term = LegalTerms.Find(a.NoAdditionalStudy ? "appeal-short" : "appeal")!;
        var due = Deadline.For(term, row.RegisteredOn, calendar);
        return new AppealResponse(a.Id, a.CardId, row.Index, Iso(row.RegisteredOn), Iso(due.Due), due.Explanation,
            a.Channel, a.Sign, a.Type, a.Subject, a.Signatories, a.ApplicantName, a.Address, a.Phone, a.Email, a.Sex, [.. a.Categories],
            a.SocialStatus, a.Topic, a.Text, a.ForwardedBy, a.ForwardedNumber, a.NoAdditionalStudy, a.IsPrivileged,
            a.NotConsideredReason, a.NotConsideredBasis,
            a.Disposal, a.DisposalTo, a.DisposalDue is { } dd ? Iso(dd) : null, a.DisposedOn is { } on ? Iso(on) : null,
            a.DisposedOn > a.DisposalDue, StateOf(a.NotConsideredReason, a.Disposal, row.Answered, row.OnControl, row.Resolved), a.Version,
            a.ExternalCaseNumber, a.CentreReceivedAt);
    }

    /// <summary>The state of an appeal from what its query selected (see <see cref="AppealStates"/>).</summary>
    internal static string StateOf(string? notConsidered, string? disposal, bool answered, bool onControl, bool resolved) =>
        notConsidered != null ? AppealStates.NotConsidered
        : disposal == ForwardOrReturn.Forward ? AppealStates.Forwarded
        : disposal != null ? AppealStates.Returned
        : answered ? AppealStates.Answered
        : onControl ? AppealStates.OnControl
        : resolved ? AppealStates.Removed
        : AppealStates.Registered;

    private static IQueryable<AppealRow> Filtered(RatushaDb db, AppealAccess access, AppealFilter f, DateOnly today)
    {
        var byIndex = AppealSearch.LooksLikeIndex(f.Q);
        var query = access.Rows(db, byIndex ? null : AppealSearch.Matching(db, f.Q));
        if (byIndex)
        {
            var index = f.Q!.Trim();
            query = query.Where(x => x.c.Index == index);
        }
        if (OrNull(f.Channel) is { } channel) query = query.Where(x => x.a.Channel == channel);
        if (OrNull(f.Topic) is { } topic) query = topic == NoValue ? query.Where(x => x.a.Topic == null) : query.Where(x => x.a.Topic == topic);
        if (OrNull(f.Sign) is { } sign) query = query.Where(x => x.a.Sign == sign);
        if (OrNull(f.Type) is { } type) query = query.Where(x => x.a.Type == type);
        if (OrNull(f.Subject) is { } subject) query = query.Where(x => x.a.Subject == subject);
        if (OrNull(f.Sex) is { } sex) query = sex == NoValue ? query.Where(x => x.a.Sex == null) : query.Where(x => x.a.Sex == sex);
        if (OrNull(f.SocialStatus) is { } status)
            query = status == NoValue ? query.Where(x => x.a.SocialStatus == null) : query.Where(x => x.a.SocialStatus == status);
        if (OrNull(f.Category) is { } category) query = query.Where(x => x.a.Categories.Contains(category));
        if (OrNull(f.Place) is { } place)
            // The leading part of the address, as the weekly analysis groups it (Analytics/AppealCounts).
            query = place == NoValue ? query.Where(x => x.a.Address == null)
                : query.Where(x => x.a.Address != null
                    && (x.a.Address.Contains(",") ? x.a.Address.Substring(0, x.a.Address.IndexOf(",")).Trim() : x.a.Address.Trim()) == place);
        if (OrNull(f.Result) is { } result)
        {
            query = query.Where(x => (db.Assignments.Where(s => s.CardId == x.c.Id && s.IsLead).SelectMany(s => s.Reports)
                .Where(p => p.Kind == ReportKind.Answer).OrderByDescending(p => p.On).Select(p => p.Result).FirstOrDefault() ?? NoValue) == result);
        }
        if (f.AddressedTo is { } addressedTo) query = query.Where(x => x.c.DepartmentId == addressedTo);
        if (f.From is { } from) query = query.Where(x => x.c.RegisteredOn >= from);
        if (f.To is { } to) query = query.Where(x => x.c.RegisteredOn <= to);
        if (f.Executor is { } executor) query = query.Where(x => db.Assignments.Where(s => s.CardId == x.c.Id && s.ExecutorId == executor).Skip(0).Any());
        if (f.Department is { } department)
            query = query.Where(x => x.c.DepartmentId == department || db.Assignments.Where(s => s.CardId == x.c.Id && s.DepartmentId == department).Skip(0).Any());
        if (f.DueFrom is { } dueFrom) query = query.Where(x => db.Resolutions.Where(r => r.CardId == x.c.Id && r.State == ControlState.OnControl && r.DueDate >= dueFrom).Skip(0).Any());
        if (f.DueTo is { } dueTo) query = query.Where(x => db.Resolutions.Where(r => r.CardId == x.c.Id && r.State == ControlState.OnControl && r.DueDate <= dueTo).Skip(0).Any());
        if (f.Overdue == true)
        {
            var overdueCards = db.Assignments.Where(s => (s.State == AssignmentState.Assigned || s.State == AssignmentState.Returned) && s.DueDate < today).Select(s => s.CardId);
            query = query.Where(x => overdueCards.Contains(x.c.Id));
        }
        if (OrNull(f.Execution) is not null || f.TermFrom is not null || f.TermTo is not null) query = ByExecution(db, query, f, today);
        if (OrNull(f.Control) is not null && f.ControlFrom is { } controlFrom && f.ControlTo is { } controlTo)
            query = ByControl(db, query, f.Control!, controlFrom, controlTo, f.Department);
        query = OrNull(f.State) switch
        {
            AppealStates.NotConsidered => query.Where(x => x.a.NotConsideredReason != null),
            AppealStates.Forwarded => query.Where(x => x.a.Disposal == ForwardOrReturn.Forward),
            AppealStates.Returned => query.Where(x => x.a.Disposal != null && x.a.Disposal != ForwardOrReturn.Forward),
            AppealStates.Answered => query.Where(x => db.Assignments.Where(s => s.CardId == x.c.Id && s.IsLead && s.State == AssignmentState.Answered).Skip(0).Any()),
            AppealStates.OnControl => query.Where(x => db.Resolutions.Where(r => r.CardId == x.c.Id && r.State == ControlState.OnControl).Skip(0).Any()),
            AppealStates.Removed => query.Where(x => db.Resolutions.Where(r => r.CardId == x.c.Id).Skip(0).Any() && !db.Resolutions.Where(r => r.CardId == x.c.Id && r.State == ControlState.OnControl).Skip(0).Any()),
            AppealStates.Registered => query.Where(x => x.a.NotConsideredReason == null && x.a.Disposal == null && !db.Resolutions.Where(r => r.CardId == x.c.Id).Skip(0).Any()),
            _ => query,
        };
        return query;
    }

    private static string? OrNull(string? value) => Ui.FormText.OrNull(value);

    /// <summary>A filter value meaning "not given" (an appeal without a topic, an address…).</summary>
    public const string NoValue = "none";

    /// <summary>
    /// Appeals with an assignment whose term is in [termFrom, termTo] (of the executor and department asked for) in the state the
    /// execution-discipline report counts (Analytics/ExecutionDiscipline): assigned, on-time, late, overdue, extended.
    /// </summary>
    private static IQueryable<AppealRow> ByExecution(RatushaDb db, IQueryable<AppealRow> query, AppealFilter f, DateOnly today)
    {
        var assignments = db.Assignments.AsQueryable();
        if (f.TermFrom is { } termFrom) assignments = assignments.Where(s => s.DueDate >= termFrom);
        if (f.TermTo is { } termTo) assignments = assignments.Where(s => s.DueDate <= termTo);
        if (f.Executor is { } executor) assignments = assignments.Where(s => s.ExecutorId == executor);
        if (f.Department is { } department) assignments = assignments.Where(s => s.DepartmentId == department);
        var answered = assignments.Where(s => s.State != AssignmentState.Assigned && s.State != AssignmentState.Returned);
        assignments = OrNull(f.Execution) switch
        {
            "on-time" => answered.Where(s => s.Reports.Where(p => p.Kind == ReportKind.Answer || p.Kind == ReportKind.CoExecutorReport).Max(p => (DateOnly?)p.On) <= s.DueDate),
            "late" => answered.Where(s => s.Reports.Where(p => p.Kind == ReportKind.Answer || p.Kind == ReportKind.CoExecutorReport).Max(p => (DateOnly?)p.On) > s.DueDate),
            "overdue" => assignments.Where(s => (s.State == AssignmentState.Assigned || s.State == AssignmentState.Returned) && s.DueDate < today),
            "extended" => assignments.Where(s => s.IsLead && db.Set<Extension>().Any(e => e.ResolutionId == s.ResolutionId)),
            _ => assignments,
        };
        return query.Where(x => assignments.Where(s => s.CardId == x.c.Id).Skip(0).Any());
    }

    /// <summary>
    /// Appeals whose resolution, alive in [from, to], is in the state the quarterly control report counts
    /// (Analytics/ControlQuarterly), for the department of its lead executor when one is asked for.
    /// </summary>
    private static IQueryable<AppealRow> ByControl(RatushaDb db, IQueryable<AppealRow> query, string measure, DateOnly from, DateOnly to, Guid? department)
    {
        var resolutions = db.Resolutions.Where(r => r.WrittenOn <= to && (r.RemovedOn == null || r.RemovedOn >= from));
        if (department is { } d) resolutions = resolutions.Where(r => r.Assignments.Any(s => s.IsLead && s.DepartmentId == d));
        var removed = resolutions.Where(r => r.RemovedOn != null && r.RemovedOn <= to);
        var atEnd = resolutions.Where(r => r.RemovedOn == null || r.RemovedOn > to);
        resolutions = measure switch
        {
            "start" => resolutions.Where(r => r.WrittenOn < from),
            "put" => resolutions.Where(r => r.WrittenOn >= from),
            "removed" => removed,
            "removed-on-time" => removed.Where(r => r.Assignments.Where(s => s.IsLead).SelectMany(s => s.Reports)
                .Where(p => p.Kind == ReportKind.Answer && p.On <= to).Max(p => (DateOnly?)p.On) <= r.DueDate),
            "removed-late" => removed.Where(r => !r.Assignments.Where(s => s.IsLead).SelectMany(s => s.Reports).Any(p => p.Kind == ReportKind.Answer && p.On <= to)
                || r.Assignments.Where(s => s.IsLead).SelectMany(s => s.Reports).Any(p => p.Kind == ReportKind.Answer && p.On <= to && p.On > r.DueDate)),
            "end" => atEnd,
            "end-overdue" => atEnd.Where(r => r.DueDate < to && !r.Assignments.Where(s => s.IsLead).SelectMany(s => s.Reports).Any(p => p.Kind == ReportKind.Answer && p.On <= to)),
            _ => resolutions,
        };
        return query.Where(x => resolutions.Where(r => r.CardId == x.c.Id).Skip(0).Any());
    }

    /// <summary>The rows of an export, with Ukrainian column names, in the list's order.</summary>
    public static async Task<List<Dictionary<string, object?>>> ExportRowsAsync(RatushaDb db, AppealAccess access, AppealFilter f, DateOnly today, int max, CancellationToken ct)
    {
        var query = Filtered(db, access, f, today);
        var ordered = Ordered(query, f.PrivilegedFirst == true);
        var rows = await ordered.Take(max).Select(x => new
        {
            x.c.Index,
            x.c.RegisteredOn,
            x.a.Surname,
            x.a.GivenName,
            x.a.Patronymic,
            x.a.Address,
            x.a.Channel,
            x.a.Type,
            x.a.Topic,
            x.c.Summary,
            x.a.IsPrivileged,
            x.a.NotConsideredReason,
            x.a.Disposal,
            Answered = db.Assignments.Where(s => s.CardId == x.c.Id && s.IsLead && s.State == AssignmentState.Answered).Skip(0).Any(),
            OnControl = db.Resolutions.Where(r => r.CardId == x.c.Id && r.State == ControlState.OnControl).Skip(0).Any(),
            Resolved = db.Resolutions.Where(r => r.CardId == x.c.Id).Skip(0).Any(),
            Due = db.Resolutions.Where(r => r.CardId == x.c.Id && r.State == ControlState.OnControl).Select(r => (DateOnly?)r.DueDate).FirstOrDefault(),
        }).ToListAsync(ct);
        return rows.ConvertAll(x => new Dictionary<string, object?>
        {
            ["Індекс"] = x.Index,
            ["Дата реєстрації"] = Ui.Formats.Date(x.RegisteredOn),
            ["Заявник"] = string.Join(' ', new[] { x.Surname, x.GivenName, x.Patronymic }.Where(s => s is not null)),
            ["Адреса"] = x.Address,
            ["Форма надходження"] = x.Channel,
            ["Вид"] = x.Type,
            ["Тематика"] = x.Topic,
            ["Короткий зміст"] = x.Summary,
            ["Пільга"] = x.IsPrivileged ? "так" : "",
            ["Без розгляду"] = x.NotConsideredReason,
            ["Стан"] = AppealStates.Title(StateOf(x.NotConsideredReason, x.Disposal, x.Answered, x.OnControl, x.Resolved)),
            ["Строк"] = x.Due is { } due ? Ui.Formats.Date(due) : null,
        });
    }

    /// <summary>
    /// Newest first, or privileged authors first (art. 20). Appeals are numbered in three sequences (the appeals journal
    /// and the two hotline journals, §6.2), so the sequence breaks ties of year and number.
    /// </summary>
    private static IQueryable<AppealRow> Ordered(IQueryable<AppealRow> query, bool privilegedFirst) => privilegedFirst
        ? query.OrderByDescending(x => x.a.IsPrivileged).ThenByDescending(x => x.c.Year).ThenByDescending(x => x.c.Number).ThenByDescending(x => x.c.SequenceKey)
        : query.OrderByDescending(x => x.c.Year).ThenByDescending(x => x.c.Number).ThenByDescending(x => x.c.SequenceKey);

    /// <summary>Newest first, or privileged authors first (art. 20); keyset paging on (privileged, year, number).</summary>
    public static async Task<AppealPage> PageAsync(RatushaDb db, AppealAccess access, AppealFilter f, DateOnly today, CancellationToken ct)
    {
        var query = Filtered(db, access, f, today);
        if (Cursor.Parse(f.After) is { } k)
            query = f.PrivilegedFirst == true
                ? query.Where(x => (k.Privileged && !x.a.IsPrivileged) || (x.a.IsPrivileged == k.Privileged && (x.c.Year < k.Year || (x.c.Year == k.Year
                    && (x.c.Number < k.Number || (x.c.Number == k.Number && string.Compare(x.c.SequenceKey, k.Sequence) < 0))))))
                : query.Where(x => x.c.Year < k.Year || (x.c.Year == k.Year && (x.c.Number < k.Number || (x.c.Number == k.Number && string.Compare(x.c.SequenceKey, k.Sequence) < 0))));
        var ordered = Ordered(query, f.PrivilegedFirst == true);
        var limit = Math.Clamp(f.Limit ?? 50, 1, 200);
        var rows = await ordered.Take(limit).Select(x => new
        {
            x.a.Id,
            x.a.CardId,
            x.c.Index,
            x.c.RegisteredOn,
            x.a.Surname,
            x.a.GivenName,
            x.a.Patronymic,
            x.a.Topic,
            x.c.Summary,
            x.a.IsPrivileged,
            x.a.NotConsideredReason,
            x.c.Year,
            x.c.Number,
            x.c.SequenceKey,
            x.a.Disposal,
            Answered = db.Assignments.Where(s => s.CardId == x.c.Id && s.IsLead && s.State == AssignmentState.Answered).Skip(0).Any(),
            OnControl = db.Resolutions.Where(r => r.CardId == x.c.Id && r.State == ControlState.OnControl).Skip(0).Any(),
            Resolved = db.Resolutions.Where(r => r.CardId == x.c.Id).Skip(0).Any(),
            Due = db.Resolutions.Where(r => r.CardId == x.c.Id && r.State == ControlState.OnControl).Select(r => (DateOnly?)r.DueDate).FirstOrDefault(),
            Overdue = db.Assignments.Where(s => s.CardId == x.c.Id && (s.State == AssignmentState.Assigned || s.State == AssignmentState.Returned) && s.DueDate < today).Skip(0).Any(),
        }).ToListAsync(ct);
        var items = rows.ConvertAll(x => new AppealListItem(x.Id, x.CardId, x.Index, Iso(x.RegisteredOn),
            string.Join(' ', new[] { x.Surname, x.GivenName, x.Patronymic }.Where(s => s is not null)), x.Topic, x.Summary, x.IsPrivileged, x.NotConsideredReason != null,
            StateOf(x.NotConsideredReason, x.Disposal, x.Answered, x.OnControl, x.Resolved), x.Due is { } due ? Iso(due) : null, x.Overdue));
        var last = rows.Count == limit ? rows[^1] : null;
        return new AppealPage(items, last is null ? null : new Cursor(last.IsPrivileged, last.Year, last.Number, last.SequenceKey).ToString());
    }

    private sealed record Cursor(bool Privileged, int Year, int Number, string Sequence)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{(Privileged ? 1 : 0)}-{Year}-{Number}-{Sequence}");

        public static Cursor? Parse(string? text)
        {
            var parts = text?.Split('-', 4);
            return parts is [var p, var y, var n, var sequence] && p is "0" or "1"
                   && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                   && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? new Cursor(p == "1", year, number, sequence) : null;
        }
    }
}

/// <summary>
/// The journal's filters, bound from the query string of the page, the API list and the export alike; an empty value
/// means "any". <see cref="Q"/> is a full-text search over the applicant and the text, or an exact index («К-123»).
/// The filters after <see cref="Limit"/> open the list behind a figure of the analytics (Features/Analytics): the
/// classifier attributes («none» — not given), the leading part of the address (<see cref="Place"/>), the department
/// a card is addressed to, assignments by term and execution (<see cref="Execution"/>: assigned, on-time, late,
/// overdue, extended) and resolutions by their state in a quarter (<see cref="Control"/>: start, put, removed,
/// removed-on-time, removed-late, end, end-overdue).
/// </summary>
public sealed record AppealFilter(
    bool? PrivilegedFirst = null, string? State = null, string? Channel = null, string? Topic = null, string? Sign = null, string? Type = null,
    Guid? Executor = null, Guid? Department = null, DateOnly? From = null, DateOnly? To = null, DateOnly? DueFrom = null, DateOnly? DueTo = null,
    bool? Overdue = null, string? Q = null, string? After = null, int? Limit = null,
    string? Subject = null, string? Sex = null, string? SocialStatus = null, string? Category = null, string? Place = null, string? Result = null,
    Guid? AddressedTo = null, DateOnly? TermFrom = null, DateOnly? TermTo = null, string? Execution = null,
    DateOnly? ControlFrom = null, DateOnly? ControlTo = null, string? Control = null);
