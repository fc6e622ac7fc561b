namespace Ratusha.Calendar;

/// <summary>
/// A computed deadline. <paramref name="Explanation"/> is a list of Ukrainian lines (rule and source,
/// start, first day of counting, end before roll-forward, each skipped day and why, final due date).
/// For results of <see cref="Deadline"/> the two lists are built on first read, so computing a date
/// costs one allocation. Two results are equal when their dates and lists are equal.
/// </summary>
public sealed record DeadlineResult(
    TermRule Rule,
    DateOnly Start,
    DateOnly UnadjustedEnd,
    DateOnly Due,
    IReadOnlyList<SkippedDay> Skipped,
    IReadOnlyList<string> Explanation)
{
    private readonly WorkingCalendar? _calendar;
    private readonly string? _name;
    private readonly string? _source;
    private IReadOnlyList<SkippedDay>? _skipped = Skipped;
    private IReadOnlyList<string>? _explanation = Explanation;

    internal DeadlineResult(TermRule rule, DateOnly start, TermDates dates, WorkingCalendar calendar, string? name, string? source)
        : this(rule, start, dates.UnadjustedEnd, dates.Due, null!, null!)
    {
        _calendar = calendar;
        _name = name;
        _source = source;
    }

    public IReadOnlyList<SkippedDay> Skipped
    {
        get => Volatile.Read(ref _skipped) ?? Publish(ref _skipped, _calendar is null ? [] : Array.AsReadOnly(Rule.Skipped(Start, _calendar)));
        init => _skipped = value;
    }

    public IReadOnlyList<string> Explanation
    {
        get => Volatile.Read(ref _explanation) ?? Publish(ref _explanation, _calendar is null ? [] : ExplanationText.Build(Rule, Start, _calendar, _name, _source));
        init => _explanation = value;
    }

    public bool Equals(DeadlineResult? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Rule == other.Rule && Start == other.Start && UnadjustedEnd == other.UnadjustedEnd && Due == other.Due
                && Skipped.SequenceEqual(other.Skipped) && Explanation.SequenceEqual(other.Explanation)));

    public override int GetHashCode() => HashCode.Combine(Rule, Start, UnadjustedEnd, Due);

    private static IReadOnlyList<T> Publish<T>(ref IReadOnlyList<T>? field, IReadOnlyList<T> built) =>
        Interlocked.CompareExchange(ref field, built, null) ?? built;
}
