using System.Globalization;

namespace Ratusha.Load;

/// <summary>
/// What a <c>load</c> run does and how hard. Bounded on purpose: loopback only, at most <see cref="MaxCount"/>
/// registrations (or operations), <see cref="MaxClients"/> clients and <see cref="MaxDuration"/>.
/// </summary>
internal sealed record LoadOptions(
    Uri BaseUrl, string Password, int Clients, int Count, TimeSpan Duration, IReadOnlyDictionary<Operation, int> Mix,
    string? AcksPath, int Retries, bool TolerateFaults, TimeSpan RequestTimeout)
{
    public const int MaxCount = 1_000_000;
    public const int MaxClients = 256;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(1);

    /// <summary>Registrations mostly, as a council's office works: the others read and move what was registered.</summary>
    public const string DefaultMix = "register=60,resolve=15,answer=10,start=10,search=5";

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        if (args.Count % 2 != 0) throw new ArgumentException($"Option '{args[^1]}' has no value.");
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Count; i += 2) values[args[i].TrimStart('-')] = args[i + 1];
        int Int(string name, string fallback) => int.Parse(values.GetValueOrDefault(name, fallback), CultureInfo.InvariantCulture);

        var baseUrl = new Uri(values.GetValueOrDefault("base", "http://127.0.0.1:5090"));
        if (!baseUrl.IsLoopback) throw new ArgumentException($"The load talks to loopback only, not to {baseUrl.Host}.");
        var clients = Int("clients", "64");
        if (clients is < 1 or > MaxClients) throw new ArgumentException($"--clients is 1..{MaxClients}.");
        var count = Int("count", "10000");
        if (count is < 1 or > MaxCount) throw new ArgumentException($"--count is 1..{MaxCount}.");
        var duration = TimeSpan.FromSeconds(Int("duration", "600"));
        if (duration <= TimeSpan.Zero || duration > MaxDuration) throw new ArgumentException($"--duration is 1..{MaxDuration.TotalSeconds} seconds.");
        var retries = Int("retries", "20");
        if (retries is < 0 or > 100) throw new ArgumentException("--retries is 0..100.");
        var timeout = TimeSpan.FromSeconds(Int("timeout", "30"));
        if (timeout <= TimeSpan.Zero || timeout > TimeSpan.FromMinutes(5)) throw new ArgumentException("--timeout is 1..300 seconds.");

        return new LoadOptions(baseUrl,
            values.GetValueOrDefault("password") ?? throw new ArgumentException("--password is required."),
            clients, count, duration, ParseMix(values.GetValueOrDefault("mix", DefaultMix)),
            values.GetValueOrDefault("acks"), retries,
            values.GetValueOrDefault("tolerate-faults", "false") is "true" or "yes" or "1",
            timeout);
    }

    private static Dictionary<Operation, int> ParseMix(string text)
    {
        var mix = new Dictionary<Operation, int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Split('=', 2) is not [var name, var weight] || !Enum.TryParse<Operation>(name, ignoreCase: true, out var op)
                || !int.TryParse(weight, CultureInfo.InvariantCulture, out var w) || w < 0)
                throw new ArgumentException($"--mix takes name=weight pairs of {string.Join(", ", Enum.GetNames<Operation>()).ToLowerInvariant()}; not '{part}'.");
            mix[op] = w;
        }
        if (mix.Values.Sum() == 0) throw new ArgumentException("--mix needs at least one positive weight.");
        return mix;
    }
}

/// <summary>What one simulated client does in one step.</summary>
internal enum Operation
{
    /// <summary>The registrar registers a citizen's appeal (POST /api/v1/appeals/).</summary>
    Register,
    /// <summary>The deputy mayor writes a resolution on a registered appeal.</summary>
    Resolve,
    /// <summary>The lead executor answers a resolved appeal.</summary>
    Answer,
    /// <summary>The executor opens the start page.</summary>
    Start,
    /// <summary>The executor searches appeals by a word.</summary>
    Search,
}
