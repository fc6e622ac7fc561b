using System.Collections.ObjectModel;

namespace Ratusha.Calendar;

/// <summary>One year of the calendar, precomputed: a working flag per day for the hot path, and the descriptions.</summary>
internal sealed class YearTable
{
    public readonly int Year;
    public readonly int FirstDayNumber;
    public readonly bool[] Working;
    public readonly DayInfo[] Days;

    /// <summary>WorkingBefore[i] = the number of working days among the first i days of the year (length + 1 entries).</summary>
    public readonly int[] WorkingBefore;

    /// <summary>WorkingDayIndex[k] = the day of the year (0-based) of the k-th working day (0-based).</summary>
    public readonly int[] WorkingDayIndex;

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
        WorkingBefore = new int[days.Length + 1];
        var workingDayIndex = new List<int>(days.Length);
        var nonWorking = new List<DayInfo>(128);
        var notable = new List<DayInfo>(128);
        for (int i = 0; i < days.Length; i++)
        {
            var day = days[i];
            Working[i] = day.IsWorking;
            WorkingBefore[i + 1] = WorkingBefore[i] + (day.IsWorking ? 1 : 0);
            if (day.IsWorking)
            {
                workingDayIndex.Add(i);
            }

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

        WorkingDayIndex = [.. workingDayIndex];
        NonWorking = nonWorking.AsReadOnly();
        Notable = notable.AsReadOnly();
    }

    public bool Contains(int dayNumber) => (uint)(dayNumber - FirstDayNumber) < (uint)Working.Length;
}
