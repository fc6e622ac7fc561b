using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Classifiers;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Mail;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Appeals;

public sealed record SendAnswerRequest(
    AnswerDelivery By,
    DateOnly? PostedOn = null,
    [property: StringLength(500, ErrorMessage = "Адреса — до 500 символів.")] string? To = null);

/// <summary>Where the answer letter template lives, if the council has its own (<c>Appeals:AnswerTemplate</c>).</summary>
public sealed class AnswerLetterOptions
{
    public string? AnswerTemplate { get; set; }
}

/// <summary>
/// The answer to an appeal is the lead executor's answer on its resolution (the control machine keeps it with its
/// result, grounds and route of appeal). Here it becomes a letter (DOCX) and reaches the applicant: by e-mail through
/// the outbox, with the letter attached, or recorded as posted — once.
/// </summary>
internal static class AppealAnswers
{
    private sealed record Latest(Appeal Appeal, Registration.RegistrationCard Card, Resolution Resolution, Assignment Lead, AssignmentReport Answer);

    private static async Task<Latest?> LatestAsync(RatushaDb db, Guid appealId, CancellationToken ct)
    {
        var row = await (from a in db.Appeals join c in db.RegistrationCards on a.CardId equals c.Id where a.Id == appealId select new { a, c }).SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var resolution = await db.Resolutions.Include(r => r.Assignments).ThenInclude(s => s.Reports)
            .Where(r => r.CardId == row.c.Id).OrderByDescending(r => r.WrittenOn).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        var lead = resolution?.Assignments.SingleOrDefault(s => s.IsLead);
        var answer = lead?.Reports.Where(p => p.Kind == ReportKind.Answer).OrderByDescending(p => p.On).ThenByDescending(p => p.Id).FirstOrDefault();
        return answer is null ? null : new Latest(row.a, row.c, resolution!, lead!, answer);
    }

    public static async Task<AnswerLetterFields?> LetterAsync(RatushaDb db, Guid appealId, DateOnly today, CancellationToken ct)
    {
        if (await LatestAsync(db, appealId, ct) is not { } x) return null;
        var ids = new[] { x.Resolution.AuthorId, x.Lead.ExecutorId };
        var people = await db.Officials.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var signer = people[x.Resolution.AuthorId];
        var council = await db.Councils.AsNoTracking().Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "";
        var result = await db.ClassifierEntries.AsNoTracking()
            .Where(e => e.List == ClassifierLists.Result && e.Code == x.Answer.Result).Select(e => e.Name).FirstOrDefaultAsync(ct);
        var refused = AppealControlRules.Rules.Answer!.RefusalResults.Contains(x.Answer.Result ?? "");
        return new AnswerLetterFields(
            council, x.Appeal.ApplicantName, x.Appeal.Address, x.Answer.DeliveredOn ?? today, x.Card.Index, x.Card.RegisteredOn, x.Answer.Text,
            (result ?? x.Answer.Result ?? "").ToLowerInvariant(), refused ? x.Answer.Grounds : null, refused ? x.Answer.AppealRoute : null,
            signer.Position, $"{signer.GivenName} {signer.Surname.ToUpperInvariant()}", people[x.Lead.ExecutorId].ShortName);
    }

    /// <summary>
    /// The lead executor or a registrar sends the answer once: by e-mail (to the applicant's address unless another is
    /// given), or records the day it was posted (not in the future).
    /// </summary>
    public static async Task<Outcome<Appeal>> SendAsync(
        RatushaDb db, TimeProvider clock, string? templatePath, Guid? official, bool isRegistrar, Guid appealId, SendAnswerRequest request, CancellationToken ct)
    {
        var latest = await LatestAsync(db, appealId, ct);
        if (latest is null)
            return await db.Appeals.AnyAsync(a => a.Id == appealId, ct)
                ? Outcome.Invalid<Appeal>(Outcome.Error("answer", "Відповідальний виконавець ще не підготував відповідь."))
                : Outcome.Missing<Appeal>();
        if (!isRegistrar && official != latest.Lead.ExecutorId)
            return Outcome.Refused<Appeal>("Надсилає відповідь відповідальний виконавець або загальний відділ.");

        var errors = Outcome.Validate(request);
        var today = OfficeDay.Today(clock);
        if (latest.Answer.DeliveredOn is { } sent)
            errors["answer"] = [$"Відповідь уже надіслано {Ui.Formats.Date(sent)}."];
        var to = Ui.FormText.OrNull(request.To);
        switch (request.By)
        {
            case AnswerDelivery.Email:
                to ??= latest.Appeal.Email;
                if (to is null) errors["to"] = ["Заявник не вказав e-mail: вкажіть адресу або надішліть відповідь поштою."];
                else if (!new EmailAddressAttribute().IsValid(to)) errors["to"] = ["Некоректна адреса електронної пошти."];
                break;
            case AnswerDelivery.Post:
                to ??= latest.Appeal.Address;
                if (to is null) errors["to"] = ["Вкажіть поштову адресу заявника."];
                if (request.PostedOn > today) errors["postedOn"] = ["Дата відправлення не може бути в майбутньому."];
                break;
            default:
                errors["by"] = ["Оберіть спосіб: Email або Post."];
                break;
        }
        if (errors.Count > 0) return Outcome.Invalid<Appeal>(errors);

        var on = request.By == AnswerDelivery.Post ? request.PostedOn ?? today : today;
        latest.Answer.Delivered(request.By, on, to!);
        if (request.By == AnswerDelivery.Email)
        {
            var letter = AnswerLetter.Build((await LetterAsync(db, appealId, today, ct))! with { Date = on }, templatePath);
            await Outbox.EnqueueAsync(db, $"appeal-answer:{latest.Answer.Id}", to, $"Відповідь на ваше звернення № {latest.Card.Index}",
                $"Шановний(а) {latest.Appeal.ApplicantName}!\n\n{latest.Answer.Text}\n\nЛист-відповідь додано до цього повідомлення.",
                clock.GetUtcNow(), ct, new MailFile($"vidpovid-{latest.Card.Index}.docx", AnswerLetter.ContentType, letter));
        }
        await db.SaveChangesAsync(ct);
        return Outcome.Done(latest.Appeal);
    }
}
