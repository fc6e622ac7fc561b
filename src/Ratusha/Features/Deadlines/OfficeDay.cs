using Ratusha.Calendar;

namespace Ratusha.Features.Deadlines;

/// <summary>Today's date in the office's time zone, from the injected clock.</summary>
public static class OfficeDay
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(OfficeHours.Default.TimeZoneId);

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
