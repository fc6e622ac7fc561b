using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ratusha.Features.Deadlines;

internal sealed class CalendarHolidayMapping : IEntityTypeConfiguration<CalendarHoliday>
{
    public void Configure(EntityTypeBuilder<CalendarHoliday> b)
    {
        b.ToTable("calendar_holidays");
        b.Property(h => h.Name).HasMaxLength(200);
        b.Property(h => h.Source).HasMaxLength(300);
    }
}

internal sealed class CalendarSpecialDayMapping : IEntityTypeConfiguration<CalendarSpecialDay>
{
    public void Configure(EntityTypeBuilder<CalendarSpecialDay> b)
    {
        b.ToTable("calendar_special_days");
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Reason).HasMaxLength(300);
        b.HasIndex(d => d.Date).IsUnique();
    }
}

internal sealed class CalendarMartialLawMapping : IEntityTypeConfiguration<CalendarMartialLaw>
{
    public void Configure(EntityTypeBuilder<CalendarMartialLaw> b)
    {
        b.ToTable("calendar_martial_law");
        b.Property(p => p.Source).HasMaxLength(300);
    }
}
