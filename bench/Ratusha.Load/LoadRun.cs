using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Ratusha.Load;

/// <summary>
/// <c>load</c>: <see cref="LoadOptions.Clients"/> simulated clients register appeals through the API, write
/// resolutions, answer, open the start page and search, in the proportions of the mix, until
/// <see cref="LoadOptions.Count"/> registrations are acknowledged (or attempted) or the duration runs out. Every
/// registration carries a submission key; when the answer is lost (a 5xx, a reset connection, a timeout) the same
/// registration is sent again with the same key, so that it is registered once however often it is sent. The
/// acknowledged registrations (201) go to the acknowledgement file for the checker to compare with the database.
/// </summary>
internal static class LoadRun
{
    private static readonly string[] Surnames = ["Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Шевчук", "Поліщук", "Мельник", "Савченко", "Руденко", "Іваненко", "Гончар"];
    private static readonly string[] Names = ["Олена", "Іван", "Марія", "Петро", "Наталія", "Андрій", "Оксана", "Сергій"];
    private static readonly string[] Streets = ["вул. Соборна", "вул. Центральна", "вул. Гетьманська", "просп. Миру", "вул. Шевченка", "вул. Паланочна"];
    private static readonly string[] Words = ["опалення", "освітлення", "Шевченка", "сміттєзвалище", "майданчик", "водопостачання"];
    private static readonly string[] Topics = ["01", "02", "03", "04", "05", "06", "07", "08", "09"];

