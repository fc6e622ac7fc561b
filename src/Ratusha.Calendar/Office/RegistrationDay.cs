namespace Ratusha.Calendar;

/// <summary>The day an incoming item is registered (§3.1.4, §5.3.3), with the explanation in Ukrainian.</summary>
public sealed record RegistrationDay(DateOnly Date, bool ReceivedInWorkingTime, IReadOnlyList<string> Explanation);
