using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Appeals;
using Ratusha.Features.Control;
using static Ratusha.Features.Deadlines.DeadlineEndpoints;

namespace Ratusha.Features.DeputyAppeals;

public sealed record DeputyNoticeView(Guid Id, string Kind, string Text, string WrittenOn, string? Due, string? SentBy, string? SentOn, string? SentTo, bool Late);

public sealed record DeputyAppealResponse(
    Guid Id, Guid CardId, string Index, string Kind, string KindTitle, string DeputyName, string? Convocation, string? Faction,
    string? Email, string? Phone, string? Address, string? OutgoingNumber, string? OutgoingDate, string Summary, string? Text, string? DepartmentId,
    DateTimeOffset ReceivedAt, string ReceivedOn, string RegisteredOn, string DueDate, string Ceiling, IReadOnlyList<string> DueExplanation, bool Overdue,
    string State, string? HearingDate, string? HearingTime, string? HearingPlace, string? HearingNoticeDue, bool HearingNoticeLate,
    string? ConsideredOn, string? AnswerDue, bool AnswerLate, string? AnswerSentBy, string? AnswerSentOn, string? AnswerSentTo, string? AnswerText,
    DeputyNoticeView[] Notices, int Version);

public sealed record DeputyAppealListItem(
    Guid Id, Guid CardId, string Index, string Kind, string DeputyName, string ReceivedOn, string Summary, string State, string DueDate, bool Overdue,
    string? HearingDate, bool NoticeLate, string? AnswerSentOn, bool AnswerLate);

public sealed record DeputyAppealPage(IReadOnlyList<DeputyAppealListItem> Items, string? Next);

/// <summary>
/// The register's filters, from the query string of the page, the API list and the export alike; empty means any.
/// <see cref="Deputy"/> finds the deputy by part of the name; <see cref="From"/>/<see cref="To"/> are days of registration.
/// </summary>
public sealed record DeputyAppealFilter(
    DeputyKind? Kind = null, string? Deputy = null, string? State = null, bool? Overdue = null, DateOnly? From = null, DateOnly? To = null,
    Guid? Department = null, string? After = null, int? Limit = null);

/// <summary>Where a deputy appeal stands.</summary>
public static class DeputyAppealStates
{
    public const string Registered = "registered";
    public const string OnControl = "on-control";
    public const string Considered = "considered";
    public const string AnswerSent = "answer-sent";
    public const string Removed = "removed";

    public static readonly IReadOnlyList<(string Code, string Title)> All =
    [
        (Registered, "зареєстровано, без резолюції"),
        (OnControl, "на контролі"),
        (Considered, "розглянуто, відповідь не надіслано"),
        (AnswerSent, "відповідь надіслано"),
        (Removed, "знято з контролю"),
    ];

    public static string Title(string code) => All.FirstOrDefault(s => s.Code == code).Title ?? code;

    internal static string Of(bool removed, bool onControl, DateOnly? considered, DateOnly? sent) =>
        removed && !onControl ? Removed : sent is not null ? AnswerSent : considered is not null ? Considered : onControl ? OnControl : Registered;
}

