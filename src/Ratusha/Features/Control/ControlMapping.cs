using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Features.Organisation;
using Ratusha.Features.Registration;

namespace Ratusha.Features.Control;

internal sealed class ResolutionMapping : IEntityTypeConfiguration<Resolution>
{
    public void Configure(EntityTypeBuilder<Resolution> b)
    {
        b.ToTable("resolutions");
        b.Property(r => r.Kind).HasMaxLength(30);
        b.Property(r => r.Text).HasMaxLength(4000);
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.RemovalBasis).HasMaxLength(1000);
        b.Ignore(r => r.Lead);
        b.HasMany(r => r.Assignments).WithOne().HasForeignKey(a => a.ResolutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Extensions).WithOne().HasForeignKey(e => e.ResolutionId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(r => r.Assignments).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(r => r.Extensions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<RegistrationCard>().WithMany().HasForeignKey(r => r.CardId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Official>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Official>().WithMany().HasForeignKey(r => r.ControllerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.ControllerId, r.State, r.DueDate });
        b.HasIndex(r => r.CardId);
    }
}

internal sealed class AssignmentMapping : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> b)
    {
        b.ToTable("assignments");
        b.Property(a => a.State).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.ReturnComment).HasMaxLength(2000);
        b.Property(a => a.Kind).HasMaxLength(30);
        b.Ignore(a => a.IsOpen);
        b.HasMany(a => a.Reports).WithOne().HasForeignKey(r => r.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(a => a.Reports).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<Official>().WithMany().HasForeignKey(a => a.ExecutorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(a => a.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.ExecutorId, a.State, a.DueDate });
        b.HasIndex(a => new { a.DepartmentId, a.State, a.DueDate });
        b.HasIndex(a => new { a.State, a.DueDate });
        b.HasIndex(a => a.CardId);
        // Execution discipline counts the assignments whose term falls in a period, whatever their state (Features/Analytics).
        b.HasIndex(a => a.DueDate);
    }
}

internal sealed class AssignmentReportMapping : IEntityTypeConfiguration<AssignmentReport>
{
    public void Configure(EntityTypeBuilder<AssignmentReport> b)
    {
        b.ToTable("assignment_reports");
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.Text).HasMaxLength(8000);
        b.Property(r => r.Result).HasMaxLength(40);
        b.Property(r => r.Grounds).HasMaxLength(4000);
        b.Property(r => r.AppealRoute).HasMaxLength(2000);
        b.Property(r => r.DeliveredBy).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.DeliveredTo).HasMaxLength(500);
    }
}

internal sealed class ExtensionMapping : IEntityTypeConfiguration<Extension>
{
    public void Configure(EntityTypeBuilder<Extension> b)
    {
        b.ToTable("extensions");
        b.Property(e => e.Reason).HasMaxLength(2000);
    }
}
