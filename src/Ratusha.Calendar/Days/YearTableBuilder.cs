namespace Ratusha.Calendar;

/// <summary>Computes the kind of every day of one year from the calendar data.</summary>
internal sealed class YearTableBuilder
{
    private const string Art67 = "ст. 67 КЗпП";

    private readonly IReadOnlyDictionary<DateOnly, SpecialDay> _specials;
    private readonly IReadOnlyList<MartialLawPeriod> _martialLaw;
    private readonly SortedDictionary<DateOnly, List<HolidayDefinition>> _holidays = [];
    private readonly Dictionary<DateOnly, DateOnly> _transferredFrom = [];

    private YearTableBuilder(IReadOnlyDictionary<DateOnly, SpecialDay> specials, IReadOnlyList<MartialLawPeriod> martialLaw)
    {
        _specials = specials;
        _martialLaw = martialLaw;
    }

    public static YearTable Build(
        int year,
        IReadOnlyList<HolidayDefinition> holidays,
        IReadOnlyDictionary<DateOnly, SpecialDay> specials,
        IReadOnlyList<MartialLawPeriod> martialLaw)
    {
        var builder = new YearTableBuilder(specials, martialLaw);

        // Neighbouring years too: a late-December holiday may move its day off into January, and a
        // transfer must not land on a holiday of the next year.
        for (int y = Math.Max(1, year - 1); y <= Math.Min(9999, year + 1); y++)
        {
            builder.AddHolidays(y, holidays);
        }

        builder.TransferWeekendHolidays();

        var first = new DateOnly(year, 1, 1);
        var days = new DayInfo[DateTime.IsLeapYear(year) ? 366 : 365];
        for (int i = 0; i < days.Length; i++)
        {
            days[i] = builder.Describe(first.AddDays(i));
        }

        return new YearTable(year, days);
    }

    private void AddHolidays(int year, IReadOnlyList<HolidayDefinition> holidays)
    {
        foreach (var holiday in holidays)
        {
            if (holiday.DateIn(year) is not DateOnly date)
            {
                continue;
            }

            if (!_holidays.TryGetValue(date, out var onThatDay))
            {
                _holidays[date] = onThatDay = [];
            }

            if (!onThatDay.Exists(h => h.Name == holiday.Name))
            {
                onThatDay.Add(holiday);
            }
        }
    }

    // Art. 67 part 3: a holiday on a weekend moves the day off to the next day after it that is a
    // weekday, not itself a holiday and not already taken by another transfer. One weekend day moves
    // once, even if two holidays fall on it. Not applied under martial law (Law 2136-IX art. 6).
    private void TransferWeekendHolidays()
    {
        foreach (var date in _holidays.Keys)
        {
            if (!IsWeekend(date) || _specials.ContainsKey(date) || MartialLawOn(date) is not null)
            {
                continue;
            }

            var target = date.AddDays(1);
            while (IsWeekend(target) || _holidays.ContainsKey(target) || _transferredFrom.ContainsKey(target) || _specials.ContainsKey(target))
            {
                target = target.AddDays(1);
            }

            if (MartialLawOn(target) is null)
            {
                _transferredFrom[target] = date;
            }
        }
    }

    private DayInfo Describe(DateOnly date)
    {
        if (_specials.TryGetValue(date, out var special))
        {
            return special.Kind == SpecialDayKind.WorkingDay
                ? new DayInfo(date, true, DayKind.TransferredWorkingDay, special.Reason)
                : new DayInfo(date, false, DayKind.GovernmentDayOff, special.Reason);
        }

        bool weekend = IsWeekend(date);
        if (_holidays.TryGetValue(date, out var holidays))
        {
            if (MartialLawOn(date) is MartialLawPeriod period)
            {
                return weekend
                    ? new DayInfo(date, false, DayKind.Weekend, $"{Uk.Weekday(date.DayOfWeek)}; святковий день {Names(holidays)} — під час воєнного стану вихідний не переноситься ({period.Source})")
                    : new DayInfo(date, true, DayKind.WorkingHolidayUnderMartialLaw, $"святковий день {Names(holidays)} — робочий під час воєнного стану ({period.Source})");
            }

            return new DayInfo(date, false, DayKind.Holiday, string.Join("; ", holidays.Select(h => $"{h.Name} ({h.Source})")));
        }

        if (_transferredFrom.TryGetValue(date, out var holiday))
        {
            return new DayInfo(date, false, DayKind.TransferredDayOff, $"перенесений вихідний за {Uk.Accusative(Names(_holidays[holiday]))} {Uk.Date(holiday)} ({Art67})");
        }

        return weekend
            ? new DayInfo(date, false, DayKind.Weekend, Uk.Weekday(date.DayOfWeek))
            : new DayInfo(date, true, DayKind.Working, "робочий день");
    }

    private MartialLawPeriod? MartialLawOn(DateOnly date)
    {
        foreach (var period in _martialLaw)
        {
            if (period.Contains(date))
            {
                return period;
            }
        }

        return null;
    }

    private static string Names(List<HolidayDefinition> holidays) => string.Join(" та ", holidays.Select(h => h.Name));

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
