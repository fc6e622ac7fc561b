using System.Diagnostics;
using System.Globalization;

namespace Ratusha.Features.Demo;

/// <summary>
/// The frame of the bulk seed commands (<c>seed-appeals</c>, <c>seed-documents</c>): <c>--count N [--random-seed S]</c>
/// arrive as configuration keys like every other switch; the demo council is seeded first (the officials and log-ins
/// the rows refer to); the time taken is printed with the random seed, so that the same rows can be made again.
/// </summary>
internal static class SeedCommand
{
    public delegate Task Seed(IServiceProvider services, int count, int randomSeed, TextWriter progress);

    /// <param name="items">What is added, in the genitive plural («звернень», «документів»).</param>
    public static async Task<int> RunAsync(WebApplication app, string command, string items, Seed seed)
    {
        var count = app.Configuration.GetValue("count", 0);
        if (count <= 0)
        {
            Console.Error.WriteLine($"Вкажіть, скільки {items} додати: {command} --count 100000 [--random-seed 7]");
            return 2;
        }
        var randomSeed = app.Configuration.GetValue("random-seed", Environment.TickCount & 0xFFFF);
        await using var scope = app.Services.CreateAsyncScope();
        await DemoData.SeedAsync(scope.ServiceProvider, app.Configuration, app.Logger);
        var watch = Stopwatch.StartNew();
        await seed(scope.ServiceProvider, count, randomSeed, Console.Out);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Додано {count:N0} {items} за {watch.Elapsed:hh\\:mm\\:ss} (--random-seed {randomSeed})."));
        return 0;
    }
}
