using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ratusha.Data;
using Ratusha.Features.Attachments;

namespace Ratusha.Features.MailJournal;

/// <summary>What one reading of the mailbox did.</summary>
public sealed record MailIngestRound(int Unseen, int Saved, int AlreadyInJournal, int Failed);

/// <summary>
/// Reads the designated mailbox (§6.10, §7) into the e-mail journal. Each unseen message is saved once — the unique
/// Message-ID decides, so two instances reading at the same time keep one entry — and only then flagged \Seen: the
/// database is the truth, and a crash between the two just reads the message again and finds it saved.
/// </summary>
internal sealed class MailIngest(
    IServiceScopeFactory scopes, IOptions<MailIngestOptions> options, IOptions<AttachmentOptions> limits, TimeProvider clock, ILogger<MailIngest> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var mailbox = options.Value;
        if (!mailbox.Enabled) return;
        if (!mailbox.IsConfigured)
        {
            log.LogWarning("MailIngest:Enabled is set but MailIngest:Host or MailIngest:User is not: the mailbox is not read");
            return;
        }
        // The cadence is real time even under a test clock: only the stamps come from the injected clock.
        using var timer = new PeriodicTimer(mailbox.Interval);
        do
        {
            try
            {
                await IngestOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Reading the mailbox failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One reading of the mailbox: every unseen message into the journal, then flagged \Seen.</summary>
    public async Task<MailIngestRound> IngestOnceAsync(CancellationToken ct)
    {
        var mailbox = options.Value;
        if (!mailbox.IsConfigured) throw new InvalidOperationException("MailIngest:Host and MailIngest:User are not set.");
        using var imap = new ImapClient();
        await imap.ConnectAsync(mailbox.Host!, mailbox.Port, mailbox.UseSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, ct);
        await imap.AuthenticateAsync(mailbox.User!, mailbox.Password ?? "", ct);
        var folder = await imap.GetFolderAsync(mailbox.Folder, ct);
        await folder.OpenAsync(FolderAccess.ReadWrite, ct);

        var unseen = await folder.SearchAsync(SearchQuery.NotSeen, ct);
        var (saved, known, failed) = (0, 0, 0);
        if (unseen.Count > 0)
        {
            var summaries = await folder.FetchAsync(unseen,
                MessageSummaryItems.UniqueId | MessageSummaryItems.InternalDate | MessageSummaryItems.Envelope | MessageSummaryItems.Size, ct);
            var inJournal = await AlreadyInJournalAsync(summaries, ct);
            foreach (var summary in summaries.OrderBy(s => s.UniqueId))
            {
                // Messages whose Message-ID is already in the journal only need their flag (a crash, another instance).
                var saveIt = IncomingMail.Normalize(summary.Envelope?.MessageId) is not { } id || !inJournal.Contains(id);
                try
                {
                    if (saveIt)
                    {
                        if (await SaveAsync(await ReadAsync(folder, summary, mailbox, ct), ct)) saved++;
                        else known++;
                    }
                    else
                    {
                        known++;
                    }
                    await folder.AddFlagsAsync(summary.UniqueId, MessageFlags.Seen, silent: true, ct);
                }
                catch (Exception e) when (e is MimeKit.ParseException or ImapCommandException or DbUpdateException)
                {
                    failed++; // stays unseen: tried again next round
                    log.LogWarning(e, "Message {Uid} of {Folder} was not put into the e-mail journal", summary.UniqueId, mailbox.Folder);
                }
            }
        }
        await imap.DisconnectAsync(quit: true, ct);
        return new MailIngestRound(unseen.Count, saved, known, failed);
    }

    /// <summary>The mailbox cannot be read now (server down, log-in refused, folder missing): a state to report, not a bug.</summary>
    public static bool IsUnreachable(Exception e) => e is IOException or System.Net.Sockets.SocketException or ProtocolException
        or CommandException or FolderNotFoundException or AuthenticationException or SslHandshakeException or ServiceNotConnectedException;

    private async Task<HashSet<string>> AlreadyInJournalAsync(IList<IMessageSummary> summaries, CancellationToken ct)
    {
        var ids = summaries.Select(s => IncomingMail.Normalize(s.Envelope?.MessageId)).OfType<string>().Distinct().ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RatushaDb>();
        return [.. await db.MailJournalEntries.Where(e => ids.Contains(e.MessageId)).Select(e => e.MessageId).ToListAsync(ct)];
    }

    private async Task<IncomingMail> ReadAsync(IMailFolder folder, IMessageSummary summary, MailIngestOptions mailbox, CancellationToken ct)
    {
        var receivedAt = summary.InternalDate ?? clock.GetUtcNow();
        if (summary.Size > mailbox.MaxMessageBytes && summary.Envelope is { } envelope)
            return IncomingMail.TooBig(envelope, receivedAt, summary.Size.Value);
        var message = await folder.GetMessageAsync(summary.UniqueId, ct); // BODY.PEEK: reading does not set \Seen
        return IncomingMail.From(message, receivedAt, limits.Value);
    }

    /// <summary>
    /// Inserts the entry with its files, or nothing if the Message-ID is already there — also when another instance
    /// saves it at this very moment: the unique index refuses the second insert, and that is not an error here.
    /// </summary>
    internal async Task<bool> SaveAsync(IncomingMail mail, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RatushaDb>();
        if (await db.MailJournalEntries.AnyAsync(e => e.MessageId == mail.MessageId, ct)) return false;
        var now = clock.GetUtcNow();
        var entry = MailJournalEntry.Create(mail, now);
        db.MailJournalEntries.Add(entry);
        // Files are measured against the quota with the store locked until this entry is saved (FileStoreQuota).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var room = mail.Files.Any(f => f.Refusal is null) ? await FileStoreQuota.RoomAsync(db, limits.Value, ct) : 0;
        foreach (var file in mail.Files)
        {
            var refusal = file.Refusal ?? (file.Bytes.LongLength > room ? AddAttachment.StoreFull : null);
            if (refusal is null)
            {
                room -= file.Bytes.LongLength;
                var (attachment, content) = Attachment.FromMail(entry.Id, file.Name, file.ContentType!, file.Bytes, now);
                db.Attachments.Add(attachment);
                db.AttachmentContents.Add(content);
            }
            else
            {
                db.MailRefusedFiles.Add(MailRefusedFile.Of(entry.Id, file.Name, file.ContentType, file.Bytes.LongLength, refusal));
            }
        }
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            log.LogInformation("Message {MessageId} is already in the e-mail journal", mail.MessageId);
            return false;
        }
    }

    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } => true,
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } => true,
        _ => false,
    };
}
