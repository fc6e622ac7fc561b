using BenchmarkDotNet.Attributes;
using Ratusha.Calendar;

namespace Ratusha.Benchmarks;

/// <summary>
/// One deadline computation against <see cref="DateOnly.AddDays"/>. Start dates cycle through 1,024
/// days of 2021–2026 so that roll-forward and year changes happen as in real use.
/// </summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private const int Mask = 1023;

    private readonly DateOnly[] _starts = new DateOnly[Mask + 1];
    private readonly WorkingCalendar _calendar = WorkingCalendar.Ukraine;
    private readonly TermRule _fiveWorkingDays = new WorkingDays(5);
    private int _i;

    [GlobalSetup]
    public void Setup()
    {
        var first = new DateOnly(2021, 1, 1);
        for (int i = 0; i < _starts.Length; i++)
        {
            _starts[i] = first.AddDays(i * 2);
        }

        // Build the year tables before measuring: the first use of a year is a one-off cost.
        foreach (var start in _starts)
        {
            _ = Deadline.For(new CalendarDays(60), start, _calendar);
        }
    }

    private DateOnly Next() => _starts[_i++ & Mask];

    [Benchmark(Baseline = true, Description = "DateOnly.AddDays(30)")]
    public DateOnly AddDays() => Next().AddDays(30);

    [Benchmark(Description = "Deadline.DueDate(appeal) — date only")]
    public DateOnly AppealDueDate() => Deadline.DueDate(LegalTerms.Find("appeal")!.Rule, Next(), _calendar);

    [Benchmark(Description = "Deadline.For(appeal) — full result")]
    public DeadlineResult Appeal() => Deadline.For(LegalTerms.Find("appeal")!, Next(), WorkingCalendar.Ukraine);

    [Benchmark(Description = "Deadline.For(WorkingDays(5)) — full result")]
    public DeadlineResult WorkingDays5() => Deadline.For(_fiveWorkingDays, Next(), _calendar);

    [Benchmark(Description = "Deadline.For(appeal) + explanation text")]
    public int AppealWithExplanation() => Deadline.For(LegalTerms.Find("appeal")!, Next(), _calendar).Explanation.Count;
}
