using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Registration;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Documents;

public sealed record RegisterDocumentRequest(
    [property: Required(ErrorMessage = "Оберіть вид документа.")] string Kind,
    [property: Required(ErrorMessage = "Вкажіть короткий зміст."), StringLength(2000, ErrorMessage = "Короткий зміст — не довше за 2000 символів.")] string Summary,
    DateTimeOffset? ReceivedAt = null,
    [property: StringLength(300, ErrorMessage = "Кореспондент — не довше за 300 символів.")] string? Correspondent = null,
    [property: StringLength(60, ErrorMessage = "Номер кореспондента — до 60 символів.")] string? CorrespondentNumber = null,
    DateOnly? CorrespondentDate = null,
    [property: Range(1, 100000, ErrorMessage = "Кількість аркушів — від 1 до 100000.")] int? Pages = null,
    string? AccessLevel = null,
    Guid? DepartmentId = null,
    Guid? AnswersTo = null,
    [property: StringLength(300, ErrorMessage = "Хто передав — до 300 символів.")] string? TransmittedBy = null,
    [property: StringLength(300, ErrorMessage = "Хто прийняв — до 300 символів.")] string? ReceivedBy = null,
    DateTimeOffset? TransmittedAt = null);

/// <summary>The document registered before: where a second registration of the same letter is pointed to.</summary>
public sealed record DocumentRef(Guid Id, string Index, string RegisteredOn)
{
    public string Url => $"/documents/{Id}";
}

/// <summary>What a registration did: the document, or the fields that are wrong, or the first registration of the same letter.</summary>
public sealed record DocumentRegistration(Document? Document, RegisteredCard? Card, Dictionary<string, string[]> Errors, DocumentRef? Duplicate);

/// <summary>
/// Registers a document once (§5.3.3): on the day of receipt, or the next working day when it came out of working
/// hours (the card's registration day from the office hours and the calendar); the next number of its journal. An
/// incoming letter already registered — the same correspondent, their number and date — is refused with a pointer to
/// the first registration. An outgoing letter may name the incoming one it answers; a telephonogram records who
/// transmitted it, who received it and when (§2.8.11). <paramref name="alongside"/> (in <see cref="RunAsync"/>) saves
/// a caller's own change in the same transaction — the e-mail journal links its entry and moves its files onto the card.
/// </summary>
internal static class RegisterDocument
{
    public static async Task<DocumentRegistration> RunAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, RegisterDocumentRequest r, CancellationToken ct,
        Action<RegistrationCard>? alongside = null)
    {
        var errors = Outcome.Validate(r);
        if (!DocumentKinds.IsKnown(r.Kind)) errors.TryAdd("kind", ["Оберіть вид документа: вхідний, вихідний, внутрішній або телефонограма."]);
        if (r.AccessLevel is { Length: > 0 } level && AccessLevels.All.All(a => a.Code != level))
            errors.TryAdd("accessLevel", ["Оберіть рівень доступу: відкритий або для службового користування."]);
        if (r.Kind is DocumentKinds.Incoming or DocumentKinds.Outgoing or DocumentKinds.Telephonogram && string.IsNullOrWhiteSpace(r.Correspondent))
            errors.TryAdd("correspondent", [r.Kind == DocumentKinds.Outgoing ? "Вкажіть адресата листа." : "Вкажіть кореспондента (від кого надійшов документ)."]);
        var now = clock.GetUtcNow();
        var today = OfficeDay.Today(clock);
        if (r.CorrespondentDate is { } theirDate && theirDate > today)
            errors.TryAdd("correspondentDate", ["Дата документа кореспондента не може бути в майбутньому."]);
        if (r.Kind != DocumentKinds.Incoming && r.Kind != DocumentKinds.Telephonogram && (r.CorrespondentNumber is { Length: > 0 }) && r.CorrespondentDate is null)
            errors.TryAdd("correspondentDate", ["Вкажіть дату документа кореспондента."]);
        if (r.Kind == DocumentKinds.Telephonogram)
        {
            if (string.IsNullOrWhiteSpace(r.TransmittedBy)) errors.TryAdd("transmittedBy", ["Вкажіть, хто передав телефонограму (п. 2.8.11 Регламенту)."]);
            if (string.IsNullOrWhiteSpace(r.ReceivedBy)) errors.TryAdd("receivedBy", ["Вкажіть, хто прийняв телефонограму (п. 2.8.11 Регламенту)."]);
            if (r.TransmittedAt is { } at && at > now.AddMinutes(5)) errors.TryAdd("transmittedAt", ["Час передавання не може бути в майбутньому."]);
        }
        if (r.AnswersTo is { } answered)
        {
            if (r.Kind != DocumentKinds.Outgoing) errors.TryAdd("answersTo", ["Відповіддю на вхідний документ може бути лише вихідний лист."]);
            else if (!await db.Documents.AnyAsync(d => d.Id == answered && d.Kind == DocumentKinds.Incoming, ct))
                errors.TryAdd("answersTo", ["Такого вхідного документа немає."]);
        }
        if (errors.Count > 0) return new(null, null, errors, null);

        if (Document.KeyOf(r) is { } key && await FirstAsync(db, key, ct) is { } first)
            return Duplicate(first);

        Document? document = null;
        RegisteredCard? card;
        Dictionary<string, string[]> cardErrors;
        try
        {
            (card, cardErrors) = await RegisterCard.RunAsync(db, calendars, clock, actor, DocumentKinds.JournalOf(r.Kind),
                new RegisterCardRequest(r.ReceivedAt, r.Summary, r.Correspondent, r.DepartmentId, null), ct,
                registered =>
                {
                    document = Document.Create(registered, r);
                    db.Documents.Add(document);
                    alongside?.Invoke(registered);
                });
        }
        catch (DbUpdateException) when (Document.KeyOf(r) is { } raced)
        {
            // Registered by another clerk a moment ago: the unique key kept it single.
            db.ChangeTracker.Clear();
            if (await FirstAsync(db, raced, ct) is { } earlier) return Duplicate(earlier);
            throw;
        }
        return card is null ? new(null, null, cardErrors, null) : new(document, card, [], null);
    }

    private static DocumentRegistration Duplicate(DocumentRef first) =>
        new(null, null, Outcome.Error("correspondentNumber",
            $"Цей документ уже зареєстровано: № {first.Index} від {Ui.Formats.Date(first.RegisteredOn)}. Документ реєструється один раз (п. 5.3.3 Регламенту)."), first);

    private static async Task<DocumentRef?> FirstAsync(RatushaDb db, string key, CancellationToken ct)
    {
        var first = await (from d in db.Documents.AsNoTracking()
                           join c in db.RegistrationCards on d.CardId equals c.Id
                           where d.DuplicateKey == key
                           select new { d.Id, c.Index, c.RegisteredOn }).FirstOrDefaultAsync(ct);
        return first is null ? null : new DocumentRef(first.Id, first.Index, DeadlineEndpoints.Iso(first.RegisteredOn));
    }
}
