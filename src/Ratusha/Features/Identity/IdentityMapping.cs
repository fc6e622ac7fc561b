using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Features.Organisation;

namespace Ratusha.Features.Identity;

internal sealed class UserMapping : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.HasOne<Official>().WithMany().HasForeignKey(u => u.OfficialId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(u => u.OfficialId);
    }
}
