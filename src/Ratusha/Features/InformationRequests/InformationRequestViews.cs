using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Registration;
using static Ratusha.Features.Deadlines.DeadlineEndpoints;
using static Ratusha.Features.InformationRequests.InformationRequestRules;

namespace Ratusha.Features.InformationRequests;

public sealed record InformationRequestResponse(
    Guid Id, Guid CardId, string Index, string Channel, string RequesterName, string? PostalAddress, string? Email, string? Phone, string Text,
    DateTimeOffset ReceivedAt, string ReceivedOn, string RegisteredOn, string DueDate, DateTimeOffset? DueAt, string Term, string TermSource,
    IReadOnlyList<string> TermExplanation,
    bool Urgent, string? UrgentGround, string? UrgentJustification, string? UrgencyChangeReason,
    bool Extended, string? ExtendedOn, string? ExtensionReason, string? ExtensionNoticeBy, string ExtensionNoticeDue, string ForwardDue,
    string State, bool Overdue, bool ClosedLate, string? ClosedOn, DateTimeOffset? ClosedAt,
    string? AnswerText, string? AnswerBy, string? AnswerTo, string? RefusalGround, string? RefusalArticle, string? RefusalReasons, string? AppealRoute,
    string? ForwardedTo, string TrackingCode, Guid? DepartmentId, int Version);

public sealed record InformationRequestRow(
    Guid Id, Guid CardId, string Index, string RegisteredOn, DateTimeOffset ReceivedAt, string RequesterName, string Summary, string Channel,
    bool Urgent, bool Extended, string DueDate, DateTimeOffset? DueAt, string State, bool Overdue, bool ClosedLate, string? ClosedOn);

public sealed record InformationRequestPage(IReadOnlyList<InformationRequestRow> Items, int Total);

/// <summary>The register's filters: state, the period of registration, urgency, overdue; a page of 50 by default.</summary>
public sealed record InformationRequestFilter(
    RequestState? State = null, DateOnly? From = null, DateOnly? To = null, bool? Urgent = null, bool? Overdue = null, bool? Extended = null,
    string? Q = null, int? Page = null, int? Limit = null);

/// <summary>The register of requests and one request, as the user may see them (<see cref="CardVisibility"/>).</summary>
internal static class InformationRequestViews
{
    private sealed class Row
    {
        public required InformationRequest r { get; init; }
        public required RegistrationCard c { get; init; }
    }

    private static IQueryable<Row> Visible(RatushaDb db, CardVisibility visibility, ClaimsPrincipal user) =>
        from r in db.InformationRequests.AsNoTracking()
        join c in visibility.Filter(db, user, db.RegistrationCards.AsNoTracking()) on r.CardId equals c.Id
        select new Row { r = r, c = c };

    private static IQueryable<Row> Filtered(RatushaDb db, CardVisibility visibility, ClaimsPrincipal user, InformationRequestFilter f, DateTimeOffset now, DateOnly today)
    {
        var query = Visible(db, visibility, user);
        if (f.State is { } state) query = query.Where(x => x.r.State == state);
        if (f.From is { } from) query = query.Where(x => x.c.RegisteredOn >= from);
        if (f.To is { } to) query = query.Where(x => x.c.RegisteredOn <= to);
        if (f.Urgent is { } urgent) query = query.Where(x => x.r.IsUrgent == urgent);
        if (f.Extended is { } extended) query = query.Where(x => (x.r.ExtendedOn != null) == extended);
        if (f.Overdue is { } overdue)
        {
            query = overdue
                ? query.Where(x => x.r.State == RequestState.Pending && ((x.r.DueAt != null && x.r.DueAt < now) || (x.r.DueAt == null && x.r.DueDate < today)))
                : query.Where(x => !(x.r.State == RequestState.Pending && ((x.r.DueAt != null && x.r.DueAt < now) || (x.r.DueAt == null && x.r.DueDate < today))));
        }
        if (Ui.FormText.OrNull(f.Q) is { } q)
        {
            var like = $"%{q.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
            query = query.Where(x => x.c.Index == q || EF.Functions.Like(x.r.RequesterName, like) || EF.Functions.Like(x.c.Summary, like));
        }
        return query;
    }

    public static async Task<InformationRequestPage> PageAsync(
        RatushaDb db, CardVisibility visibility, ClaimsPrincipal user, InformationRequestFilter f, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var query = Filtered(db, visibility, user, f, now, today);
        var limit = Math.Clamp(f.Limit ?? 50, 1, 500);
        var page = Math.Max(f.Page ?? 1, 1);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(x => x.c.Year).ThenByDescending(x => x.c.Number).Skip((page - 1) * limit).Take(limit).ToListAsync(ct);
        return new InformationRequestPage(rows.ConvertAll(x => ToRow(x, now, today)), total);
    }

