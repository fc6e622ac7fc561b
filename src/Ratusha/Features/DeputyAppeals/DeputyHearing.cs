using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Mail;
using Ratusha.Features.Shell;

namespace Ratusha.Features.DeputyAppeals;

public sealed record HearingRequest(
    DateOnly Date,
    TimeOnly? Time,
    [property: Required(ErrorMessage = "Вкажіть місце розгляду."), StringLength(500, ErrorMessage = "Місце — до 500 символів.")] string Place);

public sealed record NoticeSentRequest(
    DeputyDelivery By,
    DateOnly? SentOn = null,
    [property: StringLength(500, ErrorMessage = "Адреса чи номер — до 500 символів.")] string? To = null);

/// <summary>
/// The hearing of a deputy appeal (§5.5.4, §5.5.8): its date, time and place, and the notice to the deputy with the
/// last day it may go — a day before for a people's deputy, five calendar days before for a local deputy, moved back
/// to the last working day before when that day is not working (the engine's «за N днів до події»). A hearing so
/// near that this day has already passed is refused: the law gives the deputy the right to be present, and a notice
/// that cannot be in time takes it away; the clerk is told the earliest date that still allows it.
/// </summary>
internal static class DeputyHearing
{
    public static async Task<Outcome<DeputyAppeal>> SetAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, Guid appealId, HearingRequest request, CancellationToken ct)
    {
        var row = await (from d in db.DeputyAppeals join c in db.RegistrationCards on d.CardId equals c.Id where d.Id == appealId select new { d, c.Index, c.RegisteredOn })
            .SingleOrDefaultAsync(ct);
        if (row is null) return Outcome.Missing<DeputyAppeal>();
        var appeal = row.d;
        var errors = Outcome.Validate(request);
        var today = OfficeDay.Today(clock);
        var calendar = await calendars.GetAsync(ct);
        var term = DeputyAppealRules.NoticeTerm(appeal.Kind);
        var notice = Deadline.For(term, request.Date, calendar);
        if (appeal.AnswerSentOn is not null)
            errors["date"] = ["Відповідь депутату вже надіслано: звернення розглянуто."];
        else if (request.Date < today)
            errors["date"] = ["Дата розгляду не може бути в минулому."];
        else if (notice.Due < today)
            errors["date"] = [$"Депутата треба повідомити про розгляд не пізніше {Ui.Formats.Date(notice.Due)} ({term.Rule.Describe()}, {term.Source}) — цей день уже минув. " +
                              $"Найраніша дата розгляду, про яку ще можна вчасно повідомити, — {Ui.Formats.Date(Earliest(term, today, calendar))}."];
        if (errors.Count > 0) return Outcome.Invalid<DeputyAppeal>(errors);

        appeal.SetHearing(request.Date, request.Time, request.Place, notice.Due);
        var when = Ui.Formats.Date(request.Date) + (request.Time is { } t ? $" о {t:HH\\:mm}" : "");
        var text = $"Повідомляємо, що ваше депутатське звернення № {row.Index} розглядатиметься {when} за адресою: {request.Place.Trim()}. " +
                   $"Ви можете бути присутні під час розгляду ({(appeal.Kind == DeputyKind.PeoplesDeputy ? "п. 5.5.4" : "п. 5.5.8")} Регламенту).";
        var letter = DeputyNotice.Write(appeal.Id, DeputyNoticeKind.Hearing, text, today, notice.Due);
        db.DeputyNotices.Add(letter);
        await DeputyNotices.SendByEmailAsync(db, appeal, letter, $"Розгляд депутатського звернення № {row.Index}", today, clock.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(appeal);
    }

    /// <summary>The first day from today a hearing can be set on and the deputy still be told in time.</summary>
    internal static DateOnly Earliest(LegalTerm term, DateOnly today, WorkingCalendar calendar)
    {
        var day = today;
        while (Deadline.DueDate(term.Rule, day, calendar) < today) day = day.AddDays(1);
        return day;
    }

    /// <summary>A notice posted, phoned or handed to the deputy: recorded with its day (not in the future).</summary>
    public static async Task<Outcome<DeputyNotice>> NoticeSentAsync(
        RatushaDb db, TimeProvider clock, Guid appealId, Guid noticeId, NoticeSentRequest request, CancellationToken ct)
    {
        var notice = await db.DeputyNotices.SingleOrDefaultAsync(n => n.Id == noticeId && n.DeputyAppealId == appealId, ct);
        if (notice is null) return Outcome.Missing<DeputyNotice>();
        var errors = Outcome.Validate(request);
        var today = OfficeDay.Today(clock);
        var on = request.SentOn ?? today;
        if (notice.SentOn is { } sent) errors["notice"] = [$"Повідомлення вже надіслано {Ui.Formats.Date(sent)}."];
        if (!Enum.IsDefined(request.By)) errors["by"] = ["Оберіть спосіб: Email, Post, Phone або InPerson."];
        else if (request.By == DeputyDelivery.Email)
            errors["by"] = ["Електронною поштою повідомлення надсилає система; тут зазначають відправлене поштою, телефоном чи вручене особисто."];
        if (on > today) errors["sentOn"] = ["Дата не може бути в майбутньому."];
        else if (on < notice.WrittenOn) errors["sentOn"] = [$"Дата не може бути раніше, ніж повідомлення складено — {Ui.Formats.Date(notice.WrittenOn)}."];
        if (errors.Count > 0) return Outcome.Invalid<DeputyNotice>(errors);
        notice.Sent(request.By, on, request.To);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(notice);
    }
}
