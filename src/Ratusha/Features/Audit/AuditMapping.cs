using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ratusha.Features.Audit;

internal sealed class AuditEntryMapping : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.HasKey(a => a.Id);
        b.HasIndex(a => a.Sequence).IsUnique();
        b.HasIndex(a => a.Id, "ix_audit_entries_unsealed").HasFilter("sequence IS NULL"); // the sealer's queue
        b.Property(a => a.UserName).HasMaxLength(256);
        b.Property(a => a.EntityType).HasMaxLength(100);
        b.Property(a => a.EntityId).HasMaxLength(200);
        b.Property(a => a.Action).HasMaxLength(10);
        b.Property(a => a.Before).HasColumnName("values_before");
        b.Property(a => a.After).HasColumnName("values_after");
        b.Property(a => a.PreviousHash).HasMaxLength(64);
        b.Property(a => a.Hash).HasMaxLength(64);
        b.HasIndex(a => new { a.EntityType, a.EntityId });
    }
}

internal sealed class AuditChainHeadMapping : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.ToTable("audit_chain_head");
        b.Property(h => h.Id).ValueGeneratedNever();
        b.Property(h => h.LastHash).HasMaxLength(64);
        b.HasData(new AuditChainHead { Id = 1, LastSequence = 0, LastHash = AuditHash.Genesis });
    }
}
