namespace Ratusha.Calendar;

/// <summary>The earlier of two terms counted from the same start, e.g. "total never over 45 days" (appeals law art. 20).</summary>
public sealed record Capped(TermRule Rule, TermRule Cap) : TermRule
{
    public override string Describe() => $"{Rule.Describe()}, але не більше ніж {Cap.Describe()}";

    internal override DateOnly Due(DateOnly start, WorkingCalendar calendar)
    {
        var byRule = Rule.Due(start, calendar);
        var byCap = Cap.Due(start, calendar);
        return byRule <= byCap ? byRule : byCap;
    }

    internal override Term Compute(DateOnly start, WorkingCalendar calendar)
    {
        var byRule = Rule.Compute(start, calendar);
        var byCap = Cap.Compute(start, calendar);
        return byRule.Due <= byCap.Due ? byRule : byCap;
    }

    internal override void Explain(DateOnly start, WorkingCalendar calendar, List<string> lines)
    {
        var byRule = Rule.Due(start, calendar);
        var byCap = Cap.Due(start, calendar);
        lines.Add($"Обидва строки рахуються від {Uk.Date(start)}: основний ({Rule.Describe()}) спливає {Uk.Date(byRule)}, граничний ({Cap.Describe()}) — {Uk.Date(byCap)}.");
        if (byRule <= byCap)
        {
            lines.Add("Застосовано основний строк: граничний не перевищено.");
            Rule.Explain(start, calendar, lines);
        }
        else
        {
            lines.Add($"Застосовано граничний строк: загальний строк не може перевищувати {Cap.Describe()}.");
            Cap.Explain(start, calendar, lines);
        }
    }
}
