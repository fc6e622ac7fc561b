using FsCheck.Xunit;
using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Properties;

/// <summary>Invariants of the working calendar.</summary>
[Properties(Arbitrary = new[] { typeof(CalendarArbitraries) }, MaxTest = 200)]
public sealed class CalendarProperties
{
    [Property]
    public bool Describe_agrees_with_IsWorkingDay(AnyDay day) =>
        Ukraine.Describe(day.Value) is { } info && info.Date == day.Value && info.IsWorking == Ukraine.IsWorkingDay(day.Value);

    [Property]
    public bool Next_working_day_is_the_first_working_day_after(AnyDay day)
    {
        var next = Ukraine.NextWorkingDay(day.Value);
        bool gapIsNonWorking = true;
        for (var d = day.Value.AddDays(1); d < next; d = d.AddDays(1))
        {
            gapIsNonWorking &= !Ukraine.IsWorkingDay(d);
        }

        return next > day.Value && Ukraine.IsWorkingDay(next) && gapIsNonWorking
            && Ukraine.OnOrAfter(day.Value) == (Ukraine.IsWorkingDay(day.Value) ? day.Value : next);
    }

    [Property]
    public bool Non_working_days_of_a_year_are_exactly_the_days_that_are_not_working(AnyYear year)
    {
        var listed = Ukraine.NonWorkingDays(year.Value).Select(d => d.Date).ToList();
        var expected = Enumerable.Range(0, DateTime.IsLeapYear(year.Value) ? 366 : 365)
            .Select(i => new DateOnly(year.Value, 1, 1).AddDays(i))
            .Where(d => !Ukraine.IsWorkingDay(d));
        return listed.SequenceEqual(expected);
    }

    [Property]
    public bool Art67_in_peacetime_every_weekend_holiday_gives_one_day_off(AnyYear year)
    {
        // Years 2000–2099 without martial law; no holiday near New Year moves across it.
        var days = Peacetime.NonWorkingDays(year.Value);
        return days.Count(d => d.Kind == DayKind.TransferredDayOff)
            == days.Count(d => d.Kind == DayKind.Holiday && d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    [Property]
    public bool MartialLaw_2136_no_holiday_or_transfer_from_24_february_2022(AnyYear year) =>
        year.Value < 2022
        || Ukraine.NonWorkingDays(year.Value).All(d => d.Date < D(2022, 2, 24) || d.Kind == DayKind.Weekend);

    [Property]
    public bool Art73_orthodox_easter_is_a_sunday_between_4_april_and_8_may(AnyYear year)
    {
        var easter = OrthodoxEaster.Date(year.Value);
        return easter.DayOfWeek == DayOfWeek.Sunday && easter >= new DateOnly(year.Value, 4, 4) && easter <= new DateOnly(year.Value, 5, 8);
    }
}
