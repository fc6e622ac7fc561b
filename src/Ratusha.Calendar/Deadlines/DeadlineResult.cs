namespace Ratusha.Calendar;

/// <summary>
/// A computed deadline. <paramref name="Explanation"/> is a list of Ukrainian lines (rule and source,
/// start, first day of counting, end before roll-forward, each skipped day and why, final due date),
/// formatted on first access.
/// </summary>
public sealed record DeadlineResult(
    TermRule Rule,
    DateOnly Start,
    DateOnly UnadjustedEnd,
    DateOnly Due,
    IReadOnlyList<SkippedDay> Skipped,
    IReadOnlyList<string> Explanation);
