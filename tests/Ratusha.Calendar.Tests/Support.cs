namespace Ratusha.Calendar.Tests;

internal static class Support
{
    public static WorkingCalendar Ukraine => WorkingCalendar.Ukraine;

    /// <summary>Ukraine's data without martial law: what the law says in peacetime, for dates after 2022.</summary>
    public static WorkingCalendar Peacetime { get; } = new(CalendarData.Ukraine with { MartialLaw = [] });

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static DeadlineResult Term(string code, DateOnly start) =>
        Deadline.For(LegalTerms.Find(code) ?? throw new InvalidOperationException($"no term {code}"), start, Ukraine);

    public static DateOnly Due(string code, DateOnly start) => Term(code, start).Due;

    public static DateTimeOffset Kyiv(int year, int month, int day, int hour, int minute)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
