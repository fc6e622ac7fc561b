namespace Ratusha.Calendar;

/// <summary>Orthodox Easter: the Julian computus (Meeus), converted to the Gregorian calendar.</summary>
public static class OrthodoxEaster
{
    public static DateOnly Date(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);

        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = ((19 * c) + 15) % 30;
        int e = ((2 * a) + (4 * b) - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = ((d + e + 114) % 31) + 1;

        // Julian -> Gregorian difference for dates from March of the year (13 days in 1900–2099, 14 in 2100).
        int julianToGregorian = (year / 100) - (year / 400) - 2;
        return new DateOnly(year, month, day).AddDays(julianToGregorian);
    }
}
