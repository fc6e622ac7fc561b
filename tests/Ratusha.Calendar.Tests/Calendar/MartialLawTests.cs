using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Calendar;

/// <summary>Law 2136-IX art. 6: under martial law art. 73 holidays are working days and art. 67 part 3 is not applied.</summary>
public sealed class MartialLawTests
{
    [Fact]
    public void MartialLaw_2136_holidays_are_working_days_and_not_transferred()
    {
        // 25.04.2022 (after Easter 24.04), 02.05 (after 1 May, Sunday), 09.05, 13.06 (after Trinity 12.06), 28.06.2022.
        DateOnly[] worked = [D(2022, 4, 25), D(2022, 5, 2), D(2022, 5, 9), D(2022, 6, 13), D(2022, 6, 28)];
        Assert.All(worked, day => Assert.True(Ukraine.IsWorkingDay(day), day.ToString("dd.MM.yyyy", null)));
        Assert.Equal(DayKind.WorkingHolidayUnderMartialLaw, Ukraine.Describe(D(2022, 5, 9)).Kind);
        Assert.Equal(DayKind.WorkingHolidayUnderMartialLaw, Ukraine.Describe(D(2022, 6, 28)).Kind);
        Assert.Equal(DayKind.Working, Ukraine.Describe(D(2022, 6, 13)).Kind);
    }

    [Fact]
    public void MartialLaw_2136_weekend_stays_a_weekend()
    {
        var easter = Ukraine.Describe(D(2022, 4, 24));
        Assert.False(easter.IsWorking);
        Assert.Equal(DayKind.Weekend, easter.Kind);
        Assert.Contains("Великдень", easter.Reason, StringComparison.Ordinal);
        Assert.Contains("2136-IX", easter.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MartialLaw_2136_reason_names_the_holiday_and_the_law()
    {
        Assert.Equal(
            "святковий день День Незалежності України — робочий під час воєнного стану (ст. 6 Закону № 2136-IX)",
            Ukraine.Describe(D(2022, 8, 24)).Reason);
    }

    [Fact]
    public void MartialLaw_2136_holidays_of_2025_are_working_days()
    {
        // 25.12.2025 Thursday, 24.08.2025 Sunday -> Monday 25.08.2025 working.
        Assert.True(Ukraine.IsWorkingDay(D(2025, 12, 25)));
        Assert.True(Ukraine.IsWorkingDay(D(2025, 8, 25)));
        Assert.DoesNotContain(Ukraine.NonWorkingDays(2025), d => d.Kind is DayKind.Holiday or DayKind.TransferredDayOff);
    }

    [Fact]
    public void MartialLaw_holidays_worked_are_listed_as_notable_days()
    {
        var notable = Ukraine.NotableDays(2024);
        Assert.Contains(notable, d => d.Date == D(2024, 12, 25) && d.IsWorking && d.Kind == DayKind.WorkingHolidayUnderMartialLaw);
        Assert.DoesNotContain(notable, d => d.Date == D(2024, 1, 7) && d.Kind != DayKind.Weekend);
        Assert.Equal(Ukraine.NonWorkingDays(2024).Count, notable.Count(d => !d.IsWorking));
    }

    [Fact]
    public void MartialLaw_period_with_an_end_restores_the_peacetime_rules()
    {
        var ended = new WorkingCalendar(CalendarData.Ukraine with
        {
            MartialLaw = [new MartialLawPeriod(D(2022, 2, 24), D(2025, 12, 31), "ст. 6 Закону № 2136-IX")],
        });

        Assert.True(ended.IsWorkingDay(D(2025, 12, 25)));                        // still martial law
        Assert.Equal(DayKind.Holiday, ended.Describe(D(2026, 12, 25)).Kind);    // Friday
        Assert.Equal(DayKind.TransferredDayOff, ended.Describe(D(2026, 3, 9)).Kind);   // 8 March 2026 is a Sunday
        Assert.Equal(DayKind.TransferredDayOff, ended.Describe(D(2026, 4, 13)).Kind);  // Easter 12.04.2026
        Assert.Equal(DayKind.TransferredDayOff, ended.Describe(D(2026, 6, 1)).Kind);   // Trinity 31.05.2026
    }

    [Fact]
    public void MartialLaw_started_on_24_february_2022()
    {
        Assert.Equal(DayKind.Holiday, Ukraine.Describe(D(2022, 1, 7)).Kind);
        Assert.Equal(DayKind.TransferredDayOff, Ukraine.Describe(D(2022, 1, 3)).Kind);   // 1 January 2022 was a Saturday
        Assert.True(Ukraine.IsWorkingDay(D(2022, 3, 8)));                                 // Tuesday, inside the period
    }
}
