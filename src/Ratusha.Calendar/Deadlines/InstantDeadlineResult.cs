namespace Ratusha.Calendar;

/// <summary>A deadline counted in hours from an instant.</summary>
public sealed record InstantDeadlineResult(
    TermRule Rule,
    DateTimeOffset Start,
    DateTimeOffset Due,
    IReadOnlyList<string> Explanation);
