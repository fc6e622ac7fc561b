namespace Ratusha.Calendar;

/// <summary>The deadline engine: applies a <see cref="TermRule"/> to a start date on a <see cref="WorkingCalendar"/>.</summary>
public static class Deadline
{
    public static DeadlineResult For(TermRule rule, DateOnly start, WorkingCalendar calendar, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(calendar);
        return Compute(rule, start, calendar, null, source);
    }

    public static DeadlineResult For(LegalTerm term, DateOnly start, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(calendar);
        return Compute(term.Rule, start, calendar, term.Name, term.Source);
    }

    /// <summary>Only the due date, without skipped days or explanation: for bulk work (overdue lists, reports).</summary>
    public static DateOnly DueDate(TermRule rule, DateOnly start, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(calendar);
        return rule.Dates(start, calendar).Due;
    }

    /// <summary>A term in hours from an instant: exactly <see cref="Hours.Count"/> hours later, no roll-forward.</summary>
    public static InstantDeadlineResult ForInstant(Hours rule, DateTimeOffset start, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfNegative(rule.Count);
        var due = start.AddHours(rule.Count);
        var zone = TimeZones.Kyiv;
        var lines = new List<string>(5) { $"Правило: {rule.Describe()}." };
        if (!string.IsNullOrWhiteSpace(source))
        {
            lines.Add($"Підстава: {source}.");
        }

        lines.Add($"Початок строку: {Uk.Instant(TimeZoneInfo.ConvertTime(start, zone))}, київський час — момент отримання.");
        lines.Add("Строк у годинах рахується від моменту отримання, астрономічними годинами, без перенесення на робочий день.");
        lines.Add($"Кінцевий строк: {Uk.Instant(TimeZoneInfo.ConvertTime(due, zone))}, київський час.");
        return new InstantDeadlineResult(rule, start, due, lines.AsReadOnly());
    }

    private static DeadlineResult Compute(TermRule rule, DateOnly start, WorkingCalendar calendar, string? name, string? source)
    {
        return new DeadlineResult(rule, start, rule.Dates(start, calendar), calendar, name, source);
    }
}