internal static class DeputyAppealViews
{
    public static async Task<DeputyAppealResponse?> OneAsync(RatushaDb db, AppealAccess access, Guid id, WorkingCalendar calendar, DateOnly today, CancellationToken ct)
    {
        var row = await DeputyAppealAccess.Rows(db, access).Where(x => x.d.Id == id).SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var (d, c) = (row.d, row.c);
        var resolutions = await db.Resolutions.AsNoTracking().Include(r => r.Assignments).Where(r => r.CardId == c.Id).ToListAsync(ct);
        var onControl = resolutions.FirstOrDefault(r => r.State == ControlState.OnControl);
        var rules = DeputyAppealRules.RulesOf(d.Kind);
        var start = WriteResolution.TermStart(rules, c.RegisteredOn, c.ReceivedAt);
        var term = Deadline.For(rules.DefaultTerm, start, calendar);
        var ceiling = Deadline.For(rules.MaximumTerm!, start, calendar);
        var latest = resolutions.OrderBy(r => r.WrittenOn).ThenBy(r => r.Id).LastOrDefault();
        var due = onControl?.DueDate ?? latest?.DueDate ?? d.TermDue;
        var open = onControl is not null ? onControl.Assignments.Any(a => a.IsLead && a.IsOpen) : latest is null && d.AnswerSentOn is null;
        var notices = await db.DeputyNotices.AsNoTracking().Where(n => n.DeputyAppealId == d.Id).OrderBy(n => n.WrittenOn).ThenBy(n => n.Id).ToListAsync(ct);
        var hearingNotice = notices.LastOrDefault(n => n.Kind == DeputyNoticeKind.Hearing);
        return new DeputyAppealResponse(
            d.Id, c.Id, c.Index, d.Kind.ToString(), DeputyAppealRules.Title(d.Kind), d.DeputyName, d.Convocation, d.Faction, d.Email, d.Phone, d.Address,
            d.OutgoingNumber, Opt(d.OutgoingDate), c.Summary, d.Text, c.DepartmentId?.ToString(),
            c.ReceivedAt, Iso(start), Iso(c.RegisteredOn), Iso(due), Iso(ceiling.Due), onControl is null ? term.Explanation : [$"Строк установлено резолюцією: {Ui.Formats.Date(due)}.", .. term.Explanation],
            open && due < today,
            DeputyAppealStates.Of(resolutions.Count > 0, onControl is not null, d.ConsideredOn, d.AnswerSentOn),
            Opt(d.HearingDate), d.HearingTime?.ToString("HH:mm", CultureInfo.InvariantCulture), d.HearingPlace, Opt(d.HearingNoticeDue), hearingNotice?.IsLate(today) ?? false,
            Opt(d.ConsideredOn), Opt(d.AnswerDue), AnswerLate(d, today), d.AnswerSentBy?.ToString(), Opt(d.AnswerSentOn), d.AnswerSentTo, d.AnswerText,
            [.. notices.Select(n => new DeputyNoticeView(n.Id, n.Kind.ToString(), n.Text, Iso(n.WrittenOn), Opt(n.Due), n.SentBy?.ToString(), Opt(n.SentOn), n.SentTo, n.IsLate(today)))],
            d.Version);
    }

    internal static bool AnswerLate(DeputyAppeal d, DateOnly today) =>
        d.AnswerDue is { } due && (d.AnswerSentOn is { } sent ? sent > due : today > due);

    private static string? Opt(DateOnly? date) => date is { } d ? Iso(d) : null;

