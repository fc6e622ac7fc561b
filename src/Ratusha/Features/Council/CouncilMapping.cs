using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ratusha.Features.Council;

internal sealed class CouncilMapping : IEntityTypeConfiguration<Council>
{
    public void Configure(EntityTypeBuilder<Council> b)
    {
        b.ToTable("councils");
        b.Property(c => c.Name).HasMaxLength(300);
        b.Property(c => c.ExecutiveCommitteeName).HasMaxLength(300);
        b.Property(c => c.Code).HasMaxLength(8);
        b.Property(c => c.KatottgCode).HasMaxLength(19);
        b.Property(c => c.Address).HasMaxLength(500);
        b.Property(c => c.Email).HasMaxLength(254);
        b.Property(c => c.Phone).HasMaxLength(40);
        b.Property(c => c.Website).HasMaxLength(200);
    }
}
