namespace Ratusha.Calendar;

/// <summary>
/// "Not later than N working days before another due date" (co-executors, §6.14). The start is that
/// other due date D; the result is the N-th working day before D, D itself not counted.
/// </summary>
public sealed record WorkingDaysBefore(int Days) : TermRule
{
    public override string Describe() => $"за {Uk.Count(Days, "робочий день", "робочі дні", "робочих днів")} до іншого строку";

    internal override TermDates Dates(DateOnly start, WorkingCalendar calendar)
    {
        var due = calendar.SubtractWorkingDays(start, Positive(Days, nameof(Days)));
        return new TermDates(due, due);
    }

    internal override SkippedDay[] Skipped(DateOnly start, WorkingCalendar calendar) =>
        calendar.NonWorkingBetween(Dates(start, calendar).Due.AddDays(1), start);

    internal override void Explain(DateOnly start, WorkingCalendar calendar, List<string> lines)
    {
        lines.Add($"Строк, від якого відлічуємо назад: {Uk.DateWithWeekday(start)}.");
        lines.Add($"Відлічуємо {Uk.Count(Days, "робочий день", "робочі дні", "робочих днів")} назад від {Uk.Date(start)}: сама ця дата не лічиться, неробочі дні пропускаються; результат — {Uk.Ordinal(Days)} робочий день перед нею.");
        RollForward.ExplainSkipped(Skipped(start, calendar), lines);
        lines.Add($"{Uk.Ordinal(Days)} робочий день перед {Uk.Date(start)}: {Uk.DateWithWeekday(Dates(start, calendar).Due)}.");
    }
}
