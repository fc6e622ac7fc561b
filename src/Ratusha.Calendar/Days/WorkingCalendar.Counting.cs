namespace Ratusha.Calendar;

/// <summary>Counting over the year tables: the steps the deadline rules are made of.</summary>
public sealed partial class WorkingCalendar
{
    /// <summary>The <paramref name="count"/>-th working day after <paramref name="start"/> (count ≥ 1): two array reads within a year.</summary>
    internal DateOnly AddWorkingDays(DateOnly start, int count)
    {
        var table = TableOf(start.DayNumber);
        int k = table.WorkingBefore[start.DayNumber - table.FirstDayNumber + 1] + count - 1;
        while (k >= table.WorkingDayIndex.Length)
        {
            k -= table.WorkingDayIndex.Length;
            table = Year(table.Year + 1);
        }

        return DateOnly.FromDayNumber(table.FirstDayNumber + table.WorkingDayIndex[k]);
    }

    /// <summary>The <paramref name="count"/>-th working day before <paramref name="end"/>, not counting <paramref name="end"/> (count ≥ 1).</summary>
    internal DateOnly SubtractWorkingDays(DateOnly end, int count)
    {
        var table = TableOf(end.DayNumber);
        int k = table.WorkingBefore[end.DayNumber - table.FirstDayNumber] - count;
        while (k < 0)
        {
            table = Year(table.Year - 1);
            k += table.WorkingDayIndex.Length;
        }

        return DateOnly.FromDayNumber(table.FirstDayNumber + table.WorkingDayIndex[k]);
    }

    /// <summary>The non-working days in [<paramref name="from"/>, <paramref name="toExclusive"/>), as a deadline's skipped days.</summary>
    internal SkippedDay[] NonWorkingBetween(DateOnly from, DateOnly toExclusive)
    {
        int count = 0;
        for (int n = from.DayNumber; n < toExclusive.DayNumber; n++)
        {
            var table = TableOf(n);
            if (!table.Working[n - table.FirstDayNumber])
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var skipped = new SkippedDay[count];
        int k = 0;
        for (int n = from.DayNumber; n < toExclusive.DayNumber; n++)
        {
            var table = TableOf(n);
            if (table.Skips[n - table.FirstDayNumber] is SkippedDay day)
            {
                skipped[k++] = day;
            }
        }

        return skipped;
    }
}
