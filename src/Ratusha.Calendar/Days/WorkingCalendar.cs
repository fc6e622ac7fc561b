namespace Ratusha.Calendar;

/// <summary>
/// The working calendar computed from <see cref="CalendarData"/>. Each year is precomputed on first
/// use (thread-safe, lock-free) into a table of day kinds; lookups are array reads.
/// </summary>
public sealed partial class WorkingCalendar
{
    private const int MaxYear = 9999;

    private readonly YearTable?[] _years = new YearTable?[MaxYear + 1];
    private readonly HolidayDefinition[] _holidays;
    private readonly Dictionary<DateOnly, SpecialDay> _specials;
    private readonly MartialLawPeriod[] _martialLaw;

    // The year used last: most lookups stay in one year, and this skips computing the year of a date.
    private YearTable? _recent;

    public WorkingCalendar(CalendarData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(data.Holidays);
        ArgumentNullException.ThrowIfNull(data.SpecialDays);
        ArgumentNullException.ThrowIfNull(data.MartialLaw);
        Data = data;
        _holidays = [.. data.Holidays];
        _martialLaw = [.. data.MartialLaw];
        _specials = [];
        foreach (var special in data.SpecialDays)
        {
            _specials[special.Date] = special;
        }
    }

    public static WorkingCalendar Ukraine { get; } = new(CalendarData.Ukraine);

    public CalendarData Data { get; }

    public bool IsWorkingDay(DateOnly day)
    {
        var table = TableOf(day.DayNumber);
        return table.Working[day.DayNumber - table.FirstDayNumber];
    }

    public DayInfo Describe(DateOnly day)
    {
        var table = TableOf(day.DayNumber);
        return table.Days[day.DayNumber - table.FirstDayNumber];
    }

    /// <summary>Every non-working day of the year in date order, with its reason.</summary>
    public IReadOnlyList<DayInfo> NonWorkingDays(int year) => Year(year).NonWorking;

    /// <summary>The non-working days plus holidays worked under martial law and transferred working days.</summary>
    public IReadOnlyList<DayInfo> NotableDays(int year) => Year(year).Notable;

    /// <summary>The first working day strictly after <paramref name="day"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly day) => OnOrAfter(day.AddDays(1));

    /// <summary><paramref name="day"/> if it is a working day, else the next working day.</summary>
    public DateOnly OnOrAfter(DateOnly day)
    {
        // Fast path: a working day in the year used last.
        var recent = _recent;
        if (recent is not null)
        {
            uint index = (uint)(day.DayNumber - recent.FirstDayNumber);
            var flags = recent.Working;
            if (index < (uint)flags.Length && flags[index])
            {
                return day;
            }
        }

        return FirstWorkingFrom(day);
    }

    private DateOnly FirstWorkingFrom(DateOnly day)
    {
        var table = TableOf(day.DayNumber);
        int i = day.DayNumber - table.FirstDayNumber;
        while (true)
        {
            var working = table.Working;
            for (; i < working.Length; i++)
            {
                if (working[i])
                {
                    return DateOnly.FromDayNumber(table.FirstDayNumber + i);
                }
            }

            table = Year(table.Year + 1);
            i = 0;
        }
    }

    /// <summary><paramref name="day"/> if it is a working day, else the last working day before it.</summary>
    public DateOnly OnOrBefore(DateOnly day) => IsWorkingDay(day) ? day : SubtractWorkingDays(day, 1);

    private YearTable TableOf(int dayNumber)
    {
        var recent = _recent;
        if (recent is not null && recent.Contains(dayNumber))
        {
            return recent;
        }

        var table = Year(DateOnly.FromDayNumber(dayNumber).Year);
        _recent = table;
        return table;
    }

    private YearTable Year(int year)
    {
        if (year is < 1 or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Рік поза межами календаря (1–9999).");
        }

        return Volatile.Read(ref _years[year]) ?? Build(year);
    }

    private YearTable Build(int year)
    {
        var built = YearTableBuilder.Build(year, _holidays, _specials, _martialLaw);
        return Interlocked.CompareExchange(ref _years[year], built, null) ?? built;
    }
}
