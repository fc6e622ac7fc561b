using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Identity;
using static Ratusha.Features.Deadlines.DeadlineEndpoints;

namespace Ratusha.Features.Appeals;

public sealed record AppealResponse(
    Guid Id, Guid CardId, string Index, string RegisteredOn, string DueDate, IReadOnlyList<string> DueExplanation,
    string Channel, string Sign, string Type, string Subject, int? Signatories, string ApplicantName, string? Address, string? Phone, string? Email,
    string? Sex, string[] Categories, string? SocialStatus, string? Topic, string Text, string? ForwardedBy, string? ForwardedNumber,
    bool NoAdditionalStudy, bool IsPrivileged, string? NotConsideredReason, string? NotConsideredBasis,
    string? Disposal, string? DisposalTo, string? DisposalDue, string? DisposedOn, bool DisposedLate, int Version);

public sealed record AppealListItem(Guid Id, Guid CardId, string Index, string RegisteredOn, string ApplicantName, string? Topic, string Summary, bool IsPrivileged, bool NotConsidered);
public sealed record AppealPage(IReadOnlyList<AppealListItem> Items, string? Next);

/// <summary>
/// What officials see of appeals. The applicant's personal data is shown to council-wide roles and to the staff of the
/// department the appeal is addressed to; to nobody else.
/// </summary>
internal static class AppealViews
{
    public static async Task<AppealResponse?> OneAsync(RatushaDb db, DepartmentScope scope, Guid id, WorkingCalendar calendar, CancellationToken ct)
    {
        var row = await (from x in db.Appeals.AsNoTracking()
                         join c in db.RegistrationCards on x.CardId equals c.Id
                         where x.Id == id
                         select new { a = x, c.Index, c.RegisteredOn, c.DepartmentId }).SingleOrDefaultAsync(ct);
        if (row is null || !scope.Allows(row.DepartmentId)) return null;
        var a = row.a;
        var term = LegalTerms.Find(a.NoAdditionalStudy ? "appeal-short" : "appeal")!;
        var due = Deadline.For(term, row.RegisteredOn, calendar);
        return new AppealResponse(a.Id, a.CardId, row.Index, Iso(row.RegisteredOn), Iso(due.Due), due.Explanation,
            a.Channel, a.Sign, a.Type, a.Subject, a.Signatories, a.ApplicantName, a.Address, a.Phone, a.Email, a.Sex, [.. a.Categories],
            a.SocialStatus, a.Topic, a.Text, a.ForwardedBy, a.ForwardedNumber, a.NoAdditionalStudy, a.IsPrivileged,
            a.NotConsideredReason, a.NotConsideredBasis,
            a.Disposal, a.DisposalTo, a.DisposalDue is { } dd ? Iso(dd) : null, a.DisposedOn is { } on ? Iso(on) : null,
            a.DisposedOn > a.DisposalDue, a.Version);
    }

    private sealed class Row
    {
        public required Appeal a { get; init; }
        public required Registration.RegistrationCard c { get; init; }
    }

    private static IQueryable<Row> Filtered(RatushaDb db, DepartmentScope scope, AppealFilter f)
    {
        var query = from a in db.Appeals.AsNoTracking()
                    join c in db.RegistrationCards on a.CardId equals c.Id
                    select new Row { a = a, c = c };
        if (!scope.CouncilWide) query = query.Where(x => x.c.DepartmentId != null && x.c.DepartmentId == scope.DepartmentId);
        if (f.Channel is { } channel) query = query.Where(x => x.a.Channel == channel);
        if (f.Topic is { } topic) query = query.Where(x => x.a.Topic == topic);
        if (f.Sign is { } sign) query = query.Where(x => x.a.Sign == sign);
        if (f.Type is { } type) query = query.Where(x => x.a.Type == type);
        if (f.From is { } from) query = query.Where(x => x.c.RegisteredOn >= from);
        if (f.To is { } to) query = query.Where(x => x.c.RegisteredOn <= to);
        return query;
    }

    /// <summary>The rows of an export, with Ukrainian column names, in the list's order.</summary>
    public static async Task<List<Dictionary<string, object?>>> ExportRowsAsync(RatushaDb db, DepartmentScope scope, AppealFilter f, int max, CancellationToken ct)
    {
        var query = Filtered(db, scope, f);
        var ordered = f.PrivilegedFirst
            ? query.OrderByDescending(x => x.a.IsPrivileged).ThenByDescending(x => x.c.Year).ThenByDescending(x => x.c.Number)
            : query.OrderByDescending(x => x.c.Year).ThenByDescending(x => x.c.Number);
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
        });
    }

    /// <summary>Newest first, or privileged authors first (art. 20); keyset paging on (privileged, year, number).</summary>
    public static async Task<AppealPage> PageAsync(RatushaDb db, DepartmentScope scope, AppealFilter f, CancellationToken ct)
    {
        var query = Filtered(db, scope, f);
        if (Cursor.Parse(f.After) is { } k)
            query = f.PrivilegedFirst
                ? query.Where(x => (k.Privileged && !x.a.IsPrivileged) || (x.a.IsPrivileged == k.Privileged && (x.c.Year < k.Year || (x.c.Year == k.Year && x.c.Number < k.Number))))
                : query.Where(x => x.c.Year < k.Year || (x.c.Year == k.Year && x.c.Number < k.Number));
        var ordered = f.PrivilegedFirst
            ? query.OrderByDescending(x => x.a.IsPrivileged).ThenByDescending(x => x.c.Year).ThenByDescending(x => x.c.Number)
            : query.OrderByDescending(x => x.c.Year).ThenByDescending(x => x.c.Number);
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
            NotConsidered = x.a.NotConsideredReason != null,
            x.c.Year,
            x.c.Number,
        }).ToListAsync(ct);
        var items = rows.ConvertAll(x => new AppealListItem(x.Id, x.CardId, x.Index, Iso(x.RegisteredOn),
            string.Join(' ', new[] { x.Surname, x.GivenName, x.Patronymic }.Where(s => s is not null)), x.Topic, x.Summary, x.IsPrivileged, x.NotConsidered));
        var last = rows.Count == limit ? rows[^1] : null;
        return new AppealPage(items, last is null ? null : new Cursor(last.IsPrivileged, last.Year, last.Number).ToString());
    }

    private sealed record Cursor(bool Privileged, int Year, int Number)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{(Privileged ? 1 : 0)}-{Year}-{Number}");

        public static Cursor? Parse(string? text)
        {
            var parts = text?.Split('-');
            return parts is [var p, var y, var n] && p is "0" or "1"
                   && int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                   && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? new Cursor(p == "1", year, number) : null;
        }
    }
}

public sealed record AppealFilter(bool PrivilegedFirst, string? Channel, string? Topic, string? Sign, string? Type, DateOnly? From, DateOnly? To, string? After, int? Limit)
{
    /// <summary>From query parameters: an empty value means "any".</summary>
    public static AppealFilter Of(bool? privilegedFirst, string? channel, string? topic, string? sign, string? type, DateOnly? from, DateOnly? to, string? after, int? limit) =>
        new(privilegedFirst ?? false, Ui.FormText.OrNull(channel), Ui.FormText.OrNull(topic), Ui.FormText.OrNull(sign), Ui.FormText.OrNull(type), from, to, after, limit);
}
