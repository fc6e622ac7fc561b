namespace Ratusha.Calendar;

/// <summary>
/// "Not later than N days before an event" (invited list §2.4.5, notice to a deputy §5.5.4, §5.5.8 …).
/// The start is the event date E; the result is E − N, or the last working day before it if that day
/// is not working: the act must be done in time, and moving forward (Civil Code art. 254 part 5, which
/// is about a term that runs out) would make it late.
/// </summary>
public sealed record CalendarDaysBefore(int Days) : TermRule
{
    public override string Describe() => $"за {Length()} до події";

    internal override TermDates Dates(DateOnly start, WorkingCalendar calendar)
    {
        var end = start.AddDays(-Positive(Days, nameof(Days)));
        return new TermDates(end, calendar.OnOrBefore(end));
    }

    internal override SkippedDay[] Skipped(DateOnly start, WorkingCalendar calendar)
    {
        var dates = Dates(start, calendar);
        return calendar.NonWorkingBetween(dates.Due.AddDays(1), dates.UnadjustedEnd.AddDays(1));
    }

    internal override void Explain(DateOnly start, WorkingCalendar calendar, List<string> lines)
    {
        var dates = Dates(start, calendar);
        lines.Add($"Дата події: {Uk.DateWithWeekday(start)}.");
        lines.Add($"Не пізніше ніж за {Length()} до події: {Uk.Date(start)} − {Length()} = {Uk.DateWithWeekday(dates.UnadjustedEnd)}.");
        if (dates.Due == dates.UnadjustedEnd)
        {
            lines.Add($"{Uk.Date(dates.UnadjustedEnd)} — робочий день, перенесення не потрібне.");
            return;
        }

        lines.Add($"{Uk.Date(dates.UnadjustedEnd)} — неробочий день, тому дію треба виконати в останній робочий день перед ним (перенесення вперед за ч. 5 ст. 254 ЦК України зробило б її запізнілою).");
        RollForward.ExplainSkipped(Skipped(start, calendar), lines);
    }

    private string Length() => Uk.Count(Days, "календарний день", "календарні дні", "календарних днів");
}
