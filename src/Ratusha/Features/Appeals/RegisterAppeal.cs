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
    Guid? SubmissionKey = null,
    [property: StringLength(60, ErrorMessage = "Номер звернення контактного центру — до 60 символів.")] string? ExternalCaseNumber = null,
    DateTimeOffset? CentreReceivedAt = null);

/// <summary>The active classifier codes RegisterAppeal checks against: loaded once per import rather than per row.</summary>
internal sealed record AppealCodes(IReadOnlyList<(string List, string Code, bool IsPrivileged)> Entries)
{
    public static async Task<AppealCodes> LoadAsync(RatushaDb db, CancellationToken ct) =>
        new((await db.ClassifierEntries.AsNoTracking().Where(e => e.IsActive).Select(e => new { e.List, e.Code, e.IsPrivileged }).ToListAsync(ct))
            .ConvertAll(e => (e.List, e.Code, e.IsPrivileged)));

    public bool Has(string list, string code) => Entries.Any(c => c.List == list && c.Code == code);
}

/// <summary>
/// Registers a citizen's appeal on its registration-control card: the classifier codes must be in their lists, the
/// applicant's name and place of residence are required unless the appeal is anonymous (art. 5, 8), an e-mail address
/// for electronic appeals (art. 5). The index follows Instruction №348: first letter of the surname, «КО» collective,
/// «БП» unsigned. An anonymous appeal is registered and at once recorded as not considered (art. 8, §6.20).
/// Appeals from the Government Contact Centre 1545 and the regional hotline go to their own journals (§6.2) with the
/// centre's case number (one appeal per case) and the time the centre received the call.
/// </summary>
internal static class RegisterAppeal
{
    /// <summary>The journal an appeal of this channel is registered in (§6.2).</summary>
    public static string JournalOf(string channel) => channel switch
    {
        Hotline1545 => "hotline-1545",
        RegionalHotline => "hotline-regional",
        _ => "appeals",
    };

    public static bool IsHotline(string? channel) => channel is Hotline1545 or RegionalHotline;

    /// <param name="alongside">What another module records with the card in the same transaction (an e-mail journal entry's link).</param>
    /// <param name="codes">The classifier codes, when the caller registers many appeals at once.</param>
    public static async Task<Outcome<Appeal>> RunAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, RegisterAppealRequest r, CancellationToken ct,
        Action<RegistrationCard>? alongside = null, AppealCodes? codes = null)
    {
        if (r.SubmissionKey is { } key && await db.Appeals.SingleOrDefaultAsync(a => a.SubmissionKey == key, ct) is { } already)
            return Outcome.Done(already); // the same submission again: the appeal it already registered
        var errors = Outcome.Validate(r);
        codes ??= await AppealCodes.LoadAsync(db, ct);
        void Known(string list, string? code, string field)
        {
            if (code is not null && !codes.Has(list, code)) errors.TryAdd(field, [$"Значення «{code}» немає у списку «{Titles[list]}»."]);
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
        var external = Ui.FormText.OrNull(r.ExternalCaseNumber)?.Trim();
        if (external is not null && !IsHotline(r.Channel))
            errors.TryAdd("externalCaseNumber", ["Номер контактного центру вказують лише для звернень з урядової або обласної гарячої лінії."]);
        else if (external is not null && !errors.ContainsKey("externalCaseNumber")
                 && await db.Appeals.Where(a => a.Channel == r.Channel && a.ExternalCaseNumber == external)
                     .Join(db.RegistrationCards, a => a.CardId, c => c.Id, (a, c) => c.Index).FirstOrDefaultAsync(ct) is { } index)
            errors.TryAdd("externalCaseNumber", [$"Звернення контактного центру № {external} уже зареєстровано: картка № {index}."]);
        if (r.CentreReceivedAt is { } atCentre && atCentre > (r.ReceivedAt ?? clock.GetUtcNow()).AddMinutes(5))
            errors.TryAdd("centreReceivedAt", ["Контактний центр не міг отримати звернення пізніше, ніж воно надійшло до ради."]);
        if (errors.Count > 0) return Outcome.Invalid<Appeal>(errors);

        var letter = anonymous ? "БП" : r.Subject == Collective ? "КО" : r.Surname!.Trim()[..1].ToUpperInvariant();
        var privileged = (r.Categories ?? []).Any(c => codes.Entries.Any(x => x.List == Category && x.Code == c && x.IsPrivileged));
        Appeal? appeal = null;
        var (card, cardErrors) = await RegisterCard.RunAsync(db, calendars, clock, actor, JournalOf(r.Channel),
            new RegisterCardRequest(r.ReceivedAt, Summary(r), anonymous ? null : $"{r.Surname} {r.GivenName} {r.Patronymic}".Trim(), r.DepartmentId, letter), ct,
            registered =>
            {
                appeal = Appeal.Create(registered.Id, r with { ExternalCaseNumber = external }, privileged);
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
