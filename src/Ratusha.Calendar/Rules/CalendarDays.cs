namespace Ratusha.Calendar;

/// <summary>A term in calendar days: ends <see cref="Days"/> days after the start, rolled forward to a working day.</summary>
public sealed record CalendarDays(int Days) : TermRule
{
    public override string Describe() => Uk.Count(Days, "календарний день", "календарні дні", "календарних днів");

    internal override TermDates Dates(DateOnly start, WorkingCalendar calendar) =>
        RollForward.From(start.AddDays(NotNegative(Days, nameof(Days))), calendar);

    internal override SkippedDay[] Skipped(DateOnly start, WorkingCalendar calendar) =>
        RollForward.Skipped(Dates(start, calendar), calendar);

    internal override void Explain(DateOnly start, WorkingCalendar calendar, List<string> lines)
    {
        var dates = Dates(start, calendar);
        RollForward.ExplainStart(start, lines);
        lines.Add($"Останній день строку: {Uk.Date(start)} + {Describe()} = {Uk.DateWithWeekday(dates.UnadjustedEnd)}.");
        RollForward.ExplainEnd(dates, calendar, lines);
    }
}
