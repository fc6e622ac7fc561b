namespace Ratusha.Calendar;

/// <summary>A non-working day passed over while computing a deadline, with the reason in Ukrainian.</summary>
public sealed record SkippedDay(DateOnly Date, string Reason);
