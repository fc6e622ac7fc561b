using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Appeals;
using Ratusha.Features.Attachments;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Documents;
using Ratusha.Features.Registration;
using Ratusha.Features.Shell;

namespace Ratusha.Features.MailJournal;

public sealed record RegisterMailDocumentRequest(
    [property: StringLength(2000, ErrorMessage = "Короткий зміст — не довше за 2000 символів.")] string? Summary = null,
    [property: StringLength(300, ErrorMessage = "Кореспондент — не довше за 300 символів.")] string? Correspondent = null,
    Guid? DepartmentId = null,
    [property: StringLength(60, ErrorMessage = "Номер кореспондента — до 60 символів.")] string? CorrespondentNumber = null,
    DateOnly? CorrespondentDate = null,
    [property: Range(1, 100000, ErrorMessage = "Кількість аркушів — від 1 до 100000.")] int? Pages = null,
    string? AccessLevel = null);

/// <summary>What registering a letter as a document made: the incoming document and its card.</summary>
public sealed record MailDocumentRegistration(Guid DocumentId, RegisteredCard Card);

/// <summary>
/// An e-mail journal entry becomes a registered item in one step: the appeal or the incoming document (by the same
/// use case as one entered by hand), the entry's link to its card and the entry's files moved onto it, in one
/// transaction. It is received when the message reached the mailbox — for an appeal that is its date of submission
/// (§6.10; art. 5 of the Law), for a document its day of receipt (§5.3.3) — from which the office hours give the day of
/// registration. The sender is the document's correspondent unless the registrar names another.
/// </summary>
internal static class RegisterFromMail
{
    public const string IncomingJournal = "incoming";

    public static async Task<Outcome<Appeal>> AsAppealAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, Guid entryId, RegisterAppealRequest request, CancellationToken ct)
    {
        if (await EntryAsync(db, entryId, ct) is not { } found) return Outcome.Missing<Appeal>();
        var (entry, files) = found;
        if (!entry.CanRegister) return Outcome.Invalid<Appeal>(Handled(entry));
        var fromMail = request with
        {
            ReceivedAt = entry.ReceivedAt,
            Email = string.IsNullOrWhiteSpace(request.Email) && entry.FromAddress.Length > 0 ? entry.FromAddress : request.Email,
        };
        return await RegisterAppeal.RunAsync(db, calendars, clock, actor, fromMail, ct, card => Link(entry, files, asAppeal: true, card, actor, clock));
    }

    public static async Task<Outcome<MailDocumentRegistration>> AsDocumentAsync(
        RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, Guid entryId, RegisterMailDocumentRequest request, CancellationToken ct)
    {
        if (await EntryAsync(db, entryId, ct) is not { } found) return Outcome.Missing<MailDocumentRegistration>();
        var (entry, files) = found;
        if (!entry.CanRegister) return Outcome.Invalid<MailDocumentRegistration>(Handled(entry));
        var errors = Outcome.Validate(request);
        if (errors.Count > 0) return Outcome.Invalid<MailDocumentRegistration>(errors);
        var done = await RegisterDocument.RunAsync(db, calendars, clock, actor,
            new RegisterDocumentRequest(DocumentKinds.Incoming, Ui.FormText.OrNull(request.Summary) ?? DefaultSummary(entry), entry.ReceivedAt,
                Ui.FormText.OrNull(request.Correspondent) ?? DefaultCorrespondent(entry), Ui.FormText.OrNull(request.CorrespondentNumber),
                request.CorrespondentDate, request.Pages, Ui.FormText.OrNull(request.AccessLevel), request.DepartmentId),
            ct, registered => Link(entry, files, asAppeal: false, registered, actor, clock));
        return done is { Document: { } document, Card: { } card }
            ? Outcome.Done(new MailDocumentRegistration(document.Id, card))
            : Outcome.Invalid<MailDocumentRegistration>(done.Errors);
    }

    public static string DefaultSummary(MailJournalEntry entry) => entry.Subject.Length > 0 ? entry.Subject : "Лист електронною поштою без теми";

    public static string DefaultCorrespondent(MailJournalEntry entry)
    {
        var who = entry.FromName is { } name ? $"{name} <{entry.FromAddress}>" : entry.FromAddress;
        return who.Length <= 300 ? who : entry.FromAddress[..Math.Min(entry.FromAddress.Length, 300)];
    }

    private static async Task<(MailJournalEntry Entry, List<Attachment> Files)?> EntryAsync(RatushaDb db, Guid entryId, CancellationToken ct)
    {
        var entry = await db.MailJournalEntries.SingleOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null) return null;
        return (entry, await db.Attachments.Where(a => a.MailEntryId == entryId && a.CardId == null).ToListAsync(ct));
    }

    private static void Link(MailJournalEntry entry, List<Attachment> files, bool asAppeal, RegistrationCard card, ICurrentActor actor, TimeProvider clock)
    {
        entry.Registered(asAppeal, card.Id, actor.UserId, clock.GetUtcNow());
        foreach (var file in files) file.MoveToCard(card.Id);
    }

    private static Dictionary<string, string[]> Handled(MailJournalEntry entry) => Outcome.Error("state",
        $"Лист уже опрацьовано ({MailEntryStates.Title(entry.State).ToLowerInvariant()}): зареєструвати його ще раз не можна.");
}