    private static IQueryable<DeputyAppealRow> Filtered(RatushaDb db, AppealAccess access, DeputyAppealFilter f, DateOnly today)
    {
        var query = DeputyAppealAccess.Rows(db, access);
        if (f.Kind is { } kind) query = query.Where(x => x.d.Kind == kind);
        if (Ui.FormText.OrNull(f.Deputy) is { } deputy)
        {
            var key = DeputyAppeal.KeyOf(deputy);
            query = query.Where(x => x.d.DeputyKey.Contains(key));
        }
        if (f.From is { } from) query = query.Where(x => x.c.RegisteredOn >= from);
        if (f.To is { } to) query = query.Where(x => x.c.RegisteredOn <= to);
        if (f.Department is { } department) query = query.Where(x => x.c.DepartmentId == department);
        var resolutions = db.Resolutions;
        switch (f.State)
        {
            case DeputyAppealStates.Registered:
                query = query.Where(x => !resolutions.Any(r => r.CardId == x.c.Id) && x.d.ConsideredOn == null && x.d.AnswerSentOn == null);
                break;
            case DeputyAppealStates.OnControl:
                query = query.Where(x => resolutions.Any(r => r.CardId == x.c.Id && r.State == ControlState.OnControl) && x.d.ConsideredOn == null && x.d.AnswerSentOn == null);
                break;
            case DeputyAppealStates.Considered:
                query = query.Where(x => x.d.ConsideredOn != null && x.d.AnswerSentOn == null
                    && !(resolutions.Any(r => r.CardId == x.c.Id) && !resolutions.Any(r => r.CardId == x.c.Id && r.State == ControlState.OnControl)));
                break;
            case DeputyAppealStates.AnswerSent:
                query = query.Where(x => x.d.AnswerSentOn != null
                    && !(resolutions.Any(r => r.CardId == x.c.Id) && !resolutions.Any(r => r.CardId == x.c.Id && r.State == ControlState.OnControl)));
                break;
            case DeputyAppealStates.Removed:
                query = query.Where(x => resolutions.Any(r => r.CardId == x.c.Id) && !resolutions.Any(r => r.CardId == x.c.Id && r.State == ControlState.OnControl));
                break;
        }
        if (f.Overdue == true)
            query = query.Where(x =>
                db.Assignments.Any(s => s.CardId == x.c.Id && s.IsLead && (s.State == AssignmentState.Assigned || s.State == AssignmentState.Returned) && s.DueDate < today)
                || (!resolutions.Any(r => r.CardId == x.c.Id) && x.d.AnswerSentOn == null && x.d.TermDue < today)
                || (x.d.AnswerDue != null && x.d.AnswerSentOn == null && x.d.AnswerDue < today)
                || (x.d.AnswerDue != null && x.d.AnswerSentOn != null && x.d.AnswerSentOn > x.d.AnswerDue)
                || db.DeputyNotices.Any(n => n.DeputyAppealId == x.d.Id && n.Due != null && (n.SentOn == null ? n.Due < today : n.SentOn > n.Due)));
        return query;
    }

    private sealed record Summary(
        Guid Id, Guid CardId, string Index, DeputyKind Kind, string DeputyName, DateTimeOffset ReceivedAt, DateOnly RegisteredOn, string Text, int Year, int Number,
        DateOnly TermDue, DateOnly? ConsideredOn, DateOnly? AnswerDue, DateOnly? AnswerSentOn, DateOnly? HearingDate, bool Resolved, DateOnly? ControlDue, DateOnly? LastDue, bool LeadOpen, bool NoticeLate,
        string? Department);

    private static IQueryable<Summary> Project(RatushaDb db, IQueryable<DeputyAppealRow> query, DateOnly today) =>
        query.Select(x => new Summary(
            x.d.Id, x.c.Id, x.c.Index, x.d.Kind, x.d.DeputyName, x.c.ReceivedAt, x.c.RegisteredOn, x.c.Summary, x.c.Year, x.c.Number,
            x.d.TermDue, x.d.ConsideredOn, x.d.AnswerDue, x.d.AnswerSentOn, x.d.HearingDate,
            db.Resolutions.Where(r => r.CardId == x.c.Id).Any(),
            db.Resolutions.Where(r => r.CardId == x.c.Id && r.State == ControlState.OnControl).Select(r => (DateOnly?)r.DueDate).FirstOrDefault(),
            db.Resolutions.Where(r => r.CardId == x.c.Id).OrderByDescending(r => r.WrittenOn).ThenByDescending(r => r.Id).Select(r => (DateOnly?)r.DueDate).FirstOrDefault(),
            db.Assignments.Where(s => s.CardId == x.c.Id && s.IsLead && (s.State == AssignmentState.Assigned || s.State == AssignmentState.Returned)).Any(),
            db.DeputyNotices.Where(n => n.DeputyAppealId == x.d.Id && n.Due != null && (n.SentOn == null ? n.Due < today : n.SentOn > n.Due)).Any(),
            db.Departments.Where(p => p.Id == x.c.DepartmentId).Select(p => p.ShortName).FirstOrDefault()));

