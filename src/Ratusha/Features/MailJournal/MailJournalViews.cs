using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Deadlines;

namespace Ratusha.Features.MailJournal;

public sealed record MailEntryRow(
    Guid Id, string FromAddress, string? FromName, string Subject, DateTimeOffset ReceivedAt, MailEntryState State, string StateTitle, int Files, Guid? CardId);

public sealed record MailJournalPage(IReadOnlyList<MailEntryRow> Items, string? Next);

public sealed record MailCardLink(Guid CardId, string Journal, string Index, string RegisteredOn, Guid? AppealId, Guid? DocumentId = null);

public sealed record MailFileView(Guid Id, string FileName, string ContentType, long Length, string Sha256);

public sealed record MailRefusedView(string FileName, string? ContentType, long Length, string Reason);

public sealed record MailReplyView(Guid Id, string To, string Subject, string Text, string SentBy, DateTimeOffset At, DateTimeOffset? DeliveredAt, string? DeliveryError);

public sealed record MailEntryView(
    Guid Id, string MessageId, string FromAddress, string? FromName, string Subject, DateTimeOffset? SentAt, DateTimeOffset ReceivedAt,
    string Text, MailEntryState State, string StateTitle, string? DismissalReason, DateTimeOffset? HandledAt, bool CanRegister,
    MailCardLink? Card, IReadOnlyList<MailFileView> Attachments, IReadOnlyList<MailRefusedView> Refused, IReadOnlyList<MailReplyView> Replies,
    int Version);

public sealed record MailJournalFilter(MailEntryState? State = null, string? Q = null, string? Before = null, int? Limit = null);

public static class MailEntryStates
{
    public static readonly IReadOnlyList<(MailEntryState State, string Title)> All =
    [
        (MailEntryState.New, "Новий"),
        (MailEntryState.RegisteredAsAppeal, "Зареєстровано як звернення"),
        (MailEntryState.RegisteredAsDocument, "Зареєстровано як документ"),
        (MailEntryState.Replied, "Надано відповідь"),
        (MailEntryState.Dismissed, "Не реєструється"),
    ];

    public static string Title(MailEntryState state) => All.First(s => s.State == state).Title;
}

/// <summary>The e-mail journal as people read it: newest first, by state, by sender or subject; one entry with everything.</summary>
internal static class MailJournalViews
{
    public static async Task<MailJournalPage> PageAsync(RatushaDb db, MailJournalFilter filter, CancellationToken ct)
    {
        var limit = Math.Clamp(filter.Limit ?? 50, 1, 200);
        var query = db.MailJournalEntries.AsNoTracking();
        if (filter.State is { } state) query = query.Where(e => e.State == state);
        if (Ui.FormText.OrNull(filter.Q) is { } q)
        {
            var key = q.ToLowerInvariant();
            query = query.Where(e => e.SearchKey.Contains(key));
        }
        if (Cursor.Parse(filter.Before) is { } before)
            query = query.Where(e => e.ReceivedAt < before.At || (e.ReceivedAt == before.At && e.Id.CompareTo(before.Id) < 0));
        var rows = await query.OrderByDescending(e => e.ReceivedAt).ThenByDescending(e => e.Id).Take(limit)
            .Select(e => new { e.Id, e.FromAddress, e.FromName, e.Subject, e.ReceivedAt, e.State, e.CardId, Files = db.Attachments.Count(a => a.MailEntryId == e.Id) })
            .ToListAsync(ct);
        var items = rows.Select(e => new MailEntryRow(e.Id, e.FromAddress, e.FromName, e.Subject, e.ReceivedAt, e.State, MailEntryStates.Title(e.State), e.Files, e.CardId)).ToList();
        var next = items.Count == limit ? Cursor.Of(items[^1].ReceivedAt, items[^1].Id) : null;
        return new MailJournalPage(items, next);
    }

    public static async Task<MailEntryView?> OneAsync(RatushaDb db, Guid id, CancellationToken ct)
    {
        var e = await db.MailJournalEntries.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return null;
        var files = await db.Attachments.AsNoTracking().Where(a => a.MailEntryId == id).OrderBy(a => a.UploadedAt).ThenBy(a => a.Id)
            .Select(a => new MailFileView(a.Id, a.FileName, a.ContentType, a.Length, a.Sha256)).ToListAsync(ct);
        var refused = await db.MailRefusedFiles.AsNoTracking().Where(f => f.EntryId == id).OrderBy(f => f.Id)
            .Select(f => new MailRefusedView(f.FileName, f.ContentType, f.Length, f.Reason)).ToListAsync(ct);
        var replies = await (from r in db.MailReplies.AsNoTracking()
                             where r.EntryId == id
                             join o in db.OutboxMessages.AsNoTracking() on r.OutboxKey equals o.Key into letters
                             from o in letters.DefaultIfEmpty()
                             orderby r.At
                             select new MailReplyView(r.Id, r.To, r.Subject, r.Text, r.SentByName, r.At, o == null ? null : o.SentAt, o == null ? null : o.LastError))
            .ToListAsync(ct);
        MailCardLink? card = null;
        if (e.CardId is { } cardId)
        {
            card = await (from c in db.RegistrationCards.AsNoTracking()
                          join j in db.Journals.AsNoTracking() on c.JournalId equals j.Id
                          where c.Id == cardId
                          select new MailCardLink(c.Id, j.Name, c.Index, DeadlineEndpoints.Iso(c.RegisteredOn),
                              db.Appeals.Where(a => a.CardId == c.Id).Select(a => (Guid?)a.Id).FirstOrDefault(),
                              db.Documents.Where(d => d.CardId == c.Id).Select(d => (Guid?)d.Id).FirstOrDefault()))
                .SingleOrDefaultAsync(ct);
        }
        return new MailEntryView(e.Id, e.MessageId, e.FromAddress, e.FromName, e.Subject, e.SentAt, e.ReceivedAt, e.Text, e.State,
            MailEntryStates.Title(e.State), e.DismissalReason, e.HandledAt, e.CanRegister, card, files, refused, replies, e.Version);
    }

    public static bool IsCursor(string? cursor) => cursor is null || Cursor.Parse(cursor) is not null;

    /// <summary>The keyset of the list: receipt time and id of the last row shown.</summary>
    private static class Cursor
    {
        public static string Of(DateTimeOffset at, Guid id) => $"{at.UtcTicks.ToString(CultureInfo.InvariantCulture)}_{id:N}";

        public static (DateTimeOffset At, Guid Id)? Parse(string? cursor)
        {
            var parts = cursor?.Split('_');
            if (parts is not [var ticks, var id] || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
                || t < DateTimeOffset.MinValue.UtcTicks || t > DateTimeOffset.MaxValue.UtcTicks || !Guid.TryParseExact(id, "N", out var g))
                return null;
            return (new DateTimeOffset(t, TimeSpan.Zero), g);
        }
    }
}
