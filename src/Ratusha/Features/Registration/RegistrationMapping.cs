using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Features.Organisation;

namespace Ratusha.Features.Registration;

internal sealed class JournalMapping : IEntityTypeConfiguration<Journal>
{
    public void Configure(EntityTypeBuilder<Journal> b)
    {
        b.ToTable("journals");
        b.Property(j => j.Code).HasMaxLength(50);
        b.Property(j => j.Name).HasMaxLength(200);
        b.Property(j => j.SequenceKey).HasMaxLength(50);
        b.Property(j => j.NumberFormat).HasMaxLength(40);
        b.HasIndex(j => j.Code).IsUnique();
    }
}

internal sealed class JournalCounterMapping : IEntityTypeConfiguration<JournalCounter>
{
    public void Configure(EntityTypeBuilder<JournalCounter> b)
    {
        b.ToTable("journal_counters");
        b.HasKey(c => new { c.SequenceKey, c.Year });
        b.Property(c => c.SequenceKey).HasMaxLength(50);
    }
}

internal sealed class RegistrationCardMapping : IEntityTypeConfiguration<RegistrationCard>
{
    public void Configure(EntityTypeBuilder<RegistrationCard> b)
    {
        b.ToTable("registration_cards");
        b.Property(c => c.SequenceKey).HasMaxLength(50);
        b.Property(c => c.Index).HasMaxLength(60);
        b.Property(c => c.Summary).HasMaxLength(2000);
        b.Property(c => c.Correspondent).HasMaxLength(300);
        b.HasIndex(c => new { c.SequenceKey, c.Year, c.Number }).IsUnique();
        b.HasIndex(c => new { c.JournalId, c.RegisteredOn });
        b.HasIndex(c => new { c.DepartmentId, c.RegisteredOn });
        // The appeal lists' order: appeals are numbered in several sequences, so the sequence breaks ties.
        b.HasIndex(c => new { c.Year, c.Number, c.SequenceKey });
        b.HasIndex(c => new { c.DepartmentId, c.RegisteredAt });
        // The document journal's order (newest first): its first page walks this index and stops at a page.
        b.HasIndex(c => new { c.RegisteredAt, c.Number });
        b.HasOne<Journal>().WithMany().HasForeignKey(c => c.JournalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
