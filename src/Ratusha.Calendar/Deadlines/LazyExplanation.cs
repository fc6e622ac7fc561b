using System.Collections;

namespace Ratusha.Calendar;

/// <summary>
/// The explanation of a deadline, formatted on first access (thread-safe): computing a deadline stays
/// cheap, and the text is built only when someone reads it.
/// </summary>
internal sealed class LazyExplanation(TermRule rule, DateOnly start, WorkingCalendar calendar, string? name, string? source)
    : IReadOnlyList<string>
{
    private string[]? _lines;

    public int Count => Lines.Length;

    public string this[int index] => Lines[index];

    private string[] Lines => Volatile.Read(ref _lines) ?? Materialize();

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Lines).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(Environment.NewLine, Lines);

    private string[] Materialize()
    {
        var lines = new List<string>(12)
        {
            name is null ? $"Правило: {rule.Describe()}." : $"{name}: {rule.Describe()}.",
        };
        if (!string.IsNullOrWhiteSpace(source))
        {
            lines.Add($"Підстава: {source}.");
        }

        rule.Explain(start, calendar, lines);
        lines.Add($"Кінцевий строк: {Uk.DateWithWeekday(rule.Due(start, calendar))}.");

        var built = lines.ToArray();
        return Interlocked.CompareExchange(ref _lines, built, null) ?? built;
    }
}
