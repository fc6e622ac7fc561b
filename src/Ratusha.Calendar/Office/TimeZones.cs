using System.Collections.Concurrent;

namespace Ratusha.Calendar;

internal static class TimeZones
{
    public const string KyivId = "Europe/Kyiv";

    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Cache = new(StringComparer.Ordinal);

    public static TimeZoneInfo Kyiv => Find(KyivId);

    public static TimeZoneInfo Find(string id) => Cache.GetOrAdd(id, TimeZoneInfo.FindSystemTimeZoneById);
}
