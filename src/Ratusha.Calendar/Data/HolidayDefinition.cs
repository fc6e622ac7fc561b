namespace Ratusha.Calendar;

/// <summary>
/// A public holiday or religious non-working day of Labour Code art. 73, valid for a period.
/// Either a fixed date (<paramref name="Month"/> and <paramref name="Day"/>) or a day relative to
/// Orthodox Easter (<paramref name="DaysAfterEaster"/>: 0 = Easter, 49 = Trinity).
/// </summary>
public sealed record HolidayDefinition(
    string Name,
    int? Month,
    int? Day,
    int? DaysAfterEaster,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Source)
{
    /// <summary>The date of this holiday in <paramref name="year"/>, or null if it does not occur or is not in force then.</summary>
    public DateOnly? DateIn(int year)
    {
        DateOnly date;
        if (DaysAfterEaster is int offset)
        {
            date = OrthodoxEaster.Date(year).AddDays(offset);
        }
        else if (Month is int month && Day is int day && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
        }
        else
        {
            return null;
        }

        return IsInForceOn(date) ? date : null;
    }

    public bool IsInForceOn(DateOnly date) => date >= ValidFrom && (ValidTo is not DateOnly to || date <= to);
}
