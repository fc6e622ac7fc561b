using System.Collections.ObjectModel;

namespace Ratusha.Calendar;

/// <summary>One year of the calendar, precomputed: a working flag per day for the hot path, and the descriptions.</summary>
internal sealed class YearTable
{
    public readonly int Year;
    public readonly int FirstDayNumber;
    public readonly bool[] Working;
    public readonly DayInfo[] Days;

    /// <summary>For each non-working day, the ready-made entry of a deadline's skipped-days list.</summary>
    public readonly SkippedDay?[] Skips;

    public readonly ReadOnlyCollection<DayInfo> NonWorking;
    public readonly ReadOnlyCollection<DayInfo> Notable;

    public YearTable(int year, DayInfo[] days)
    {
        Year = year;
        FirstDayNumber = new DateOnly(year, 1, 1).DayNumber;
        Days = days;
        Working = new bool[days.Length];
        Skips = new SkippedDay?[days.Length];
        var nonWorking = new List<DayInfo>(128);
        var notable = new List<DayInfo>(128);
        for (int i = 0; i < days.Length; i++)
        {
            var day = days[i];
            Working[i] = day.IsWorking;
            if (!day.IsWorking)
            {
                Skips[i] = new SkippedDay(day.Date, day.Reason);
                nonWorking.Add(day);
                notable.Add(day);
            }
            else if (day.Kind != DayKind.Working)
            {
                notable.Add(day);
            }
        }

        NonWorking = nonWorking.AsReadOnly();
        Notable = notable.AsReadOnly();
    }

    public bool Contains(int dayNumber) => (uint)(dayNumber - FirstDayNumber) < (uint)Working.Length;
}
