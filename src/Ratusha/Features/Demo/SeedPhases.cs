using System.Diagnostics;
using System.Globalization;

namespace Ratusha.Features.Demo;

/// <summary>
/// Where the time of a bulk seed goes: the wall time of each phase (generation, the COPY of each table, each index,
/// the tallies, ANALYZE), added up over the batches and printed at the end, so that a slow seed says what is slow.
/// Phases that run side by side each count their own wall time.
/// </summary>
internal sealed class SeedPhases
{
    private readonly Lock gate = new();
    private readonly List<string> order = [];
    private readonly Dictionary<string, TimeSpan> spent = [];

    public void Add(string phase, TimeSpan elapsed)
    {
        lock (gate)
        {
            if (!spent.ContainsKey(phase)) order.Add(phase);
            spent[phase] = spent.GetValueOrDefault(phase) + elapsed;
        }
    }

    public async Task TimeAsync(string phase, Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        Add(phase, watch.Elapsed);
    }

    public T Time<T>(string phase, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        Add(phase, watch.Elapsed);
        return result;
    }

    public void Print(TextWriter progress)
    {
        lock (gate)
        {
            progress.WriteLine("  час за етапами (стіна; паралельні етапи рахуються кожен окремо):");
            foreach (var phase in order)
                progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {phase,-58} {spent[phase]:hh\\:mm\\:ss\\.f}"));
        }
    }
}