    public static async Task<int> RunAsync(LoadOptions o)
    {
        using var registrar = Client(o);
        using var deputy = Client(o);
        using var executor = Client(o);
        foreach (var (client, user) in new[] { (registrar, "registrar"), (deputy, "deputy"), (executor, "executor") })
        {
            var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password = o.Password });
            if (login.StatusCode != HttpStatusCode.NoContent)
            {
                Console.Error.WriteLine($"Log-in as {user} failed: {(int)login.StatusCode} {await login.Content.ReadAsStringAsync()}");
                return 1;
            }
        }
        var officials = await deputy.GetFromJsonAsync<JsonElement[]>("/api/v1/officials/") ?? [];
        Guid Official(string surname) => officials.First(x => x.GetProperty("surname").GetString() == surname).GetProperty("id").GetGuid();
        var lead = Official("Олійник"); // the demo executor
        var controller = Official("Кравчук");

        var run = new State(o, lead, controller);
        await using var acks = o.AcksPath is null ? null : new StreamWriter(o.AcksPath, false, new UTF8Encoding(false));
        acks?.WriteLine("id;card_id;index;submission_key");

        using var stop = new CancellationTokenSource(o.Duration);
        var wall = Stopwatch.StartNew();
        var progress = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try { await Task.Delay(TimeSpan.FromSeconds(10), stop.Token); } catch (OperationCanceledException) { break; }
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{wall.Elapsed.TotalSeconds,6:F0} s: {run.Acknowledged} registrations acknowledged, {run.Stats.Values.Sum(s => s.FiveXx)} 5xx, {run.Stats.Values.Sum(s => s.Errors)} lost answers"));
            }
        });
        await Task.WhenAll(Enumerable.Range(0, o.Clients).Select(i => Task.Run(async () =>
        {
            var rng = new Random(i * 7919 + 17);
            while (!stop.IsCancellationRequested)
            {
                var op = run.Pick(rng);
                var done = op switch
                {
                    Operation.Register => await RegisterAsync(run, registrar, rng, acks),
                    Operation.Resolve => await ResolveAsync(run, deputy),
                    Operation.Answer => await AnswerAsync(run, executor, rng),
                    Operation.Start => await GetAsync(run, Operation.Start, executor, "/"),
                    _ => await GetAsync(run, Operation.Search, executor, "/api/v1/appeals?q=" + Uri.EscapeDataString(Words[rng.Next(Words.Length)])),
                };
                if (!done) break;
            }
        })));
        var elapsed = wall.Elapsed;
        var timedOut = stop.IsCancellationRequested && run.Tickets < o.Count;
        await stop.CancelAsync();
        await progress;
        if (acks is not null) await acks.FlushAsync();

        Report(run, elapsed, o);
        var refused = run.Stats.Values.Sum(s => s.FourXx);
        var faults = run.Stats.Values.Sum(s => s.FiveXx + s.Errors);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"registrations: {run.Acknowledged} acknowledged of {Math.Min(run.Tickets, o.Count)} attempted{(timedOut ? " (the duration ran out)" : "")}; {run.GaveUp} given up after {o.Retries} retries"));
        // A 4xx is a bug of the load or of the host; a 5xx or a lost answer only under a fault the caller made on purpose.
        // A 500 is an error the host did not expect, whatever the fault: a database away must be a 503 (retry), not a 500.
        var unexpected = run.Stats.Values.Sum(s => s.ServerErrors.GetValueOrDefault(500) + s.BareUnavailable);
        return refused > 0 || run.GaveUp > 0 || unexpected > 0 || (faults > 0 && !o.TolerateFaults) ? 1 : 0;
    }

    private static HttpClient Client(LoadOptions o) => new(new SocketsHttpHandler
    {
        CookieContainer = new CookieContainer(),
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = o.Clients,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    { BaseAddress = o.BaseUrl, Timeout = o.RequestTimeout };

    /// <summary>One registration, sent again with the same submission key while its answer is lost.</summary>
    private static async Task<bool> RegisterAsync(State run, HttpClient http, Random rng, StreamWriter? acks)
    {
        if (!run.TakeTicket()) return false;
        var key = Guid.NewGuid();
        var surname = Surnames[rng.Next(Surnames.Length)];
        var body = new Dictionary<string, object?>
        {
            ["channel"] = "1.1",
            ["type"] = "3.2",
            ["sign"] = "2.1",
            ["subject"] = "5.1",
            ["surname"] = surname,
            ["givenName"] = Names[rng.Next(Names.Length)],
            ["address"] = $"{Streets[rng.Next(Streets.Length)]}, {rng.Next(1, 120)}",
            ["topic"] = Topics[rng.Next(Topics.Length)],
            ["text"] = $"Прошу вирішити питання: {Words[rng.Next(Words.Length)]} біля будинку № {rng.Next(1, 200)}.",
            ["submissionKey"] = key,
        };
        for (var attempt = 0; attempt <= run.Options.Retries; attempt++)
        {
            var (status, json) = await SendAsync(run, Operation.Register, () => http.PostAsJsonAsync("/api/v1/appeals/", body, CancellationToken.None), readJson: true);
            if (status == HttpStatusCode.Created && json is { } appeal)
            {
                var id = appeal.GetProperty("id").GetGuid();
                run.Registered.Enqueue(id);
                run.Acknowledge();
                if (acks is not null)
                {
                    var line = $"{id};{appeal.GetProperty("cardId").GetGuid()};{appeal.GetProperty("index").GetString()};{key}";
                    lock (acks) acks.WriteLine(line);
                }
                return true;
            }
            // Refused: counted, not retried — except a conflict on a re-send, whose first sending may still be committing
            // under the same submission key (its answer was lost to a timeout): the next re-send finds it.
            if (status is not null && (int)status < 500 && !(status == HttpStatusCode.Conflict && attempt > 0)) return true;
            if (attempt < run.Options.Retries) await Pause(attempt);
        }
        Interlocked.Increment(ref run.GaveUp);
        return true;
    }

    private static async Task<bool> ResolveAsync(State run, HttpClient http)
    {
        if (!run.Registered.TryDequeue(out var id)) return await GetAsync(run, Operation.Start, http, "/");
        var body = new Dictionary<string, object?>
        {
            ["text"] = "Розглянути і відповісти заявнику.",
            ["leadExecutorId"] = run.Lead,
            ["coExecutorIds"] = Array.Empty<Guid>(),
            ["controllerId"] = run.Controller,
        };
        var (status, _) = await SendAsync(run, Operation.Resolve, () => http.PostAsJsonAsync($"/api/v1/appeals/{id}/resolution", body, CancellationToken.None));
        if (status == HttpStatusCode.Created) run.Resolved.Enqueue(id);
        return true;
    }

    private static async Task<bool> AnswerAsync(State run, HttpClient http, Random rng)
    {
        if (!run.Resolved.TryDequeue(out var id)) return await GetAsync(run, Operation.Search, http, "/api/v1/appeals?q=" + Uri.EscapeDataString(Words[rng.Next(Words.Length)]));
        var body = new { text = "Питання вирішено: роботи виконано.", result = "9.1" };
        await SendAsync(run, Operation.Answer, () => http.PostAsJsonAsync($"/api/v1/appeals/{id}/answer", body, CancellationToken.None));
        return true;
    }

    private static async Task<bool> GetAsync(State run, Operation op, HttpClient http, string path)
    {
        if (!run.Registering && run.Options.Mix.GetValueOrDefault(Operation.Register) == 0 && !run.TakeTicket()) return false;
        await SendAsync(run, op, () => http.GetAsync(path, HttpCompletionOption.ResponseContentRead, CancellationToken.None));
        return true;
    }

    /// <summary>Sends one request and times it to the last byte; a lost answer (reset, timeout) has no status.</summary>
    private static async Task<(HttpStatusCode? Status, JsonElement? Json)> SendAsync(State run, Operation op, Func<Task<HttpResponseMessage>> send, bool readJson = false)
    {
        var stats = run.Stats[op];
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await send();
            JsonElement? json = null;
            if (readJson && response.IsSuccessStatusCode) json = await response.Content.ReadFromJsonAsync<JsonElement>();
            else await response.Content.ReadAsByteArrayAsync();
            stats.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds, (int)response.StatusCode,
                response.Content.Headers.ContentType?.MediaType == "application/problem+json");
            return (response.StatusCode, json);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or JsonException)
        {
            stats.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds, 0);
            return (null, null);
        }
    }

    /// <summary>Backs off before sending again: 100 ms doubling to 2 s, so that a restarting database is not hammered.</summary>
    private static Task Pause(int attempt) =>
        Task.Delay(TimeSpan.FromMilliseconds(Math.Min(2000, 100 << Math.Min(attempt, 5))));

    private static void Report(State run, TimeSpan elapsed, LoadOptions o)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{o.Clients} clients, {elapsed.TotalSeconds:F1} s, against {o.BaseUrl}"));
        Console.WriteLine("| operation | requests | 2xx | 4xx | 5xx | lost | p50 ms | p95 ms | p99 ms | max ms | req/s |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (op, s) in run.Stats.OrderBy(x => x.Key))
        {
            var times = s.Times.ToArray();
            if (times.Length == 0) continue;
            Array.Sort(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {op.ToString().ToLowerInvariant()} | {times.Length} | {s.TwoXx} | {s.FourXx} | {s.FiveXx} | {s.Errors} | {At(times, 50):F1} | {At(times, 95):F1} | {At(times, 99):F1} | {times[^1]:F1} | {times.Length / elapsed.TotalSeconds:F1} |"));
        }
        var byStatus = run.Stats.Values.SelectMany(s => s.ServerErrors).GroupBy(e => e.Key).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}×{g.Sum(e => e.Value)}").ToList();
        Console.WriteLine($"5xx by status: {(byStatus.Count == 0 ? "none" : string.Join(", ", byStatus))}; 503 without problem details: {run.Stats.Values.Sum(s => s.BareUnavailable)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"registrations acknowledged per second: {run.Acknowledged / elapsed.TotalSeconds:F1}"));
    }

    /// <summary>The nearest-rank percentile of sorted times.</summary>
    private static double At(double[] sorted, int percentile) =>
        sorted[Math.Max(0, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];

    private sealed class State(LoadOptions o, Guid lead, Guid controller)
    {
        private readonly (Operation Op, int Upto)[] wheel = BuildWheel(o.Mix);
        private int tickets;
        private int acknowledged;
        public int GaveUp;

        public LoadOptions Options { get; } = o;
        public Guid Lead { get; } = lead;
        public Guid Controller { get; } = controller;
        public ConcurrentQueue<Guid> Registered { get; } = new();
        public ConcurrentQueue<Guid> Resolved { get; } = new();
        public Dictionary<Operation, OpStats> Stats { get; } = Enum.GetValues<Operation>().ToDictionary(op => op, _ => new OpStats());
        public int Tickets => Volatile.Read(ref tickets);
        public int Acknowledged => Volatile.Read(ref acknowledged);

        /// <summary>Whether registrations drive the end of the run (the mix registers).</summary>
        public bool Registering => Options.Mix.GetValueOrDefault(Operation.Register) > 0;

        /// <summary>A place among the <see cref="LoadOptions.Count"/> registrations (or operations); false once all are taken.</summary>
        public bool TakeTicket() => Interlocked.Increment(ref tickets) <= Options.Count;

        public void Acknowledge() => Interlocked.Increment(ref acknowledged);

        public Operation Pick(Random rng)
        {
            var x = rng.Next(wheel[^1].Upto);
            foreach (var (op, upto) in wheel) if (x < upto) return op;
            return wheel[^1].Op;
        }

        private static (Operation, int)[] BuildWheel(IReadOnlyDictionary<Operation, int> mix)
        {
            var sum = 0;
            return [.. mix.Where(m => m.Value > 0).OrderBy(m => m.Key).Select(m => (m.Key, sum += m.Value))];
        }
    }

    private sealed class OpStats
    {
        private readonly Lock gate = new();
        public List<double> Times { get; } = [];
        public int TwoXx, FourXx, FiveXx, Errors;

        /// <summary>The 5xx answers by status: 502 from nginx for a request a killed instance held, 503 for a database away.</summary>
        public SortedDictionary<int, int> ServerErrors { get; } = [];

        /// <summary>503 answers that were not RFC 9457 problem details (a client could not tell why, or when to retry).</summary>
        public int BareUnavailable;

        public void Add(double ms, int status, bool problem = false)
        {
            lock (gate)
            {
                Times.Add(ms);
                switch (status)
                {
                    case 0: Errors++; break;
                    case < 300: TwoXx++; break;
                    case < 500: FourXx++; break;
                    default:
                        FiveXx++;
                        ServerErrors[status] = ServerErrors.GetValueOrDefault(status) + 1;
                        if (status == 503 && !problem) BareUnavailable++;
                        break;
                }
            }
        }
    }
}
