using System.Globalization;

namespace Ratusha.Ui;

/// <summary>How dates and times read on screen: dd.MM.yyyy, office time zone.</summary>
public static class Formats
{
    private static readonly TimeZoneInfo Kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");
    private static readonly string[] Weekdays = ["неділя", "понеділок", "вівторок", "середа", "четвер", "п’ятниця", "субота"];

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Weekday(DateOnly date) => Weekdays[(int)date.DayOfWeek];

    public static string Date(string isoDate) => Date(DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static string DateTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Kyiv).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    public static DateTimeOffset FromLocal(DateTime local) => new(local, Kyiv.GetUtcOffset(local));

    /// <summary>The instant on the office's clock.</summary>
    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Kyiv).DateTime;
}
