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

    private readonly HashSet<(string List, string Code)> known = [.. Entries.Select(e => (e.List, e.Code))];
    private readonly HashSet<(string List, string Code)> privileged = [.. Entries.Where(e => e.IsPrivileged).Select(e => (e.List, e.Code))];

    public bool Has(string list, string code) => known.Contains((list, code));

    public bool IsPrivileged(string list, string code) => privileged.Contains((list, code));
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
        codes ??= await AppealCodes.LoadAsync(db, ct);
        var now = clock.GetUtcNow();
        var errors = Check(r, codes, now);
        var external = ExternalNumber(r);
        if (external is not null && !errors.ContainsKey("externalCaseNumber")
            && await db.Appeals.Where(a => a.Channel == r.Channel && a.ExternalCaseNumber == external)
                .Join(db.RegistrationCards, a => a.CardId, c => c.Id, (a, c) => c.Index).FirstOrDefaultAsync(ct) is { } index)
            errors.TryAdd("externalCaseNumber", [$"Звернення контактного центру № {external} уже зареєстровано: картка № {index}."]);
        if (errors.Count > 0) return Outcome.Invalid<Appeal>(errors);

        Appeal? appeal = null;
        var (card, cardErrors) = await RegisterCard.RunAsync(db, calendars, clock, actor, JournalOf(r.Channel), CardRequest(r), ct,
            registered =>
            {
                appeal = NewAppeal(registered, r, codes);
                db.Appeals.Add(appeal);
                alongside?.Invoke(registered);
            });
        if (card is null) return Outcome.Invalid<Appeal>(CardErrors(cardErrors));
        return Outcome.Done(appeal!);
    }

    /// <summary>
    /// The rules of an appeal that need no database, one place for the form and the bulk import: the request's own
    /// limits, the classifier codes, the applicant's name and residence unless anonymous (art. 5, 8), the signatures of
    /// a collective appeal, the e-mail of an electronic one (art. 5), the case number only for hotlines (§6.2) and the
    /// centre's time not after the council's. Whether the case is already registered is the caller's look-up.
    /// </summary>
    internal static Dictionary<string, string[]> Check(RegisterAppealRequest r, AppealCodes codes, DateTimeOffset now)
    {
        var errors = Outcome.Validate(r);
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

        if (r.Subject != Anonymous)
        {
            if (string.IsNullOrWhiteSpace(r.Surname)) errors.TryAdd("surname", ["Вкажіть прізвище заявника (ст. 5 Закону «Про звернення громадян»); якщо авторство не встановити — оберіть «Анонімне»."]);
            if (string.IsNullOrWhiteSpace(r.GivenName)) errors.TryAdd("givenName", ["Вкажіть ім'я заявника (ст. 5)."]);
            if (string.IsNullOrWhiteSpace(r.Address)) errors.TryAdd("address", ["Вкажіть місце проживання заявника (ст. 5); звернення без нього є анонімним (ст. 8)."]);
        }
        if (r.Subject == Collective && r.Signatories is null) errors.TryAdd("signatories", ["Вкажіть кількість підписів колективного звернення."]);
        if (r.Channel is ByEmail or WebForm && string.IsNullOrWhiteSpace(r.Email))
            errors.TryAdd("email", ["Для електронного звернення вкажіть адресу електронної пошти (ст. 5)."]);
        if (ExternalNumber(r) is not null && !IsHotline(r.Channel))
            errors.TryAdd("externalCaseNumber", ["Номер контактного центру вказують лише для звернень з урядової або обласної гарячої лінії."]);
        if (r.CentreReceivedAt is { } atCentre && atCentre > (r.ReceivedAt ?? now).AddMinutes(5))
            errors.TryAdd("centreReceivedAt", ["Контактний центр не міг отримати звернення пізніше, ніж воно надійшло до ради."]);
        return errors;
    }

    /// <summary>The contact centre's case number as stored: trimmed, or none.</summary>
    internal static string? ExternalNumber(RegisterAppealRequest r) => Ui.FormText.OrNull(r.ExternalCaseNumber)?.Trim();

    /// <summary>
    /// The card of an appeal: its summary, the applicant as correspondent, and the letter of the index by
    /// Instruction №348 — first letter of the surname, «КО» collective, «БП» unsigned.
    /// </summary>
    internal static RegisterCardRequest CardRequest(RegisterAppealRequest r)
    {
        var anonymous = r.Subject == Anonymous;
        var letter = anonymous ? "БП" : r.Subject == Collective ? "КО" : r.Surname!.Trim()[..1].ToUpperInvariant();
        return new RegisterCardRequest(r.ReceivedAt, Summary(r), anonymous ? null : Correspondent(r), r.DepartmentId, letter);
    }

    /// <summary>
    /// The applicant as the card's correspondent: the name's parts as given, within the card's 300 characters (three
    /// parts of up to 100 each and their spaces can exceed it; the appeal keeps every part whole).
    /// </summary>
    private static string Correspondent(RegisterAppealRequest r)
    {
        var name = string.Join(' ', new[] { r.Surname, r.GivenName, r.Patronymic }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
        return name.Length <= 300 ? name : name[..299] + "…";
    }

    /// <summary>The card's rule errors as the appeal's fields: the index letter comes from the surname.</summary>
    internal static Dictionary<string, string[]> CardErrors(Dictionary<string, string[]> cardErrors) =>
        cardErrors.ToDictionary(e => e.Key == "letter" ? "surname" : e.Key, e => e.Value);

    /// <summary>The appeal on its registered card; an anonymous one is at once recorded as not considered (art. 8, §6.20).</summary>
    internal static Appeal NewAppeal(RegistrationCard card, RegisterAppealRequest r, AppealCodes codes)
    {
        var privileged = (r.Categories ?? []).Any(c => codes.IsPrivileged(Category, c));
        var appeal = Appeal.Create(card.Id, r with { ExternalCaseNumber = ExternalNumber(r) }, privileged);
        if (r.Subject == Anonymous)
            appeal.MarkNotConsidered("anonymous", "Анонімне звернення розгляду не підлягає (ч. 1 ст. 8 Закону «Про звернення громадян»; п. 6.20 Регламенту).", card.RegisteredOn);
        return appeal;
    }

    private static string Summary(RegisterAppealRequest r)
    {
        var text = r.Text.Trim().ReplaceLineEndings(" ");
        return text.Length <= 200 ? text : text[..197] + "…";
    }
}
