namespace Ratusha.Calendar;

/// <summary>
/// A term in months (Civil Code art. 254 parts 2–3): ends on the same-numbered day of the last month,
/// or on the last day of that month if it has no such day; then rolled forward to a working day.
/// </summary>
public sealed record Months(int Count) : TermRule
{
    public override string Describe() => Uk.Count(Count, "місяць", "місяці", "місяців");

    internal override TermDates Dates(DateOnly start, WorkingCalendar calendar) =>
        RollForward.From(start.AddMonths(NotNegative(Count, nameof(Count))), calendar);

    internal override SkippedDay[] Skipped(DateOnly start, WorkingCalendar calendar) =>
        RollForward.Skipped(Dates(start, calendar), calendar);

    internal override void Explain(DateOnly start, WorkingCalendar calendar, List<string> lines)
    {
        var dates = Dates(start, calendar);
        RollForward.ExplainStart(start, lines);
        lines.Add(dates.UnadjustedEnd.Day == start.Day
            ? $"Останній день строку: відповідне число останнього місяця строку — {Uk.DateWithWeekday(dates.UnadjustedEnd)} (ч. 2 ст. 254 ЦК України)."
            : $"В останньому місяці строку немає {start.Day}-го числа, тому строк спливає в останній день місяця — {Uk.DateWithWeekday(dates.UnadjustedEnd)} (ч. 3 ст. 254 ЦК України).");
        RollForward.ExplainEnd(dates, calendar, lines);
    }
}
