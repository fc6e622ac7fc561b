using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Mail;
using Ratusha.Features.Shell;

namespace Ratusha.Features.DeputyAppeals;

public sealed record ConsiderationRequest(DateOnly? ConsideredOn = null);

public sealed record SendDeputyAnswerRequest(
    DeputyDelivery By,
    DateOnly? SentOn = null,
    [property: StringLength(500, ErrorMessage = "Адреса — до 500 символів.")] string? To = null,
    [property: StringLength(8000, ErrorMessage = "Текст відповіді — до 8000 символів.")] string? Text = null);

/// <summary>
/// After consideration the answer goes to the deputy, signed by the head (§5.5.5): for a people's deputy not later
/// than the next day after consideration (the engine's term, moved to the next working day when that day is not
/// working); for a local deputy within the term of control. The text is the lead executor's answer on the control
/// machine, or the one given; it goes by e-mail through the outbox or is recorded as posted or handed over — once.
/// </summary>
internal static class DeputyAnswers
{
    public static async Task<Outcome<DeputyAppeal>> ConsideredAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, Guid appealId, ConsiderationRequest request, CancellationToken ct)
    {
        var row = await (from d in db.DeputyAppeals join c in db.RegistrationCards on d.CardId equals c.Id where d.Id == appealId select new { d, c.ReceivedAt })
            .SingleOrDefaultAsync(ct);
        if (row is null) return Outcome.Missing<DeputyAppeal>();
        var today = OfficeDay.Today(clock);
        var on = request.ConsideredOn ?? today;
        var errors = new Dictionary<string, string[]>();
        var received = DateOnly.FromDateTime(Ui.Formats.Local(row.ReceivedAt));
        if (row.d.AnswerSentOn is not null) errors["consideredOn"] = ["Відповідь уже надіслано; день розгляду не змінюють."];
        else if (on > today) errors["consideredOn"] = ["День розгляду не може бути в майбутньому."];
        else if (on < received) errors["consideredOn"] = [$"Звернення не могли розглянути раніше, ніж воно надійшло — {Ui.Formats.Date(received)}."];
        if (errors.Count > 0) return Outcome.Invalid<DeputyAppeal>(errors);

        var calendar = await calendars.GetAsync(ct);
        var due = DeputyAppealRules.AnswerTerm(row.d.Kind) is { } term ? Deadline.For(term, on, calendar).Due : (DateOnly?)null;
        row.d.Considered(on, due);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(row.d);
    }

    public static async Task<Outcome<DeputyAppeal>> SendAsync(RatushaDb db, TimeProvider clock, Guid appealId, SendDeputyAnswerRequest request, CancellationToken ct)
    {
        var row = await (from d in db.DeputyAppeals join c in db.RegistrationCards on d.CardId equals c.Id where d.Id == appealId select new { d, c.Index, c.RegisteredOn })
            .SingleOrDefaultAsync(ct);
        if (row is null) return Outcome.Missing<DeputyAppeal>();
        var appeal = row.d;
        var answer = await LeadAnswerAsync(db, appeal.CardId, ct);
        var errors = Outcome.Validate(request);
        var today = OfficeDay.Today(clock);
        var text = Ui.FormText.OrNull(request.Text) ?? answer?.Text;
        if (appeal.AnswerSentOn is { } sent) errors["answer"] = [$"Відповідь уже надіслано {Ui.Formats.Date(sent)}."];
        else if (appeal.ConsideredOn is null) errors["consideredOn"] = ["Спершу зазначте день розгляду звернення: від нього рахується строк надіслання відповіді."];
        if (text is null) errors["text"] = ["Вкажіть текст відповіді або подайте відповідь відповідального виконавця."];
        var to = Ui.FormText.OrNull(request.To);
        var on = request.SentOn ?? today;
        switch (request.By)
        {
            case DeputyDelivery.Email:
                to ??= appeal.Email;
                if (to is null) errors["to"] = ["Депутат не вказав e-mail: вкажіть адресу або надішліть відповідь поштою."];
                else if (!new EmailAddressAttribute().IsValid(to)) errors["to"] = ["Некоректна адреса електронної пошти."];
                on = today;
                break;
            case DeputyDelivery.Post or DeputyDelivery.InPerson:
                to ??= appeal.Address ?? (request.By == DeputyDelivery.InPerson ? appeal.DeputyName : null);
                if (to is null) errors["to"] = ["Вкажіть поштову адресу депутата."];
                if (on > today) errors["sentOn"] = ["Дата відправлення не може бути в майбутньому."];
                else if (appeal.ConsideredOn is { } considered && on < considered)
                    errors["sentOn"] = [$"Відповідь не могли надіслати раніше розгляду — {Ui.Formats.Date(considered)}."];
                break;
            default:
                errors["by"] = ["Оберіть спосіб: Email, Post або InPerson."];
                break;
        }
        if (errors.Count > 0) return Outcome.Invalid<DeputyAppeal>(errors);

        appeal.AnswerSent(text!, request.By, on, to!);
        if (answer is not null && answer.DeliveredOn is null)
            answer.Delivered(request.By == DeputyDelivery.Email ? AnswerDelivery.Email : AnswerDelivery.Post, on, to!);
        if (request.By == DeputyDelivery.Email)
            await Outbox.EnqueueAsync(db, $"deputy-answer:{appeal.Id}", to, $"Відповідь на депутатське звернення № {row.Index}",
                $"Шановний(а) {appeal.DeputyName}!\n\n{text}", clock.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(appeal);
    }

    /// <summary>The lead executor's latest answer on the card's latest resolution, if there is one.</summary>
    private static async Task<AssignmentReport?> LeadAnswerAsync(RatushaDb db, Guid cardId, CancellationToken ct)
    {
        var resolution = await db.Resolutions.Include(r => r.Assignments).ThenInclude(s => s.Reports)
            .Where(r => r.CardId == cardId).OrderByDescending(r => r.WrittenOn).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        var lead = resolution?.Assignments.SingleOrDefault(s => s.IsLead);
        return lead?.Reports.Where(p => p.Kind == ReportKind.Answer).OrderByDescending(p => p.On).ThenByDescending(p => p.Id).FirstOrDefault();
    }
}
