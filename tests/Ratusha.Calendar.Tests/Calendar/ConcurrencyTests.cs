using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Calendar;

public sealed class ConcurrencyTests
{
    [Fact]
    public void Year_tables_built_concurrently_agree_with_a_sequential_build()
    {
        var shared = new WorkingCalendar(CalendarData.Ukraine);
        var days = Enumerable.Range(0, 20_000).Select(i => D(2000, 1, 1).AddDays(i * 7919 % 36_500)).ToArray();

        var parallel = new bool[days.Length];
        Parallel.For(0, days.Length, i => parallel[i] = shared.IsWorkingDay(days[i]));

        var sequential = new WorkingCalendar(CalendarData.Ukraine);
        Assert.Equal(days.Select(sequential.IsWorkingDay), parallel);
    }
}
