using System.Globalization;

namespace Ratusha.Calendar;

/// <summary>Ukrainian formatting for reasons and explanations.</summary>
internal static class Uk
{
    private static readonly string[] Weekdays = ["неділя", "понеділок", "вівторок", "середа", "четвер", "п’ятниця", "субота"];

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Weekday(DayOfWeek day) => Weekdays[(int)day];

    /// <summary>"05.04.2021 (понеділок)".</summary>
    public static string DateWithWeekday(DateOnly date) => $"{Date(date)} ({Weekday(date.DayOfWeek)})";

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset local) =>
        local.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) + " " + Offset(local.Offset);

    private static string Offset(TimeSpan offset) =>
        "(UTC" + (offset < TimeSpan.Zero ? "−" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture) + ")";

    /// <summary>Ukrainian plural: 1 день, 2 дні, 5 днів, 11 днів, 21 день.</summary>
    public static string Count(int n, string one, string few, string many)
    {
        int lastTwo = Math.Abs(n) % 100;
        int last = lastTwo % 10;
        string word = lastTwo is >= 11 and <= 14 ? many : last switch
        {
            1 => one,
            >= 2 and <= 4 => few,
            _ => many,
        };
        return n.ToString(CultureInfo.InvariantCulture) + " " + word;
    }

    /// <summary>
    /// "за Трійцю": a one-word feminine name ending in -я/-а takes the accusative; multi-word names of
    /// holidays ("День праці", "Різдво Христове") are masculine or neuter, where it equals the nominative.
    /// </summary>
    public static string Accusative(string name) =>
        name.Contains(' ', StringComparison.Ordinal) ? name
        : name.EndsWith('я') ? string.Concat(name.AsSpan(0, name.Length - 1), "ю")
        : name.EndsWith('а') ? string.Concat(name.AsSpan(0, name.Length - 1), "у")
        : name;

    /// <summary>"3-й".</summary>
    public static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + "-й";
}
