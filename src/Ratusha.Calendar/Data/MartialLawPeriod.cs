namespace Ratusha.Calendar;

/// <summary>
/// A period of martial law. Inside it art. 73 holidays are ordinary working days and the art. 67
/// part 3 weekend transfer is not applied (Law 2136-IX art. 6). <paramref name="To"/> null = no end yet.
/// </summary>
public sealed record MartialLawPeriod(DateOnly From, DateOnly? To, string Source)
{
    public bool Contains(DateOnly date) => date >= From && (To is not DateOnly to || date <= to);
}
