using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Data;

namespace Ratusha.Features.Mail;

/// <summary>
/// A letter to send, written in the same transaction as the change that causes it, and delivered later by
/// <see cref="OutboxDelivery"/>. The key makes a side effect happen once, however often the cause is seen.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Key { get; private set; } = "";
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public string? AttachmentName { get; private set; }
    public string? AttachmentType { get; private set; }
    public byte[]? Attachment { get; private set; }
    public Guid? ClaimedBy { get; private set; }
    public DateTimeOffset? ClaimedUntil { get; private set; }
    /// <summary>The Message-ID of the letter this one answers, so that the correspondent's mail program threads them.</summary>
    public string? InReplyTo { get; private set; }

    public static OutboxMessage Create(
        string key, string to, string subject, string body, DateTimeOffset now, MailFile? file = null, string? inReplyTo = null) =>
        new()
        {
            Key = key,
            To = to,
            Subject = subject,
            Body = body,
            CreatedAt = now,
            InReplyTo = inReplyTo,
            AttachmentName = file?.Name,
            AttachmentType = file?.ContentType,
            Attachment = file?.Bytes,
        };

    internal void Sent(DateTimeOffset at)
    {
        SentAt = at;
        Attempts++;
        LastError = null;
        ClaimedBy = null;
        ClaimedUntil = null;
    }

    internal void Failed(string error)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        ClaimedBy = null;
        ClaimedUntil = null;
    }
}

internal sealed class OutboxMessageMapping : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("outbox_messages");
        b.Property(m => m.Key).HasMaxLength(200);
        b.Property(m => m.To).HasMaxLength(254);
        b.Property(m => m.Subject).HasMaxLength(500);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.Property(m => m.AttachmentName).HasMaxLength(255);
        b.Property(m => m.AttachmentType).HasMaxLength(100);
        b.Property(m => m.InReplyTo).HasMaxLength(500);
        b.HasIndex(m => m.Key).IsUnique();
        b.HasIndex(m => new { m.SentAt, m.CreatedAt });
    }
}

/// <summary>A file that goes with a letter (e.g. the answer letter as DOCX).</summary>
public sealed record MailFile(string Name, string ContentType, byte[] Bytes);

/// <summary>Adds letters to the outbox of the current unit of work; the caller's SaveChanges commits them with the cause.</summary>
public static class Outbox
{
    public static async Task<bool> EnqueueAsync(
        RatushaDb db, string key, string? to, string subject, string body, DateTimeOffset now, CancellationToken ct, MailFile? file = null,
        string? inReplyTo = null)
    {
        if (string.IsNullOrWhiteSpace(to) || await db.OutboxMessages.AnyAsync(m => m.Key == key, ct)) return false;
        db.OutboxMessages.Add(OutboxMessage.Create(key, to.Trim(), subject, body, now, file, inReplyTo));
        return true;
    }
}
