namespace Ratusha.Calendar;

/// <summary>The earlier of two terms counted from the same start, e.g. "total never over 45 days" (appeals law art. 20).</summary>
public sealed record Capped(TermRule Rule, TermRule Cap) : TermRule
{
    public override string Describe() => $"{Rule.Describe()}, але не більше ніж {Cap.Describe()}";

    internal override TermDates Dates(DateOnly start, WorkingCalendar calendar)
    {
        var byRule = Rule.Dates(start, calendar);
        var byCap = Cap.Dates(start, calendar);
        return byRule.Due <= byCap.Due ? byRule : byCap;
    }

    internal override SkippedDay[] Skipped(DateOnly start, WorkingCalendar calendar) =>
        Winner(start, calendar).Skipped(start, calendar);

    internal override void Explain(DateOnly start, WorkingCalendar calendar, List<string> lines)
    {
        var byRule = Rule.Dates(start, calendar).Due;
        var byCap = Cap.Dates(start, calendar).Due;
        lines.Add($"Обидва строки рахуються від {Uk.Date(start)}: основний ({Rule.Describe()}) спливає {Uk.Date(byRule)}, граничний ({Cap.Describe()}) — {Uk.Date(byCap)}.");
        lines.Add(byRule <= byCap
            ? "Застосовано основний строк: граничний не перевищено."
            : $"Застосовано граничний строк: загальний строк не може перевищувати {Cap.Describe()}.");
        Winner(start, calendar).Explain(start, calendar, lines);
    }

    private TermRule Winner(DateOnly start, WorkingCalendar calendar) =>
        Rule.Dates(start, calendar).Due <= Cap.Dates(start, calendar).Due ? Rule : Cap;
}
