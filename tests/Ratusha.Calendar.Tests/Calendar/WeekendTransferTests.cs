using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Calendar;

/// <summary>Labour Code art. 67 part 3: a holiday on a weekend moves the day off to the next working day after it.</summary>
public sealed class WeekendTransferTests
{
    [Fact]
    public void Art67_holiday_on_sunday_moves_the_day_off_to_monday_in_peacetime()
    {
        // Easter 19.04.2020 was a Sunday, so Monday 20.04.2020 was a day off.
        Assert.Equal(
            new DayInfo(D(2020, 4, 20), false, DayKind.TransferredDayOff, "перенесений вихідний за Великдень 19.04.2020 (ст. 67 КЗпП)"),
            Ukraine.Describe(D(2020, 4, 20)));
        Assert.True(Ukraine.IsWorkingDay(D(2020, 4, 21)));
    }

    [Fact]
    public void Art67_holiday_on_saturday_moves_the_day_off_to_monday_in_peacetime()
    {
        // 25.12.2021 was a Saturday, so Monday 27.12.2021 was a day off; Sunday stays a weekend.
        Assert.Equal(DayKind.Holiday, Ukraine.Describe(D(2021, 12, 25)).Kind);
        Assert.Equal(DayKind.Weekend, Ukraine.Describe(D(2021, 12, 26)).Kind);
        Assert.Equal(DayKind.TransferredDayOff, Ukraine.Describe(D(2021, 12, 27)).Kind);
        Assert.True(Ukraine.IsWorkingDay(D(2021, 12, 28)));
    }

    [Fact]
    public void Art67_two_weekend_holidays_move_to_monday_and_tuesday()
    {
        // 2021: 1 May (Saturday) -> Monday 3 May; Easter 2 May (Sunday) -> 3 May is taken -> Tuesday 4 May.
        Assert.Contains("День праці 01.05.2021", Ukraine.Describe(D(2021, 5, 3)).Reason, StringComparison.Ordinal);
        Assert.Contains("Великдень 02.05.2021", Ukraine.Describe(D(2021, 5, 4)).Reason, StringComparison.Ordinal);
        Assert.True(Ukraine.IsWorkingDay(D(2021, 5, 5)));
    }

    [Fact]
    public void Art67_transfer_passes_over_a_holiday_that_follows_the_weekend()
    {
        // 2016: Easter and 1 May on Sunday 01.05; Monday 02.05 is itself a holiday -> the day off goes to Tuesday 03.05.
        // One weekend day moves once, even if two holidays fall on it.
        Assert.Equal(DayKind.Holiday, Ukraine.Describe(D(2016, 5, 2)).Kind);
        Assert.Equal(DayKind.TransferredDayOff, Ukraine.Describe(D(2016, 5, 3)).Kind);
        Assert.True(Ukraine.IsWorkingDay(D(2016, 5, 4)));
    }

    [Fact]
    public void Art67_weekday_holiday_is_not_transferred()
    {
        // 8 March 2021 was a Monday: a holiday itself, Tuesday is working.
        Assert.Equal(DayKind.Holiday, Ukraine.Describe(D(2021, 3, 8)).Kind);
        Assert.True(Ukraine.IsWorkingDay(D(2021, 3, 9)));
    }
}
