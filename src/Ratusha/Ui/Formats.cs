using System.Globalization;

namespace Ratusha.Ui;

/// <summary>How dates and times read on screen: dd.MM.yyyy, office time zone.</summary>
public static class Formats
{
    private static readonly TimeZoneInfo Kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string Date(string isoDate) => Date(DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static string DateTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Kyiv).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    public static DateTimeOffset FromLocal(DateTime local) => new(local, Kyiv.GetUtcOffset(local));
}
