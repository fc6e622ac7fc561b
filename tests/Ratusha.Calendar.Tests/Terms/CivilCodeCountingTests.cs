using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Terms;

/// <summary>Civil Code art. 253–254: how a term is counted.</summary>
public sealed class CivilCodeCountingTests
{
    [Fact]
    public void Art253_term_starts_the_day_after_the_event()
    {
        var result = Deadline.For(new CalendarDays(1), D(2021, 3, 15), Ukraine);
        Assert.Equal(D(2021, 3, 16), result.Due);
        Assert.Contains(result.Explanation, l => l.Contains("наступного дня — 16.03.2021", StringComparison.Ordinal));
    }

    [Fact]
    public void Art254_term_ending_on_sunday_moves_to_monday()
    {
        // 05.03.2021 + 30 = Sunday 04.04.2021 -> Monday 05.04.2021.
        var result = Deadline.For(new CalendarDays(30), D(2021, 3, 5), Ukraine);
        Assert.Equal(D(2021, 4, 4), result.UnadjustedEnd);
        Assert.Equal(D(2021, 4, 5), result.Due);
        Assert.Equal(new SkippedDay(D(2021, 4, 4), "неділя"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Art254_month_term_ends_on_the_same_numbered_day() =>
        Assert.Equal(D(2021, 4, 15), Deadline.For(new Months(1), D(2021, 3, 15), Ukraine).Due);

    [Fact]
    public void Art254_month_without_that_day_ends_on_its_last_day()
    {
        Assert.Equal(D(2024, 2, 29), Deadline.For(new Months(1), D(2024, 1, 31), Ukraine).Due);   // leap year, Thursday
        Assert.Equal(D(2021, 4, 30), Deadline.For(new Months(1), D(2021, 3, 31), Ukraine).Due);   // Friday
    }

    [Fact]
    public void Art254_month_term_ending_on_saturday_moves_to_monday()
    {
        var result = Deadline.For(new Months(1), D(2021, 2, 13), Ukraine);    // Saturday 13.03.2021
        Assert.Equal(D(2021, 3, 13), result.UnadjustedEnd);
        Assert.Equal(D(2021, 3, 15), result.Due);
    }

    [Fact]
    public void Art254_working_day_term_needs_no_roll_forward()
    {
        // After Friday 05.03.2021: the weekend and Monday 08.03 (holiday) are not counted -> Tuesday 09.03.2021.
        var result = Deadline.For(new WorkingDays(1), D(2021, 3, 5), Ukraine);
        Assert.Equal(D(2021, 3, 9), result.Due);
        Assert.Equal(result.Due, result.UnadjustedEnd);
    }

    [Fact]
    public void Rules_reject_counts_that_mean_nothing()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Deadline.For(new WorkingDays(0), D(2021, 3, 5), Ukraine));
        Assert.Throws<ArgumentOutOfRangeException>(() => Deadline.For(new CalendarDays(-1), D(2021, 3, 5), Ukraine));
        Assert.Throws<ArgumentOutOfRangeException>(() => Deadline.For(new WorkingDaysBefore(0), D(2021, 3, 5), Ukraine));
    }
}
