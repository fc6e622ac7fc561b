using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Calendar;

/// <summary>Labour Code art. 73: which dates are holidays in which period.</summary>
public sealed class HolidayListTests
{
    [Fact]
    public void Art73_weekdays_are_working_and_weekends_are_not()
    {
        Assert.True(Ukraine.IsWorkingDay(D(2021, 3, 16)));   // Tuesday
        Assert.Equal(new DayInfo(D(2021, 3, 13), false, DayKind.Weekend, "субота"), Ukraine.Describe(D(2021, 3, 13)));
        Assert.Equal(new DayInfo(D(2021, 3, 14), false, DayKind.Weekend, "неділя"), Ukraine.Describe(D(2021, 3, 14)));
    }

    [Fact]
    public void Art73_14_october_is_a_holiday_from_2015()
    {
        Assert.True(Ukraine.IsWorkingDay(D(2014, 10, 14)));    // Tuesday, before Law 238-VIII
        Assert.Equal(DayKind.Holiday, Ukraine.Describe(D(2015, 10, 14)).Kind);   // Wednesday
        Assert.Contains("238-VIII", Ukraine.Describe(D(2015, 10, 14)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Art73_2_may_was_a_holiday_until_2017()
    {
        Assert.Equal(DayKind.Holiday, Ukraine.Describe(D(2017, 5, 2)).Kind);   // Tuesday
        Assert.True(Ukraine.IsWorkingDay(D(2018, 5, 2)));                       // Wednesday, Law 2211-VIII
        Assert.Equal("День праці (ст. 73 КЗпП; Закон № 2211-VIII від 16.11.2017)", Ukraine.Describe(D(2018, 5, 1)).Reason);
    }

    [Fact]
    public void Art73_25_december_is_christmas_from_25_december_2017()
    {
        Assert.True(Ukraine.IsWorkingDay(D(2016, 12, 26)));                     // 25.12.2016 Sunday: no holiday yet, nothing transferred
        Assert.Equal(DayKind.Holiday, Ukraine.Describe(D(2017, 12, 25)).Kind);  // Monday
        Assert.Equal(DayKind.Holiday, Ukraine.Describe(D(2020, 12, 25)).Kind);  // Friday
        Assert.StartsWith("Різдво Христове (ст. 73 КЗпП", Ukraine.Describe(D(2020, 12, 25)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Art73_7_january_was_christmas_before_the_2023_change()
    {
        Assert.Equal(new DayInfo(D(2021, 1, 7), false, DayKind.Holiday, "Різдво Христове (ст. 73 КЗпП)"), Ukraine.Describe(D(2021, 1, 7)));
        Assert.Equal(DayKind.Holiday, Ukraine.Describe(D(2022, 1, 7)).Kind);    // Friday, before martial law
    }

    [Fact]
    public void Art73_2023_christmas_is_only_25_december()
    {
        // Without martial law: 25.12.2024 (Wednesday) is a holiday, 07.01.2025 (Tuesday) is not.
        Assert.Equal(DayKind.Holiday, Peacetime.Describe(D(2024, 12, 25)).Kind);
        Assert.True(Peacetime.IsWorkingDay(D(2025, 1, 7)));
        Assert.True(Peacetime.IsWorkingDay(D(2024, 1, 8)));   // 07.01.2024 was a Sunday: nothing to transfer
        Assert.DoesNotContain(Peacetime.NonWorkingDays(2025), d => d.Date == D(2025, 1, 7));
    }

    [Fact]
    public void Art73_2023_statehood_day_is_15_july_and_defenders_day_is_1_october()
    {
        Assert.Equal(DayKind.Holiday, Peacetime.Describe(D(2024, 7, 15)).Kind);  // Monday
        Assert.True(Peacetime.IsWorkingDay(D(2025, 7, 28)));                     // Monday: 28 July no longer a holiday
        Assert.Equal(DayKind.Holiday, Peacetime.Describe(D(2024, 10, 1)).Kind);  // Tuesday
        Assert.True(Peacetime.IsWorkingDay(D(2024, 10, 14)));                    // Monday
        Assert.StartsWith("День захисників і захисниць України", Peacetime.Describe(D(2024, 10, 1)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Art73_2023_victory_day_is_8_may()
    {
        Assert.Equal(DayKind.Holiday, Peacetime.Describe(D(2024, 5, 8)).Kind);   // Wednesday
        Assert.True(Peacetime.IsWorkingDay(D(2024, 5, 9)));                      // Thursday
        Assert.Equal(DayKind.Holiday, Peacetime.Describe(D(2019, 5, 9)).Kind);   // Thursday, old list
    }

    [Fact]
    public void Art73_Art67_Cabinet_2021_has_250_working_days()
    {
        // 365 days − 104 weekend days − 6 weekday holidays (1.01, 7.01, 8.03, 28.06, 24.08, 14.10)
        // − 5 transferred days off (3.05, 4.05, 10.05, 21.06, 27.12) − 3 Cabinet days off + 3 working Saturdays.
        Assert.Equal(115, Ukraine.NonWorkingDays(2021).Count);
    }

    [Fact]
    public void Calendar_year_list_is_in_date_order_with_reasons()
    {
        var days = Ukraine.NonWorkingDays(2020);
        Assert.All(days, d => Assert.False(d.IsWorking));
        Assert.All(days, d => Assert.False(string.IsNullOrWhiteSpace(d.Reason)));
        Assert.Equal(days.OrderBy(d => d.Date), days);
        Assert.Equal(D(2020, 1, 1), days[0].Date);
    }
}
