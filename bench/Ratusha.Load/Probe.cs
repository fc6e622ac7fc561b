using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace Ratusha.Load;

/// <summary>
/// Latency of lists as a signed-in user sees them: logs in once (the session cookie), then per URL a warm-up and
/// <see cref="ProbeOptions.Requests"/> timed GETs with <see cref="ProbeOptions.Concurrency"/> in flight. A request's
/// time runs from sending to the last byte of the body. Anything but 200 counts as an error.
/// </summary>
internal static class Probe
{
    public static async Task<int> RunAsync(ProbeOptions o)
    {
        using var http = new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false, // a redirect to /login means the session is gone: an error, not a fast page
            MaxConnectionsPerServer = o.Concurrency,
        })
        { BaseAddress = o.BaseUrl, Timeout = TimeSpan.FromMinutes(2) };

        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { userName = o.User, password = o.Password });
        if (login.StatusCode != HttpStatusCode.NoContent)
        {
            Console.Error.WriteLine($"Log-in as {o.User} failed: {(int)login.StatusCode} {await login.Content.ReadAsStringAsync()}");
            return 1;
        }

        Console.WriteLine($"| {o.Label}: URL | requests | errors | p50 ms | p95 ms | p99 ms | max ms | req/s |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var failed = false;
        foreach (var (name, path) in o.Urls)
        {
            for (var i = 0; i < o.Warmup; i++) await TimeOneAsync(http, path);
            var (times, errors, wall) = await MeasureAsync(http, path, o.Requests, o.Concurrency);
            Array.Sort(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {times.Length} | {errors} | {At(times, 50):F1} | {At(times, 95):F1} | {At(times, 99):F1} | {times[^1]:F1} | {times.Length / wall.TotalSeconds:F1} |"));
            failed |= errors > 0;
        }
        return failed ? 1 : 0;
    }

    private static async Task<(double[] Times, int Errors, TimeSpan Wall)> MeasureAsync(HttpClient http, string path, int requests, int concurrency)
    {
        var times = new double[requests];
        var next = -1;
        var errors = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < requests; i = Interlocked.Increment(ref next))
            {
                var (ms, ok) = await TimeOneAsync(http, path);
                times[i] = ms;
                if (!ok) Interlocked.Increment(ref errors);
            }
        }));
        return (times, errors, wall.Elapsed);
    }

    private static async Task<(double Ms, bool Ok)> TimeOneAsync(HttpClient http, string path)
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return (ms, response.StatusCode == HttpStatusCode.OK);
    }

    /// <summary>The nearest-rank percentile of sorted times.</summary>
    private static double At(double[] sorted, int percentile) =>
        sorted[Math.Max(0, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];
}