    private static (string State, DateOnly Due, bool Overdue, bool AnswerLate) Derive(Summary s, DateOnly today)
    {
        var due = s.ControlDue ?? s.LastDue ?? s.TermDue;
        var open = s.ControlDue is not null ? s.LeadOpen : !s.Resolved && s.AnswerSentOn is null;
        var answerLate = s.AnswerDue is { } answerDue && (s.AnswerSentOn is { } sent ? sent > answerDue : today > answerDue);
        return (DeputyAppealStates.Of(s.Resolved, s.ControlDue is not null, s.ConsideredOn, s.AnswerSentOn), due, open && due < today, answerLate);
    }

    public static async Task<DeputyAppealPage> PageAsync(RatushaDb db, AppealAccess access, DeputyAppealFilter f, WorkingCalendar calendar, DateOnly today, CancellationToken ct)
    {
        var query = Filtered(db, access, f, today);
        if (Cursor.Parse(f.After) is { } k) query = query.Where(x => x.c.Year < k.Year || (x.c.Year == k.Year && x.c.Number < k.Number));
        var limit = Math.Clamp(f.Limit ?? 50, 1, 200);
        var rows = await Project(db, query.OrderByDescending(x => x.c.Year).ThenByDescending(x => x.c.Number).Take(limit), today).ToListAsync(ct);
        var items = rows.ConvertAll(s =>
        {
            var (state, due, overdue, answerLate) = Derive(s, today);
            return new DeputyAppealListItem(s.Id, s.CardId, s.Index, s.Kind.ToString(), s.DeputyName, Iso(DateOnly.FromDateTime(Ui.Formats.Local(s.ReceivedAt))), s.Text,
                state, Iso(due), overdue, s.HearingDate is { } h ? Iso(h) : null, s.NoticeLate, s.AnswerSentOn is { } a ? Iso(a) : null, answerLate);
        });
        var last = rows.Count == limit ? rows[^1] : null;
        return new DeputyAppealPage(items, last is null ? null : new Cursor(last.Year, last.Number).ToString());
    }

    public static async Task<List<Dictionary<string, object?>>> ExportRowsAsync(
        RatushaDb db, AppealAccess access, DeputyAppealFilter f, WorkingCalendar calendar, DateOnly today, int max, CancellationToken ct)
    {
        var query = Filtered(db, access, f with { After = null }, today).OrderByDescending(x => x.c.Year).ThenByDescending(x => x.c.Number).Take(max);
        var rows = await Project(db, query, today).ToListAsync(ct);
        return rows.ConvertAll(s =>
        {
            var (state, due, overdue, answerLate) = Derive(s, today);
            return new Dictionary<string, object?>
            {
                ["Індекс"] = s.Index,
                ["Дата надходження"] = Ui.Formats.Date(DateOnly.FromDateTime(Ui.Formats.Local(s.ReceivedAt))),
                ["Депутат"] = s.DeputyName,
                ["Вид"] = DeputyAppealRules.Title(s.Kind),
                ["Короткий зміст"] = s.Text,
                ["Підрозділ"] = s.Department,
                ["Стан"] = DeputyAppealStates.Title(state),
                ["Строк"] = Ui.Formats.Date(due),
                ["Прострочено"] = overdue ? "так" : "",
                ["Розгляд"] = s.HearingDate is { } h ? Ui.Formats.Date(h) : null,
                ["Повідомлення запізнилося"] = s.NoticeLate ? "так" : "",
                ["Розглянуто"] = s.ConsideredOn is { } c ? Ui.Formats.Date(c) : null,
                ["Відповідь надіслано"] = s.AnswerSentOn is { } a ? Ui.Formats.Date(a) : null,
                ["Відповідь запізнилася"] = answerLate ? "так" : "",
            };
        });
    }

    private sealed record Cursor(int Year, int Number)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-{Number}");

        public static Cursor? Parse(string? text) =>
            text?.Split('-') is [var y, var n] && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? new Cursor(year, number) : null;
    }
}
