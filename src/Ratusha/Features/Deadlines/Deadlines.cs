using Ratusha.Calendar;

namespace Ratusha.Features.Deadlines;

/// <summary>
/// The host's one door to the deadline engine. A term counted in hours (information requests about life or freedom)
/// starts at the beginning of the day of receipt in the office's time zone when only a date is known.
/// </summary>
public static class Deadlines
{
    public static DeadlineResult Compute(LegalTerm term, DateOnly start, WorkingCalendar calendar)
    {
        if (term.Rule is not Hours hours) return Deadline.For(term, start, calendar);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(OfficeHours.Default.TimeZoneId);
        var local = start.ToDateTime(TimeOnly.MinValue);
        var instant = new DateTimeOffset(local, zone.GetUtcOffset(local));
        var result = Deadline.ForInstant(hours, instant, term.Source);
        var due = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(result.Due, zone).DateTime);
        return new DeadlineResult(term.Rule, start, due, due, [], result.Explanation);
    }
}
