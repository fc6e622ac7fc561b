using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Office;

/// <summary>Regulation §8.1: 08:00–17:00, Friday to 15:45, lunch break 12:00–12:45, Kyiv time.</summary>
public sealed class OfficeHoursTests
{
    private static bool Working(DateTimeOffset instant) => OfficeHours.Default.IsWorkingTime(instant, Ukraine);

    [Fact]
    public void S8_1_default_office_hours()
    {
        var hours = OfficeHours.Default;
        Assert.Equal(new TimeOnly(8, 0), hours.Opens);
        Assert.Equal(new TimeOnly(17, 0), hours.ClosesMonToThu);
        Assert.Equal(new TimeOnly(15, 45), hours.ClosesFriday);
        Assert.Equal(new TimeOnly(12, 0), hours.BreakStarts);
        Assert.Equal(new TimeOnly(12, 45), hours.BreakEnds);
        Assert.Equal("Europe/Kyiv", hours.TimeZoneId);
    }

    [Fact]
    public void S8_1_friday_after_15_45_is_non_working_time()
    {
        Assert.True(Working(Kyiv(2021, 3, 19, 15, 44)));
        Assert.False(Working(Kyiv(2021, 3, 19, 15, 45)));
        Assert.False(Working(Kyiv(2021, 3, 19, 16, 30)));
    }

    [Fact]
    public void S8_1_monday_to_thursday_work_from_8_00_to_17_00()
    {
        Assert.False(Working(Kyiv(2021, 3, 18, 7, 59)));
        Assert.True(Working(Kyiv(2021, 3, 18, 8, 0)));
        Assert.True(Working(Kyiv(2021, 3, 18, 16, 59)));
        Assert.False(Working(Kyiv(2021, 3, 18, 17, 0)));
    }

    [Fact]
    public void S8_1_lunch_break_is_non_working_time()
    {
        Assert.True(Working(Kyiv(2021, 3, 16, 11, 59)));
        Assert.False(Working(Kyiv(2021, 3, 16, 12, 0)));
        Assert.False(Working(Kyiv(2021, 3, 16, 12, 44)));
        Assert.True(Working(Kyiv(2021, 3, 16, 12, 45)));
    }

    [Fact]
    public void S8_1_office_hours_are_kyiv_time()
    {
        Assert.True(Working(new DateTimeOffset(2021, 3, 16, 6, 30, 0, TimeSpan.Zero)));    // 08:30 UTC+2
        Assert.False(Working(new DateTimeOffset(2021, 3, 16, 5, 30, 0, TimeSpan.Zero)));   // 07:30 UTC+2
        Assert.True(Working(new DateTimeOffset(2021, 7, 13, 5, 30, 0, TimeSpan.Zero)));    // 08:30 UTC+3
        Assert.False(Working(new DateTimeOffset(2021, 7, 13, 14, 0, 0, TimeSpan.Zero)));   // 17:00 UTC+3
    }

    [Fact]
    public void S8_1_days_off_have_no_working_time()
    {
        Assert.False(Working(Kyiv(2021, 10, 14, 10, 0)));   // Defenders' Day
        Assert.False(Working(Kyiv(2021, 3, 13, 10, 0)));    // Saturday
        Assert.True(Working(Kyiv(2021, 10, 23, 10, 0)));    // Cabinet working Saturday
    }
}
