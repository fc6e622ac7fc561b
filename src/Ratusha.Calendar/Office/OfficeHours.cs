namespace Ratusha.Calendar;

/// <summary>Office hours in local time of <paramref name="TimeZoneId"/> (§8.1).</summary>
public sealed record OfficeHours(
    TimeOnly Opens,
    TimeOnly ClosesMonToThu,
    TimeOnly ClosesFriday,
    TimeOnly BreakStarts,
    TimeOnly BreakEnds,
    string TimeZoneId)
{
    private const string Clauses = "п. 3.1.4, 5.3.3 Регламенту";

    /// <summary>§8.1: 08:00–17:00, Friday to 15:45, lunch break 12:00–12:45, Kyiv time.</summary>
    public static OfficeHours Default { get; } = new(
        new TimeOnly(8, 0),
        new TimeOnly(17, 0),
        new TimeOnly(15, 45),
        new TimeOnly(12, 0),
        new TimeOnly(12, 45),
        TimeZones.KyivId);

    public bool IsWorkingTime(DateTimeOffset instant, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var (day, time) = Local(instant);
        return calendar.IsWorkingDay(day) && time >= Opens && time < ClosesOn(day) && !InBreak(time);
    }

    /// <summary>
    /// Received in working time: that day. Otherwise the first working-time moment after receipt decides:
    /// before opening or in the lunch break of a working day — that day; after closing or on a
    /// non-working day — the next working day.
    /// </summary>
    public RegistrationDay RegistrationDayFor(DateTimeOffset receivedAt, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var (day, time) = Local(receivedAt);
        var lines = new List<string>(6)
        {
            $"Надійшло: {Uk.DateWithWeekday(day)} о {Uk.Time(time)} (час установи, {TimeZoneId}).",
            $"Робочий час (п. 8.1 Регламенту): {Uk.Time(Opens)}–{Uk.Time(ClosesMonToThu)}, у п’ятницю до {Uk.Time(ClosesFriday)}, обідня перерва {Uk.Time(BreakStarts)}–{Uk.Time(BreakEnds)}.",
        };

        if (IsWorkingTime(receivedAt, calendar))
        {
            lines.Add($"Надійшло в робочий час — реєструється в день надходження ({Clauses}).");
            return Result(day, true, lines);
        }

        var info = calendar.Describe(day);
        if (info.IsWorking && time < Opens)
        {
            lines.Add($"Надійшло до початку робочого дня — реєструється цього ж дня, щойно почнеться робочий час ({Clauses}).");
            return Result(day, false, lines);
        }

        if (info.IsWorking && InBreak(time))
        {
            lines.Add($"Надійшло під час обідньої перерви — реєструється цього ж дня після перерви ({Clauses}).");
            return Result(day, false, lines);
        }

        lines.Add(info.IsWorking
            ? $"Надійшло після закінчення робочого дня ({Uk.Time(ClosesOn(day))}) — реєструється наступного робочого дня ({Clauses})."
            : $"Надійшло в неробочий день ({info.Reason}) — реєструється наступного робочого дня ({Clauses}).");
        var next = calendar.NextWorkingDay(day);
        RollForward.ExplainSkipped(calendar.NonWorkingBetween(day.AddDays(1), next), lines);
        return Result(next, false, lines);
    }

    private static RegistrationDay Result(DateOnly date, bool inWorkingTime, List<string> lines)
    {
        lines.Add($"Дата реєстрації: {Uk.DateWithWeekday(date)}.");
        return new RegistrationDay(date, inWorkingTime, lines.AsReadOnly());
    }

    private (DateOnly Day, TimeOnly Time) Local(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, TimeZones.Find(TimeZoneId)).DateTime;
        return (DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    // A working Saturday set by the government keeps the Monday–Thursday hours.
    private TimeOnly ClosesOn(DateOnly day) => day.DayOfWeek == DayOfWeek.Friday ? ClosesFriday : ClosesMonToThu;

    private bool InBreak(TimeOnly time) => time >= BreakStarts && time < BreakEnds;
}
