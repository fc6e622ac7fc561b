using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Calendar;

/// <summary>Working days transferred by the Cabinet of Ministers: data that always wins over the computed day.</summary>
public sealed class GovernmentTransferTests
{
    [Fact]
    public void Cabinet_2021_days_off_and_working_saturdays()
    {
        DateOnly[] off = [D(2021, 1, 8), D(2021, 8, 23), D(2021, 10, 15)];
        DateOnly[] worked = [D(2021, 1, 16), D(2021, 8, 28), D(2021, 10, 23)];
        Assert.All(off, d => Assert.Equal(DayKind.GovernmentDayOff, Ukraine.Describe(d).Kind));
        Assert.All(worked, d => Assert.Equal(DayKind.TransferredWorkingDay, Ukraine.Describe(d).Kind));
        Assert.All(worked, d => Assert.True(Ukraine.IsWorkingDay(d)));
        Assert.Contains(Ukraine.NotableDays(2021), d => d.Date == D(2021, 1, 16));
    }

    [Fact]
    public void SpecialDay_always_wins_over_the_computed_day()
    {
        var data = CalendarData.Ukraine with
        {
            SpecialDays =
            [
                new SpecialDay(D(2021, 12, 27), SpecialDayKind.WorkingDay, "робочий день за рішенням уряду"),
                new SpecialDay(D(2021, 12, 31), SpecialDayKind.DayOff, "вихідний за рішенням уряду"),
            ],
        };
        var calendar = new WorkingCalendar(data);

        Assert.Equal(new DayInfo(D(2021, 12, 27), true, DayKind.TransferredWorkingDay, "робочий день за рішенням уряду"), calendar.Describe(D(2021, 12, 27)));
        Assert.Equal(new DayInfo(D(2021, 12, 31), false, DayKind.GovernmentDayOff, "вихідний за рішенням уряду"), calendar.Describe(D(2021, 12, 31)));
        Assert.False(calendar.IsWorkingDay(D(2021, 1, 16)));  // the 2021 Cabinet data was replaced: an ordinary Saturday again
    }
}
