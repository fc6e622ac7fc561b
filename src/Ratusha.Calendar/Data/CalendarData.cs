namespace Ratusha.Calendar;

/// <summary>The working calendar as data: the host stores it in a database and administrators edit it.</summary>
public sealed record CalendarData(
    IReadOnlyList<HolidayDefinition> Holidays,
    IReadOnlyList<SpecialDay> SpecialDays,
    IReadOnlyList<MartialLawPeriod> MartialLaw)
{
    /// <summary>The default data for Ukraine, 2000 onwards.</summary>
    public static CalendarData Ukraine { get; } = UkraineCalendarData.Create();
}
