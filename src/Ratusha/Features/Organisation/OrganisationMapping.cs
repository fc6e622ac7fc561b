using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ratusha.Features.Organisation;

internal sealed class DepartmentMapping : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.ToTable("departments");
        b.Property(d => d.Name).HasMaxLength(300);
        b.Property(d => d.ShortName).HasMaxLength(100);
        b.Property(d => d.Code).HasMaxLength(10);
        b.HasIndex(d => d.Code).IsUnique();
        b.HasOne<Department>().WithMany().HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OfficialMapping : IEntityTypeConfiguration<Official>
{
    public void Configure(EntityTypeBuilder<Official> b)
    {
        b.ToTable("officials");
        b.Property(o => o.Surname).HasMaxLength(100);
        b.Property(o => o.GivenName).HasMaxLength(100);
        b.Property(o => o.Patronymic).HasMaxLength(100);
        b.Property(o => o.Position).HasMaxLength(300);
        b.Property(o => o.Email).HasMaxLength(254);
        b.Property(o => o.Phone).HasMaxLength(40);
        b.Ignore(o => o.FullName);
        b.Ignore(o => o.ShortName);
        b.HasOne<Department>().WithMany().HasForeignKey(o => o.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.DepartmentId, o.Surname });
    }
}
