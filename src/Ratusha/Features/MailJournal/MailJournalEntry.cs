using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Data;
using Ratusha.Features.Attachments;
using Ratusha.Features.Registration;

namespace Ratusha.Features.MailJournal;

public enum MailEntryState { New, RegisteredAsAppeal, RegisteredAsDocument, Replied, Dismissed }

/// <summary>
/// One message of the designated mailbox in the e-mail journal (§7.2: «журнал обліку вхідної електронної
/// документації»): who sent it, what about, when it reached the mailbox (the date of submission of an e-mail appeal,
/// §6.10), its text and files, and what the registrar did with it. Each message is here once, by its Message-ID.
/// </summary>
public sealed class MailJournalEntry : IVersioned
{
    public const int MaxText = 200_000;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    /// <summary>The Message-ID without angle brackets, or «sha256:…» of the headers and body of a message without one.</summary>
    public string MessageId { get; private set; } = "";
    public string FromAddress { get; private set; } = "";
    public string? FromName { get; private set; }
    public string Subject { get; private set; } = "";
    /// <summary>The Date header: when the sender says it was sent. Informative only.</summary>
    public DateTimeOffset? SentAt { get; private set; }
    /// <summary>When the message reached the mailbox (IMAP INTERNALDATE).</summary>
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset IngestedAt { get; private set; }
    /// <summary>The plain text (an HTML-only message converted), cut at <see cref="MaxText"/> characters with a note.</summary>
    public string Text { get; private set; } = "";
    /// <summary>Sender and subject in lower case: what the journal's search looks in.</summary>
    public string SearchKey { get; private set; } = "";
    public MailEntryState State { get; private set; }
    /// <summary>The registration card once the entry is registered as an appeal or a document.</summary>
    public Guid? CardId { get; private set; }
    public string? DismissalReason { get; private set; }
    public Guid? HandledById { get; private set; }
    public DateTimeOffset? HandledAt { get; private set; }
    public int Version { get; private set; }

    public bool CanRegister => State is MailEntryState.New or MailEntryState.Replied;

    internal static MailJournalEntry Create(IncomingMail mail, DateTimeOffset now) => new()
    {
        MessageId = mail.MessageId,
        FromAddress = Cut(mail.FromAddress, 320),
        FromName = mail.FromName is { Length: > 0 } name ? Cut(name, 300) : null,
        Subject = Cut(mail.Subject, 998),
        SentAt = mail.SentAt?.ToUniversalTime(),
        ReceivedAt = mail.ReceivedAt.ToUniversalTime(),
        IngestedAt = now,
        Text = mail.Text.Length <= MaxText ? mail.Text : mail.Text[..MaxText] + "\n\n[Текст скорочено: повний — у поштовій скриньці.]",
        SearchKey = Cut($"{mail.FromName} {mail.FromAddress} {mail.Subject}".ToLowerInvariant(), 1600),
        State = MailEntryState.New,
    };

    internal void Registered(bool asAppeal, Guid cardId, Guid? by, DateTimeOffset at)
    {
        if (!CanRegister) throw new InvalidOperationException($"Mail entry {Id} is {State} and cannot be registered.");
        State = asAppeal ? MailEntryState.RegisteredAsAppeal : MailEntryState.RegisteredAsDocument;
        CardId = cardId;
        Handled(by, at);
    }

    /// <summary>A reply does not change a registered or dismissed entry; a new one counts as answered.</summary>
    internal void Replied(Guid? by, DateTimeOffset at)
    {
        if (State != MailEntryState.New) return;
        State = MailEntryState.Replied;
        Handled(by, at);
    }

    internal void Dismiss(string reason, Guid? by, DateTimeOffset at)
    {
        if (!CanRegister) throw new InvalidOperationException($"Mail entry {Id} is {State} and cannot be dismissed.");
        State = MailEntryState.Dismissed;
        DismissalReason = reason.Trim();
        Handled(by, at);
    }

    private void Handled(Guid? by, DateTimeOffset at)
    {
        HandledById = by;
        HandledAt = at;
    }

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}

/// <summary>A file of a message that was not kept, and why (type, size, count, storage): listed, never silently dropped.</summary>
public sealed class MailRefusedFile
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid EntryId { get; private set; }
    public string FileName { get; private set; } = "";
    public string? ContentType { get; private set; }
    public long Length { get; private set; }
    public string Reason { get; private set; } = "";

    internal static MailRefusedFile Of(Guid entryId, string fileName, string? contentType, long length, string reason) => new()
    {
        EntryId = entryId,
        FileName = fileName.Length <= 255 ? fileName : fileName[^255..],
        ContentType = contentType is { Length: > 100 } ? contentType[..100] : contentType,
        Length = length,
        Reason = reason,
    };
}

/// <summary>A reply sent from the journal: the letter goes out through the outbox under <see cref="OutboxKey"/>.</summary>
public sealed class MailReply
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid EntryId { get; private set; }
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string OutboxKey { get; private set; } = "";
    public Guid? SentById { get; private set; }
    public string SentByName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    internal static MailReply Create(Guid entryId, string to, string subject, string text, ICurrentActor by, DateTimeOffset at)
    {
        var reply = new MailReply { EntryId = entryId, To = to, Subject = subject, Text = text, SentById = by.UserId, SentByName = by.Name, At = at };
        reply.OutboxKey = $"mail-reply:{reply.Id}";
        return reply;
    }
}

internal sealed class MailJournalEntryMapping : IEntityTypeConfiguration<MailJournalEntry>
{
    public void Configure(EntityTypeBuilder<MailJournalEntry> b)
    {
        b.ToTable("mail_journal_entries");
        b.Property(e => e.MessageId).HasMaxLength(500);
        b.Property(e => e.FromAddress).HasMaxLength(320);
        b.Property(e => e.FromName).HasMaxLength(300);
        b.Property(e => e.Subject).HasMaxLength(998);
        b.Property(e => e.SearchKey).HasMaxLength(1600);
        b.Property(e => e.DismissalReason).HasMaxLength(1000);
        b.Property(e => e.State).HasConversion<string>().HasMaxLength(30);
        // The one guard against a message saved twice, by two rounds or two instances at once.
        b.HasIndex(e => e.MessageId).IsUnique();
        b.HasIndex(e => new { e.ReceivedAt, e.Id });
        b.HasIndex(e => new { e.State, e.ReceivedAt });
        b.HasIndex(e => e.CardId);
        b.HasOne<RegistrationCard>().WithMany().HasForeignKey(e => e.CardId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany<Attachment>().WithOne().HasForeignKey(a => a.MailEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MailRefusedFileMapping : IEntityTypeConfiguration<MailRefusedFile>
{
    public void Configure(EntityTypeBuilder<MailRefusedFile> b)
    {
        b.ToTable("mail_refused_files");
        b.Property(f => f.FileName).HasMaxLength(255);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.Property(f => f.Reason).HasMaxLength(500);
        b.HasOne<MailJournalEntry>().WithMany().HasForeignKey(f => f.EntryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => f.EntryId);
    }
}

internal sealed class MailReplyMapping : IEntityTypeConfiguration<MailReply>
{
    public void Configure(EntityTypeBuilder<MailReply> b)
    {
        b.ToTable("mail_replies");
        b.Property(r => r.To).HasMaxLength(320);
        b.Property(r => r.Subject).HasMaxLength(998);
        b.Property(r => r.OutboxKey).HasMaxLength(200);
        b.Property(r => r.SentByName).HasMaxLength(256);
        b.HasOne<MailJournalEntry>().WithMany().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => r.EntryId);
    }
}
