using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Classifiers;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Registration;
using Ratusha.Features.Shell;
using static Ratusha.Features.Classifiers.ClassifierLists;

namespace Ratusha.Features.Appeals;

public sealed record RegisterAppealRequest(
    DateTimeOffset? ReceivedAt,
    [property: Required(ErrorMessage = "Оберіть форму надходження.")] string Channel,
    [property: Required(ErrorMessage = "Оберіть вид звернення.")] string Type,
    [property: Required(ErrorMessage = "Вкажіть суть звернення."), StringLength(20000, ErrorMessage = "Текст — до 20000 символів.")] string Text,
    string Sign = "2.1",
    string Subject = Individual,
    [property: Range(2, 100000, ErrorMessage = "Колективне звернення має щонайменше 2 підписи.")] int? Signatories = null,
    [property: StringLength(100, ErrorMessage = "Прізвище — до 100 символів.")] string? Surname = null,
    [property: StringLength(100, ErrorMessage = "Ім'я — до 100 символів.")] string? GivenName = null,
    [property: StringLength(100, ErrorMessage = "По батькові — до 100 символів.")] string? Patronymic = null,
    [property: StringLength(500, ErrorMessage = "Адреса — до 500 символів.")] string? Address = null,
    [property: StringLength(40, ErrorMessage = "Телефон — до 40 символів.")] string? Phone = null,
    [property: EmailAddress(ErrorMessage = "Некоректна адреса електронної пошти."), StringLength(254, ErrorMessage = "Адреса електронної пошти — до 254 символів.")] string? Email = null,
    string? Sex = null,
    string[]? Categories = null,
    string? SocialStatus = null,
    string? Topic = null,
    [property: StringLength(300, ErrorMessage = "Назва органу — до 300 символів.")] string? ForwardedBy = null,
    [property: StringLength(60, ErrorMessage = "Номер — до 60 символів.")] string? ForwardedNumber = null,
    DateOnly? ForwardedOn = null,
    bool NoAdditionalStudy = false,
    Guid? DepartmentId = null,
    Guid? SubmissionKey = null);

/// <summary>
/// Registers a citizen's appeal on its registration-control card: the classifier codes must be in their lists, the
/// applicant's name and place of residence are required unless the appeal is anonymous (art. 5, 8), an e-mail address
/// for electronic appeals (art. 5). The index follows Instruction №348: first letter of the surname, «КО» collective,
/// «БП» unsigned. An anonymous appeal is registered and at once recorded as not considered (art. 8, §6.20).
/// </summary>
internal static class RegisterAppeal
{
    /// <param name="alongside">What another module records with the card in the same transaction (an e-mail journal entry's link).</param>
    public static async Task<Outcome<Appeal>> RunAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, RegisterAppealRequest r, CancellationToken ct,
        Action<RegistrationCard>? alongside = null)
    {
        if (r.SubmissionKey is { } key && await db.Appeals.SingleOrDefaultAsync(a => a.SubmissionKey == key, ct) is { } already)
            return Outcome.Done(already); // the same submission again: the appeal it already registered
        var errors = Outcome.Validate(r);
        var codes = await db.ClassifierEntries.AsNoTracking().Where(e => e.IsActive).Select(e => new { e.List, e.Code, e.IsPrivileged }).ToListAsync(ct);
        void Known(string list, string? code, string field)
        {
            if (code is not null && !codes.Any(c => c.List == list && c.Code == code)) errors.TryAdd(field, [$"Значення «{code}» немає у списку «{Titles[list]}»."]);
        }
        Known(Channel, r.Channel, "channel");
        Known(ClassifierLists.Type, r.Type, "type");
        Known(Sign, r.Sign, "sign");
        Known(Subject, r.Subject, "subject");
        Known(Sex, r.Sex, "sex");
        Known(SocialStatus, r.SocialStatus, "socialStatus");
        Known(Topic, r.Topic, "topic");
        foreach (var category in r.Categories ?? []) Known(Category, category, "categories");

        var anonymous = r.Subject == Anonymous;
        if (!anonymous)
        {
            if (string.IsNullOrWhiteSpace(r.Surname)) errors.TryAdd("surname", ["Вкажіть прізвище заявника (ст. 5 Закону «Про звернення громадян»); якщо авторство не встановити — оберіть «Анонімне»."]);
            if (string.IsNullOrWhiteSpace(r.GivenName)) errors.TryAdd("givenName", ["Вкажіть ім'я заявника (ст. 5)."]);
            if (string.IsNullOrWhiteSpace(r.Address)) errors.TryAdd("address", ["Вкажіть місце проживання заявника (ст. 5); звернення без нього є анонімним (ст. 8)."]);
        }
        if (r.Subject == Collective && r.Signatories is null) errors.TryAdd("signatories", ["Вкажіть кількість підписів колективного звернення."]);
        if (r.Channel is ByEmail or WebForm && string.IsNullOrWhiteSpace(r.Email))
            errors.TryAdd("email", ["Для електронного звернення вкажіть адресу електронної пошти (ст. 5)."]);
        if (errors.Count > 0) return Outcome.Invalid<Appeal>(errors);

        var letter = anonymous ? "БП" : r.Subject == Collective ? "КО" : r.Surname!.Trim()[..1].ToUpperInvariant();
        var privileged = (r.Categories ?? []).Any(c => codes.Any(x => x.List == Category && x.Code == c && x.IsPrivileged));
        Appeal? appeal = null;
        var (card, cardErrors) = await RegisterCard.RunAsync(db, calendars, clock, actor, "appeals",
            new RegisterCardRequest(r.ReceivedAt, Summary(r), anonymous ? null : $"{r.Surname} {r.GivenName} {r.Patronymic}".Trim(), r.DepartmentId, letter), ct,
            registered =>
            {
                appeal = Appeal.Create(registered.Id, r, privileged);
                if (anonymous)
                    appeal.MarkNotConsidered("anonymous", "Анонімне звернення розгляду не підлягає (ч. 1 ст. 8 Закону «Про звернення громадян»; п. 6.20 Регламенту).", registered.RegisteredOn);
                db.Appeals.Add(appeal);
                alongside?.Invoke(registered);
            });
        if (card is null) return Outcome.Invalid<Appeal>(cardErrors.ToDictionary(e => e.Key == "letter" ? "surname" : e.Key, e => e.Value));
        return Outcome.Done(appeal!);
    }

    private static string Summary(RegisterAppealRequest r)
    {
        var text = r.Text.Trim().ReplaceLineEndings(" ");
        return text.Length <= 200 ? text : text[..197] + "…";
    }
}
