namespace Ratusha.Calendar;

/// <summary>A rule for computing a term. Rules are values; <see cref="Deadline"/> applies them.</summary>
public abstract record TermRule
{
    private protected TermRule()
    {
    }

    /// <summary>The rule in Ukrainian, e.g. "30 календарних днів".</summary>
    public abstract string Describe();

    /// <summary>The end before roll-forward and the due date: the hot path, no allocation.</summary>
    internal abstract TermDates Dates(DateOnly start, WorkingCalendar calendar);

    /// <summary>The non-working days passed over, each with its reason.</summary>
    internal abstract SkippedDay[] Skipped(DateOnly start, WorkingCalendar calendar);

    /// <summary>Appends the rule's own explanation lines (start, counting, end, skipped days).</summary>
    internal abstract void Explain(DateOnly start, WorkingCalendar calendar, List<string> lines);

    private protected static int Positive(int value, string name) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, "Кількість має бути не менше 1.");

    private protected static int NotNegative(int value, string name) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "Кількість не може бути від’ємною.");
}

/// <summary>The end of a term before roll-forward, and the due date.</summary>
internal readonly record struct TermDates(DateOnly UnadjustedEnd, DateOnly Due);
