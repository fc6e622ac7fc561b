using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Mail;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Appeals;

public sealed record ForwardRequest(
    [property: Required(ErrorMessage = "Вкажіть орган, до якого пересилається звернення."), StringLength(300, ErrorMessage = "Назва органу — до 300 символів.")] string To,
    [property: Required(ErrorMessage = "Вкажіть зміст супровідного листа."), StringLength(4000, ErrorMessage = "Текст — до 4000 символів.")] string CoverLetter,
    Guid SignedById,
    int Version);

public sealed record ReturnRequest(
    [property: Required(ErrorMessage = "Оберіть підставу повернення.")] string Kind,
    [property: Required(ErrorMessage = "Вкажіть роз'яснення заявнику."), StringLength(4000, ErrorMessage = "Текст — до 4000 символів.")] string Explanation,
    int Version);

/// <summary>
/// Outside competence: forwarded within 5 days with a cover letter signed by the head of staff, the applicant told
/// (§6.3, art. 7). Lacking the data for a decision: returned within 5 days with explanations (§6.21, art. 7); not in
/// the form art. 5 requires: returned within 10 days (art. 5). Each has its own due date from the engine, counted from
/// registration; doing it later is recorded as late, not refused.
/// </summary>
internal static class ForwardOrReturn
{
    public const string Forward = "forward";

    public static readonly IReadOnlyDictionary<string, (string Term, string Title)> Kinds = new Dictionary<string, (string, string)>
    {
        ["forward"] = ("forward", "переслано за належністю"),
        ["return"] = ("return", "повернуто: бракує даних для рішення"),
        ["return-form"] = ("return-form", "повернуто: не відповідає вимогам ст. 5"),
    };

    public static async Task<Outcome<Appeal>> ForwardAsync(RatushaDb db, CalendarStore calendars, TimeProvider clock, Guid id, ForwardRequest r, CancellationToken ct)
    {
        var errors = Outcome.Validate(r);
        var signer = await db.Officials.AsNoTracking().Where(o => o.Id == r.SignedById).Select(o => new { o.Surname, o.GivenName, o.Patronymic, o.Position }).SingleOrDefaultAsync(ct);
        if (signer is null) errors.TryAdd("signedById", ["Оберіть посадову особу, яка підписує супровідний лист (керуючий справами, п. 6.3)."]);
        var name = signer is null ? "" : $"{signer.Position} {signer.GivenName} {signer.Surname.ToUpperInvariant()}";
        return await RunAsync(db, calendars, clock, id, "forward", r.To, $"{r.CoverLetter?.Trim()}\n\n{name}", r.Version, errors,
            index => $"Ваше звернення № {index} не належить до повноважень міської ради й переслано до: {r.To.Trim()} (ст. 7 Закону «Про звернення громадян»).", ct);
    }

    public static async Task<Outcome<Appeal>> ReturnAsync(RatushaDb db, CalendarStore calendars, TimeProvider clock, Guid id, ReturnRequest r, CancellationToken ct)
    {
        var errors = Outcome.Validate(r);
        if (r.Kind is not ("return" or "return-form")) errors.TryAdd("kind", ["Підстава: «return» (бракує даних, п. 6.21) або «return-form» (вимоги ст. 5)."]);
        return await RunAsync(db, calendars, clock, id, r.Kind ?? "", null, r.Explanation ?? "", r.Version, errors,
            index => $"Ваше звернення № {index} повернуто з роз'ясненнями: {r.Explanation?.Trim()}", ct);
    }

    private static async Task<Outcome<Appeal>> RunAsync(RatushaDb db, CalendarStore calendars, TimeProvider clock, Guid id, string kind, string? to, string text,
        int version, Dictionary<string, string[]> errors, Func<string, string> notice, CancellationToken ct)
    {
        var row = await (from a in db.Appeals join c in db.RegistrationCards on a.CardId equals c.Id where a.Id == id select new { a, c.Index, c.RegisteredOn }).SingleOrDefaultAsync(ct);
        if (row is null) return Outcome.Missing<Appeal>();
        if (row.a.Disposal is not null) errors.TryAdd("kind", ["Звернення вже переслано або повернуто."]);
        if (row.a.NotConsideredReason is not null) errors.TryAdd("kind", ["Звернення залишено без розгляду."]);
        if (errors.Count > 0) return Outcome.Invalid<Appeal>(errors);

        var calendar = await calendars.GetAsync(ct);
        var due = Deadline.For(LegalTerms.Find(Kinds[kind].Term)!, row.RegisteredOn, calendar).Due;
        Versions.Expect(db, row.a, version);
        row.a.Dispose(kind, to, text, due, OfficeDay.Today(clock));
        await Outbox.EnqueueAsync(db, $"appeal-{kind}:{row.a.Id}", row.a.Email, $"Ваше звернення № {row.Index}",
            notice(row.Index), clock.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(row.a);
    }
}
