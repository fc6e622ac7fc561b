using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Shell;

namespace Ratusha.Features.MailJournal;

public sealed record DismissMailRequest(
    [property: Required(ErrorMessage = "Вкажіть, чому лист не реєструється."), StringLength(1000, ErrorMessage = "Причина — до 1000 символів.")] string Reason,
    int Version);

/// <summary>A message that is neither an appeal nor a document (spam, a notice, a copy) stays in the journal with the reason.</summary>
internal static class DismissMail
{
    public static async Task<Outcome<MailJournalEntry>> RunAsync(
        RatushaDb db, TimeProvider clock, ICurrentActor actor, Guid entryId, DismissMailRequest request, CancellationToken ct)
    {
        var entry = await db.MailJournalEntries.SingleOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null) return Outcome.Missing<MailJournalEntry>();
        var errors = Outcome.Validate(request);
        if (string.IsNullOrWhiteSpace(request.Reason)) errors.TryAdd("reason", ["Вкажіть, чому лист не реєструється."]);
        if (!entry.CanRegister) errors.TryAdd("state", [$"Лист уже опрацьовано ({MailEntryStates.Title(entry.State).ToLowerInvariant()})."]);
        if (errors.Count > 0) return Outcome.Invalid<MailJournalEntry>(errors);
        Versions.Expect(db, entry, request.Version);
        entry.Dismiss(request.Reason, actor.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Outcome.Done(entry);
    }
}
