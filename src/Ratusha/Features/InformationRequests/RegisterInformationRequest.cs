using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Registration;
using Ratusha.Features.Shell;
using static Ratusha.Features.InformationRequests.InformationRequestRules;

namespace Ratusha.Features.InformationRequests;

public sealed record RegisterRequestCommand(
    DateTimeOffset? ReceivedAt,
    [property: Required(ErrorMessage = "Оберіть, як надійшов запит.")] string Channel,
    [property: Required(ErrorMessage = "Вкажіть ім'я (найменування) запитувача (ч. 5 ст. 19 Закону «Про доступ до публічної інформації»)."),
               StringLength(300, ErrorMessage = "Ім'я (найменування) запитувача — до 300 символів.")] string RequesterName,
    [property: Required(ErrorMessage = "Вкажіть загальний опис інформації, що запитується (ч. 5 ст. 19)."),
               StringLength(20000, ErrorMessage = "Текст запиту — до 20000 символів.")] string Text,
    [property: StringLength(500, ErrorMessage = "Поштова адреса — до 500 символів.")] string? PostalAddress = null,
    [property: EmailAddress(ErrorMessage = "Некоректна адреса електронної пошти."), StringLength(254, ErrorMessage = "Адреса електронної пошти — до 254 символів.")] string? Email = null,
    [property: StringLength(40, ErrorMessage = "Телефон — до 40 символів.")] string? Phone = null,
    bool Urgent = false,
    string? UrgentGround = null,
    [property: StringLength(4000, ErrorMessage = "Обґрунтування — до 4000 символів.")] string? UrgentJustification = null,
    Guid? DepartmentId = null,
    Guid? SubmissionKey = null);

/// <summary>
/// Registers a request in the journal of requests on the day of receipt (or the next working day, §3.1.4): the
/// requester's name and a postal or e-mail address are required (art. 19 p. 5); an urgent request names its ground
/// from art. 20 p. 2 and the requester's justification. The term is set at once from receipt (art. 20).
/// </summary>
internal static class RegisterInformationRequest
{
    public static async Task<Outcome<InformationRequest>> RunAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, RegisterRequestCommand r, CancellationToken ct)
    {
        if (r.SubmissionKey is { } key && await db.InformationRequests.SingleOrDefaultAsync(x => x.SubmissionKey == key, ct) is { } already)
            return Outcome.Done(already); // the same form sent again: the request it already registered
        var errors = Check(r);
        if (errors.Count > 0) return Outcome.Invalid<InformationRequest>(errors);

        var calendar = await calendars.GetAsync(ct);
        InformationRequest? request = null;
        var (card, cardErrors) = await RegisterCard.RunAsync(db, calendars, clock, actor, InformationRequestRules.Journal,
            new RegisterCardRequest(r.ReceivedAt, Summary(r.Text), r.RequesterName.Trim(), r.DepartmentId, null), ct,
            registered =>
            {
                request = InformationRequest.Create(registered.Id, r, registered.ReceivedAt,
                    InformationRequestTerms.For(registered.ReceivedAt, r.Urgent, extended: false, calendar));
                db.InformationRequests.Add(request);
            });
        if (card is null) return Outcome.Invalid<InformationRequest>(cardErrors);
        return Outcome.Done(request!);
    }

    /// <summary>The rules of a request that need no database: art. 19 p. 5 and the urgency of art. 20 p. 2–3.</summary>
    internal static Dictionary<string, string[]> Check(RegisterRequestCommand r)
    {
        var errors = Outcome.Validate(r);
        if (r.Channel is not null && !Channels.ContainsKey(r.Channel))
            errors.TryAdd("channel", [$"Такого способу надходження немає: {string.Join(", ", Channels.Keys)}."]);
        if (string.IsNullOrWhiteSpace(r.PostalAddress) && string.IsNullOrWhiteSpace(r.Email))
            errors.TryAdd("postalAddress", ["Вкажіть поштову адресу або адресу електронної пошти запитувача (п. 1 ч. 5 ст. 19 Закону «Про доступ до публічної інформації»)."]);
        if (r.Channel is "email" or "portal" && string.IsNullOrWhiteSpace(r.Email))
            errors.TryAdd("email", ["Для електронного запиту вкажіть адресу електронної пошти для відповіді."]);
        if (r.Urgent)
        {
            if (r.UrgentGround is null || !UrgentGrounds.ContainsKey(r.UrgentGround))
                errors.TryAdd("urgentGround", ["Оберіть, чого стосується термінова інформація: життя чи свобода особи, стан довкілля, якість харчових продуктів, аварії, катастрофи, небезпечні природні явища чи інші надзвичайні події (ч. 2 ст. 20)."]);
            if (string.IsNullOrWhiteSpace(r.UrgentJustification))
                errors.TryAdd("urgentJustification", ["Клопотання про термінове опрацювання запиту має бути обґрунтованим (ч. 3 ст. 20)."]);
        }
        return errors;
    }

    private static string Summary(string text)
    {
        var summary = text.Trim().ReplaceLineEndings(" ");
        return summary.Length <= 200 ? summary : summary[..197] + "…";
    }
}