    public static async Task<List<Dictionary<string, object?>>> ExportRowsAsync(
        RatushaDb db, CardVisibility visibility, ClaimsPrincipal user, InformationRequestFilter f, DateTimeOffset now, DateOnly today, int max, CancellationToken ct)
    {
        var rows = await Filtered(db, visibility, user, f, now, today).OrderByDescending(x => x.c.Year).ThenByDescending(x => x.c.Number).Take(max).ToListAsync(ct);
        return rows.ConvertAll(x => new Dictionary<string, object?>
        {
            ["Номер"] = x.c.Index,
            ["Надійшов"] = Ui.Formats.DateTime(x.r.ReceivedAt),
            ["Зареєстровано"] = Ui.Formats.Date(x.c.RegisteredOn),
            ["Спосіб надходження"] = Channels.GetValueOrDefault(x.r.Channel, x.r.Channel),
            ["Запитувач"] = x.r.RequesterName,
            ["Зміст"] = x.c.Summary,
            ["Терміновий (48 годин)"] = x.r.IsUrgent ? "так" : "",
            ["Продовжено до 20 робочих днів"] = x.r.ExtendedOn is { } e ? Ui.Formats.Date(e) : "",
            ["Строк відповіді"] = x.r.DueAt is { } at ? Ui.Formats.DateTime(at) : Ui.Formats.Date(x.r.DueDate),
            ["Стан"] = StateTitle(x.r.State),
            ["Завершено"] = x.r.ClosedOn is { } closed ? Ui.Formats.Date(closed) : "",
            ["Прострочено"] = x.r.IsOverdue(now, today) || x.r.ClosedLate ? "так" : "",
            ["Підстава відмови"] = x.r.RefusalGround is { } g ? RefusalCitation(g) : "",
            ["Направлено розпоряднику"] = x.r.ForwardedTo ?? "",
        });
    }

    public static async Task<InformationRequestResponse?> OneAsync(
        RatushaDb db, Guid id, WorkingCalendar calendar, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var x = await (from r in db.InformationRequests.AsNoTracking()
                       join c in db.RegistrationCards.AsNoTracking() on r.CardId equals c.Id
                       where r.Id == id
                       select new Row { r = r, c = c }).SingleOrDefaultAsync(ct);
        return x is null ? null : ToResponse(x.r, x.c, calendar, now, today);
    }

    /// <summary>The card of a request, for the visibility check.</summary>
    public static Task<Guid?> CardAsync(RatushaDb db, Guid id, CancellationToken ct) =>
        db.InformationRequests.Where(r => r.Id == id).Select(r => (Guid?)r.CardId).SingleOrDefaultAsync(ct);

    /// <summary>The request of a card, for the card's own page.</summary>
    public static Task<Guid?> OfCardAsync(RatushaDb db, Guid cardId, CancellationToken ct) =>
        db.InformationRequests.Where(r => r.CardId == cardId).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(ct);

    private static InformationRequestResponse ToResponse(InformationRequest r, RegistrationCard c, WorkingCalendar calendar, DateTimeOffset now, DateOnly today)
    {
        var term = InformationRequestTerms.For(r.ReceivedAt, r.IsUrgent, r.IsExtended, calendar);
        return new InformationRequestResponse(
            r.Id, c.Id, c.Index, r.Channel, r.RequesterName, r.PostalAddress, r.Email, r.Phone, r.Text,
            r.ReceivedAt, Iso(term.ReceivedOn), Iso(c.RegisteredOn), Iso(r.DueDate), r.DueAt, term.Term.Rule.Describe(), term.Term.Source, term.Explanation,
            r.IsUrgent, r.UrgentGround, r.UrgentJustification, r.UrgencyChangeReason,
            r.IsExtended, r.ExtendedOn is { } e ? Iso(e) : null, r.ExtensionReason, r.ExtensionNoticeBy?.ToString(),
            Iso(InformationRequestTerms.ExtensionNoticeDue(r.ReceivedAt, calendar)), Iso(InformationRequestTerms.ForwardDue(r.ReceivedAt, calendar)),
            r.State.ToString(), r.IsOverdue(now, today), r.ClosedLate, r.ClosedOn is { } d ? Iso(d) : null, r.ClosedAt,
            r.AnswerText, r.AnswerBy?.ToString(), r.AnswerTo, r.RefusalGround, r.RefusalGround is { } g ? RefusalCitation(g) : null, r.RefusalReasons, r.AppealRoute,
            r.ForwardedTo, r.TrackingCode, c.DepartmentId, r.Version);
    }

    private static InformationRequestRow ToRow(Row x, DateTimeOffset now, DateOnly today) => new(
        x.r.Id, x.c.Id, x.c.Index, Iso(x.c.RegisteredOn), x.r.ReceivedAt, x.r.RequesterName, x.c.Summary, x.r.Channel,
        x.r.IsUrgent, x.r.IsExtended, Iso(x.r.DueDate), x.r.DueAt, x.r.State.ToString(), x.r.IsOverdue(now, today), x.r.ClosedLate,
        x.r.ClosedOn is { } d ? Iso(d) : null);
}
