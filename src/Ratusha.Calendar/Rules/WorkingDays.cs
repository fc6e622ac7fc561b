namespace Ratusha.Calendar;

/// <summary>A term in working days: the <see cref="Days"/>-th working day after the start. Always a working day, no roll-forward.</summary>
public sealed record WorkingDays(int Days) : TermRule
{
    public override string Describe() => Uk.Count(Days, "робочий день", "робочі дні", "робочих днів");

    internal override TermDates Dates(DateOnly start, WorkingCalendar calendar)
    {
        var due = calendar.AddWorkingDays(start, Positive(Days, nameof(Days)));
        return new TermDates(due, due);
    }

    internal override SkippedDay[] Skipped(DateOnly start, WorkingCalendar calendar) =>
        calendar.NonWorkingBetween(start.AddDays(1), Dates(start, calendar).Due);

    internal override void Explain(DateOnly start, WorkingCalendar calendar, List<string> lines)
    {
        RollForward.ExplainStart(start, lines);
        lines.Add("Лічаться лише робочі дні; неробочі дні пропускаються.");
        RollForward.ExplainSkipped(Skipped(start, calendar), lines);
        lines.Add($"{Uk.Ordinal(Days)} робочий день після {Uk.Date(start)}: {Uk.DateWithWeekday(Dates(start, calendar).Due)} — робочий день, перенесення не потрібне.");
    }
}
