using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Data;

namespace Ratusha.Features.Documents;

/// <summary>
/// A document in the mayor's daily folder (§5.1.13–5.1.16): put in by the general department, handed over by 17:00 of
/// the folder's day, considered that day or within 3 working days, returned with resolutions by 11:00 of the next
/// working day. Each step is recorded with its moment; <see cref="MayorFolder"/> tells what is late.
/// </summary>
public sealed class MayorFolderItem : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid DocumentId { get; private set; }
    /// <summary>The working day whose folder the document goes in.</summary>
    public DateOnly FolderDay { get; private set; }
    public DateTimeOffset PlacedAt { get; private set; }
    public DateTimeOffset? HandedOverAt { get; private set; }
    public DateTimeOffset? ConsideredAt { get; private set; }
    public DateTimeOffset? ReturnedAt { get; private set; }
    public int Version { get; private set; }

    internal static MayorFolderItem Place(Guid documentId, DateOnly folderDay, DateTimeOffset at) =>
        new() { DocumentId = documentId, FolderDay = folderDay, PlacedAt = at };

    internal void HandOver(DateTimeOffset at) => HandedOverAt = at;

    internal void Consider(DateTimeOffset at) => ConsideredAt = at;

    internal void Return(DateTimeOffset at) => ReturnedAt = at;
}

internal sealed class MayorFolderItemMapping : IEntityTypeConfiguration<MayorFolderItem>
{
    public void Configure(EntityTypeBuilder<MayorFolderItem> b)
    {
        b.ToTable("mayor_folder_items");
        b.HasIndex(i => new { i.FolderDay, i.PlacedAt });
        b.HasIndex(i => i.DocumentId);
        b.HasOne<Document>().WithMany().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
