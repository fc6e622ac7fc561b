using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Properties;

/// <summary>Invariants of the deadline engine, on the real calendar (martial law from 2022) and in peacetime.</summary>
[Properties(Arbitrary = new[] { typeof(CalendarArbitraries) }, MaxTest = 300)]
public sealed class DeadlineProperties
{
    private static readonly WorkingCalendar[] Calendars = [Ukraine, Peacetime];

    private static IEnumerable<TermRule> DayRules(int n) =>
    [
        new CalendarDays(n),
        new WorkingDays(n),
        new Months((n % 24) + 1),
        new Capped(new CalendarDays(n), new WorkingDays(n)),
        new Capped(new Months((n % 3) + 1), new CalendarDays(n)),
        new CalendarDaysBefore(n),
        new WorkingDaysBefore(n),
    ];

    private static int WorkingDaysIn(WorkingCalendar calendar, DateOnly afterExclusive, DateOnly toInclusive)
    {
        int count = 0;
        for (var d = afterExclusive.AddDays(1); d <= toInclusive; d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                count++;
            }
        }

        return count;
    }

    [Property]
    public bool Art254_due_date_of_a_day_based_rule_is_never_a_non_working_day(AnyDay start, Count n) =>
        Calendars.All(c => DayRules(n.Value).All(rule => c.IsWorkingDay(Deadline.For(rule, start.Value, c).Due)));

    [Property]
    public bool Art254_more_days_never_give_an_earlier_date(AnyDay start, Count n, Count more) =>
        Calendars.All(c =>
            Deadline.For(new CalendarDays(n.Value), start.Value, c).Due <= Deadline.For(new CalendarDays(n.Value + more.Value), start.Value, c).Due
            && Deadline.For(new WorkingDays(n.Value), start.Value, c).Due < Deadline.For(new WorkingDays(n.Value + more.Value), start.Value, c).Due
            && Deadline.For(new Months(n.Value % 24), start.Value, c).Due <= Deadline.For(new Months((n.Value % 24) + (more.Value % 12)), start.Value, c).Due);

    [Property]
    public bool Art253_a_later_start_never_gives_an_earlier_date(AnyDay start, Count n, Count later) =>
        Calendars.All(c => DayRules(n.Value).All(rule =>
            Deadline.For(rule, start.Value, c).Due <= Deadline.For(rule, start.Value.AddDays(later.Value), c).Due));

    [Property]
    public bool Working_day_count_in_start_due_equals_n(AnyDay start, Count n) =>
        Calendars.All(c => WorkingDaysIn(c, start.Value, Deadline.For(new WorkingDays(n.Value), start.Value, c).Due) == n.Value);

    [Property]
    public Property Art254_calendar_days_end_on_the_first_working_day_on_or_after_start_plus_n(AnyDay start, Count n)
    {
        var c = Ukraine;
        var result = Deadline.For(new CalendarDays(n.Value), start.Value, c);
        var end = start.Value.AddDays(n.Value);
        var between = Enumerable.Range(0, result.Due.DayNumber - end.DayNumber).Select(i => end.AddDays(i)).ToList();
        return (result.UnadjustedEnd == end).Label("unadjusted end = start + n")
            .And(between.All(d => !c.IsWorkingDay(d))).Label("every day before the due date is non-working")
            .And(result.Skipped.Select(s => s.Date).SequenceEqual(between)).Label("skipped = those days")
            .And(result.Skipped.All(s => s.Reason == c.Describe(s.Date).Reason)).Label("each with its reason");
    }

    [Property]
    public bool Capped_never_exceeds_its_cap_and_is_the_earlier_of_the_two(AnyDay start, Count rule, Count cap)
    {
        var c = Ukraine;
        var capped = Deadline.For(new Capped(new CalendarDays(rule.Value), new CalendarDays(cap.Value)), start.Value, c).Due;
        var byRule = Deadline.For(new CalendarDays(rule.Value), start.Value, c).Due;
        var byCap = Deadline.For(new CalendarDays(cap.Value), start.Value, c).Due;
        return capped <= byCap && capped == (byRule < byCap ? byRule : byCap);
    }

    [Property]
    public bool S6_14_working_days_before_is_a_working_day_with_exactly_n_working_days_up_to_the_due_date(AnyDay day, Count n) =>
        Calendars.All(c =>
        {
            var lead = c.OnOrAfter(day.Value.AddDays(600));   // another due date: always a working day
            var result = Deadline.For(new WorkingDaysBefore(n.Value), lead, c).Due;
            return result < lead && c.IsWorkingDay(result) && WorkingDaysIn(c, result, lead) == n.Value;
        });

    [Property]
    public bool Calendar_days_before_an_event_is_the_last_working_day_on_or_before_event_minus_n(AnyDay day, Count n) =>
        Calendars.All(c =>
        {
            var evt = day.Value.AddDays(600);
            var latest = evt.AddDays(-n.Value);
            var result = Deadline.For(new CalendarDaysBefore(n.Value), evt, c).Due;
            return result <= latest && c.IsWorkingDay(result) && WorkingDaysIn(c, result, latest) == 0;
        });

    [Property]
    public bool Due_date_only_agrees_with_the_full_result(AnyDay start, Count n) =>
        DayRules(n.Value).All(rule => Deadline.DueDate(rule, start.Value, Ukraine) == Deadline.For(rule, start.Value, Ukraine).Due);

    [Property]
    public bool Explanation_ends_with_the_due_date(AnyDay start, Count n) =>
        DayRules(n.Value).All(rule =>
        {
            var result = Deadline.For(rule, start.Value, Ukraine);
            return result.Explanation[^1].StartsWith($"Кінцевий строк: {result.Due:dd.MM.yyyy}", StringComparison.Ordinal)
                && result.Skipped.All(s => result.Explanation.Any(l => l.Contains(s.Reason, StringComparison.Ordinal)));
        });
}
