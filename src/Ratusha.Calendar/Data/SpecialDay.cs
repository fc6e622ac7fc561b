namespace Ratusha.Calendar;

public enum SpecialDayKind
{
    WorkingDay,
    DayOff,
}

/// <summary>A working day or day off set by the government (transfer of working days). Always wins over the computed kind of the day.</summary>
public sealed record SpecialDay(DateOnly Date, SpecialDayKind Kind, string Reason);
