namespace Ratusha.Calendar;

/// <summary>A term in hours, counted from the instant of receipt, without roll-forward (e.g. 48 hours, public information art. 20).</summary>
public sealed record Hours(int Count) : TermRule
{
    public override string Describe() => Uk.Count(Count, "година", "години", "годин");

    // For a date without a time the count runs from 00:00 of that date; ForInstant gives the exact instant.
    internal override TermDates Dates(DateOnly start, WorkingCalendar calendar)
    {
        var due = start.AddDays(NotNegative(Count, nameof(Count)) / 24);
        return new TermDates(due, due);
    }

    internal override SkippedDay[] Skipped(DateOnly start, WorkingCalendar calendar) => [];

    internal override void Explain(DateOnly start, WorkingCalendar calendar, List<string> lines)
    {
        lines.Add($"Початок строку: {Uk.DateWithWeekday(start)} — день отримання.");
        lines.Add("Строк у годинах рахується від моменту отримання, без перенесення на робочий день; для дати без часу — від 00:00 цієї дати (точний момент дає розрахунок від часу отримання).");
        lines.Add($"{Uk.Date(start)} 00:00 + {Describe()} припадає на {Uk.DateWithWeekday(Dates(start, calendar).Due)}.");
    }
}
