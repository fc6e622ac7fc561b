namespace Ratusha.Calendar;

/// <summary>One day of the working calendar; <paramref name="Reason"/> is in Ukrainian.</summary>
public sealed record DayInfo(DateOnly Date, bool IsWorking, DayKind Kind, string Reason);
