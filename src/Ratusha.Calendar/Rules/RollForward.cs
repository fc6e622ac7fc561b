namespace Ratusha.Calendar;

/// <summary>
/// Civil Code art. 253–254 for terms in calendar days and months: counting starts the day after the
/// start; a term ending on a non-working day ends on the next working day (art. 254 part 5).
/// </summary>
internal static class RollForward
{
    public static TermDates From(DateOnly unadjustedEnd, WorkingCalendar calendar) =>
        new(unadjustedEnd, calendar.OnOrAfter(unadjustedEnd));

    public static SkippedDay[] Skipped(TermDates dates, WorkingCalendar calendar) =>
        dates.Due == dates.UnadjustedEnd ? [] : calendar.NonWorkingBetween(dates.UnadjustedEnd, dates.Due);

    public static void ExplainStart(DateOnly start, List<string> lines)
    {
        lines.Add($"Початок строку: {Uk.DateWithWeekday(start)} — день події, від якої рахується строк.");
        lines.Add($"Перебіг строку починається з наступного дня — {Uk.Date(start.AddDays(1))} (ст. 253 ЦК України).");
    }

    public static void ExplainEnd(TermDates dates, WorkingCalendar calendar, List<string> lines)
    {
        if (dates.Due == dates.UnadjustedEnd)
        {
            lines.Add($"{Uk.Date(dates.UnadjustedEnd)} — робочий день, перенесення не потрібне.");
            return;
        }

        lines.Add($"{Uk.Date(dates.UnadjustedEnd)} — неробочий день, тому строк закінчується в перший робочий день після нього (ч. 5 ст. 254 ЦК України).");
        ExplainSkipped(Skipped(dates, calendar), lines);
    }

    public static void ExplainSkipped(SkippedDay[] skipped, List<string> lines)
    {
        foreach (var day in skipped)
        {
            string weekday = Uk.Weekday(day.Date.DayOfWeek);
            lines.Add(day.Reason == weekday
                ? $"Пропущено {Uk.Date(day.Date)}: {day.Reason}."
                : $"Пропущено {Uk.DateWithWeekday(day.Date)}: {day.Reason}.");
        }
    }
}
