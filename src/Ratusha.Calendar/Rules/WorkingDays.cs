namespace Ratusha.Calendar;

/// <summary>A term in working days: the <see cref="Days"/>-th working day after the start. Always a working day, no roll-forward.</summary>
public sealed record WorkingDays(int Days) : TermRule
{
    public override string Describe() => Uk.Count(Days, "робочий день", "робочі дні", "робочих днів");

    internal override DateOnly Due(DateOnly start, WorkingCalendar calendar) =>
        calendar.AddWorkingDays(start, Positive(Days, nameof(Days)));

    internal override Term Compute(DateOnly start, WorkingCalendar calendar)
    {
        var due = Due(start, calendar);
        return new Term(due, due, calendar.NonWorkingBetween(start.AddDays(1), due));
    }

    internal override void Explain(DateOnly start, WorkingCalendar calendar, List<string> lines)
    {
        var term = Compute(start, calendar);
        RollForward.ExplainStart(start, lines);
        lines.Add("Лічаться лише робочі дні; неробочі дні пропускаються.");
        RollForward.ExplainSkipped(term.Skipped, lines);
        lines.Add($"{Uk.Ordinal(Days)} робочий день після {Uk.Date(start)}: {Uk.DateWithWeekday(term.Due)} — робочий день, перенесення не потрібне.");
    }
}
