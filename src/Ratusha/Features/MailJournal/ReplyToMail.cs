using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Mail;
using Ratusha.Features.Shell;

namespace Ratusha.Features.MailJournal;

public sealed record MailReplyRequest(
    [property: Required(ErrorMessage = "Напишіть текст відповіді."), StringLength(20000, ErrorMessage = "Текст — до 20000 символів.")] string Text,
    [property: StringLength(998, ErrorMessage = "Тема — до 998 символів.")] string? Subject = null);

/// <summary>
/// A reply to the sender goes out through the outbox (SMTP, retried, once) and is logged on the entry with who sent it
/// and when; an entry nobody had handled yet counts as answered.
/// </summary>
internal static class ReplyToMail
{
    public static async Task<Outcome<MailReply>> RunAsync(
        RatushaDb db, TimeProvider clock, ICurrentActor actor, Guid entryId, MailReplyRequest request, CancellationToken ct)
    {
        var entry = await db.MailJournalEntries.SingleOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null) return Outcome.Missing<MailReply>();
        var errors = Outcome.Validate(request);
        if (string.IsNullOrWhiteSpace(request.Text)) errors.TryAdd("text", ["Напишіть текст відповіді."]);
        if (!MimeKit.MailboxAddress.TryParse(entry.FromAddress, out _) || entry.FromAddress.Length == 0)
            errors.TryAdd("to", ["У листа немає адреси відправника, на яку можна відповісти."]);
        if (errors.Count > 0) return Outcome.Invalid<MailReply>(errors);

        var now = clock.GetUtcNow();
        var subject = Ui.FormText.OrNull(request.Subject) ?? SubjectOf(entry);
        var reply = MailReply.Create(entry.Id, entry.FromAddress, subject, request.Text.Trim(), actor, now);
        db.MailReplies.Add(reply);
        var original = entry.MessageId.StartsWith("sha256:", StringComparison.Ordinal) ? null : entry.MessageId;
        await Outbox.EnqueueAsync(db, reply.OutboxKey, entry.FromAddress, subject, reply.Text, now, ct, inReplyTo: original);
        entry.Replied(actor.UserId, now);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(reply);
    }

    public static string SubjectOf(MailJournalEntry entry) =>
        entry.Subject.StartsWith("Re:", StringComparison.OrdinalIgnoreCase) ? entry.Subject
        : entry.Subject.Length == 0 ? "Re: ваш лист" : $"Re: {entry.Subject}";
}
