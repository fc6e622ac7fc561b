namespace Ratusha.Calendar;

/// <summary>
/// Civil Code art. 253–254 for terms in calendar days and months: counting starts the day after the
/// start; a term ending on a non-working day ends on the next working day (art. 254 part 5).
/// </summary>
internal static class RollForward
{
    public static Term From(DateOnly unadjustedEnd, WorkingCalendar calendar)
    {
        var due = calendar.OnOrAfter(unadjustedEnd);
        var skipped = due == unadjustedEnd ? [] : calendar.NonWorkingBetween(unadjustedEnd, due);
        return new Term(unadjustedEnd, due, skipped);
    }

    public static void ExplainStart(DateOnly start, List<string> lines)
    {
        lines.Add($"Початок строку: {Uk.DateWithWeekday(start)} — день події, від якої рахується строк.");
        lines.Add($"Перебіг строку починається з наступного дня — {Uk.Date(start.AddDays(1))} (ст. 253 ЦК України).");
    }

    public static void ExplainEnd(Term term, List<string> lines)
    {
        if (term.Due == term.UnadjustedEnd)
        {
            lines.Add($"{Uk.Date(term.UnadjustedEnd)} — робочий день, перенесення не потрібне.");
            return;
        }

        lines.Add($"{Uk.Date(term.UnadjustedEnd)} — неробочий день, тому строк закінчується в перший робочий день після нього (ч. 5 ст. 254 ЦК України).");
        ExplainSkipped(term.Skipped, lines);
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
