using BenchmarkDotNet.Attributes;
using Ratusha.Calendar;

namespace Ratusha.Benchmarks;

/// <summary>
/// One deadline computation against <see cref="DateOnly.AddDays"/>. Each invocation runs over 1,024
/// start dates (every other day of 2021–2026), so roll-forward and year changes happen as in real
/// use, and the figures are per computation.
/// </summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private const int Starts = 1024;

    private readonly DateOnly[] _starts = new DateOnly[Starts];
    private readonly WorkingCalendar _calendar = WorkingCalendar.Ukraine;
    private readonly LegalTerm _appeal = LegalTerms.Find("appeal")!;
    private readonly TermRule _fiveWorkingDays = new WorkingDays(5);

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
            _ = Deadline.DueDate(new CalendarDays(60), start, _calendar);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Starts, Description = "DateOnly.AddDays(30)")]
    public int AddDays()
    {
        int sum = 0;
        foreach (var start in _starts)
        {
            sum += start.AddDays(30).DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Starts, Description = "Deadline.For(LegalTerms.Find(\"appeal\"), …)")]
    public int AppealWithLookup()
    {
        int sum = 0;
        foreach (var start in _starts)
        {
            sum += Deadline.For(LegalTerms.Find("appeal")!, start, WorkingCalendar.Ukraine).Due.DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Starts, Description = "Deadline.For(appeal, …)")]
    public int Appeal()
    {
        int sum = 0;
        foreach (var start in _starts)
        {
            sum += Deadline.For(_appeal, start, _calendar).Due.DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Starts, Description = "Deadline.For(WorkingDays(5), …)")]
    public int FiveWorkingDays()
    {
        int sum = 0;
        foreach (var start in _starts)
        {
            sum += Deadline.For(_fiveWorkingDays, start, _calendar).Due.DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Starts, Description = "Deadline.DueDate(appeal rule, …)")]
    public int AppealDueDate()
    {
        int sum = 0;
        foreach (var start in _starts)
        {
            sum += Deadline.DueDate(_appeal.Rule, start, _calendar).DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Starts, Description = "Deadline.DueDate(WorkingDays(5), …)")]
    public int FiveWorkingDaysDueDate()
    {
        int sum = 0;
        foreach (var start in _starts)
        {
            sum += Deadline.DueDate(_fiveWorkingDays, start, _calendar).DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Starts, Description = "Deadline.For(appeal, …) + explanation text")]
    public int AppealWithExplanation()
    {
        int sum = 0;
        foreach (var start in _starts)
        {
            sum += Deadline.For(_appeal, start, _calendar).Explanation.Count;
        }

        return sum;
    }
}
