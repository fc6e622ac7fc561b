namespace Ratusha.Calendar;

internal static class ExplanationText
{
    public static IReadOnlyList<string> Build(TermRule rule, DateOnly start, WorkingCalendar calendar, string? name, string? source)
    {
        var lines = new List<string>(12)
        {
            name is null ? $"Правило: {rule.Describe()}." : $"{name}: {rule.Describe()}.",
        };
        if (!string.IsNullOrWhiteSpace(source))
        {
            lines.Add($"Підстава: {source}.");
        }

        rule.Explain(start, calendar, lines);
        lines.Add($"Кінцевий строк: {Uk.DateWithWeekday(rule.Dates(start, calendar).Due)}.");
        return lines.AsReadOnly();
    }
}
