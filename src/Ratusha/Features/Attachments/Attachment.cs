using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Features.Registration;

namespace Ratusha.Features.Attachments;

/// <summary>
/// A file attached to a registered item (a scan of the letter, a photo, the signed answer). The bytes are kept in the
/// database, in their own row, so that an accepted upload is committed with its record and every instance sees it.
/// A file that came with an e-mail belongs to its e-mail journal entry until the entry is registered, then to the card.
/// </summary>
public sealed class Attachment
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    /// <summary>The registered item; null while the file is only on an e-mail journal entry.</summary>
    public Guid? CardId { get; private set; }
    /// <summary>The e-mail journal entry the file came with; kept after registration as its origin.</summary>
    public Guid? MailEntryId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Length { get; private set; }
    public string Sha256 { get; private set; } = "";
    public Guid? UploadedById { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    internal static (Attachment Attachment, AttachmentContent Content) Create(
        Guid cardId, string fileName, string contentType, byte[] bytes, Guid? by, DateTimeOffset now) =>
        Create(cardId, null, fileName, contentType, bytes, by, now);

    /// <summary>A file that came with an e-mail: it waits on the journal entry until the entry is registered.</summary>
    internal static (Attachment Attachment, AttachmentContent Content) FromMail(
        Guid mailEntryId, string fileName, string contentType, byte[] bytes, DateTimeOffset now) =>
        Create(null, mailEntryId, fileName, contentType, bytes, null, now);

    /// <summary>The e-mail journal entry is registered: its files become the card's files.</summary>
    internal void MoveToCard(Guid cardId)
    {
        if (CardId is not null) throw new InvalidOperationException($"Attachment {Id} already belongs to card {CardId}.");
        CardId = cardId;
    }

    private static (Attachment Attachment, AttachmentContent Content) Create(
        Guid? cardId, Guid? mailEntryId, string fileName, string contentType, byte[] bytes, Guid? by, DateTimeOffset now)
    {
        var attachment = new Attachment
        {
            CardId = cardId,
            MailEntryId = mailEntryId,
            FileName = fileName,
            ContentType = contentType,
            Length = bytes.LongLength,
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
            UploadedById = by,
            UploadedAt = now,
        };
        return (attachment, new AttachmentContent(attachment.Id, bytes));
    }
}

/// <summary>The bytes of an <see cref="Attachment"/>, read only when someone downloads it.</summary>
public sealed class AttachmentContent(Guid attachmentId, byte[] bytes)
{
    public Guid AttachmentId { get; private set; } = attachmentId;
    public byte[] Bytes { get; private set; } = bytes;
}

internal sealed class AttachmentMapping : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("attachments");
        b.Property(a => a.FileName).HasMaxLength(255);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.HasOne<RegistrationCard>().WithMany().HasForeignKey(a => a.CardId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.CardId);
    }
}

internal sealed class AttachmentContentMapping : IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<AttachmentContent> b)
    {
        b.ToTable("attachment_contents");
        b.HasKey(c => c.AttachmentId);
        b.HasOne<Attachment>().WithOne().HasForeignKey<AttachmentContent>(c => c.AttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
