namespace Ratusha.Load;

/// <summary>What a probe measures and how hard. Bounded on purpose: loopback only, at most <see cref="MaxRequests"/> per URL.</summary>
internal sealed record ProbeOptions(
    Uri BaseUrl, string User, string Password, string Label, int Requests, int Concurrency, int Warmup,
    IReadOnlyList<(string Name, string Path)> Urls)
{
    public const int MaxRequests = 10_000;

    public static ProbeOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>();
        var urls = new List<(string, string)>();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            if (args[i] == "--url")
            {
                var (name, path) = args[i + 1].Split('=', 2) is [var n, var p] ? (n, p) : (args[i + 1], args[i + 1]);
                urls.Add((name, path));
            }
            else values[args[i].TrimStart('-')] = args[i + 1];
        }
        if (args.Count % 2 != 0) throw new ArgumentException($"Option '{args[^1]}' has no value.");

        var baseUrl = new Uri(values.GetValueOrDefault("base", "http://127.0.0.1:5090"));
        if (!baseUrl.IsLoopback) throw new ArgumentException($"The probe talks to loopback only, not to {baseUrl.Host}.");
        var requests = int.Parse(values.GetValueOrDefault("requests", "200"), System.Globalization.CultureInfo.InvariantCulture);
        if (requests is < 1 or > MaxRequests) throw new ArgumentException($"--requests is 1..{MaxRequests}.");
        if (urls.Count == 0) throw new ArgumentException("Give at least one --url name=/path.");
        return new ProbeOptions(baseUrl,
            values.GetValueOrDefault("user", "executor"),
            values.GetValueOrDefault("password") ?? throw new ArgumentException("--password is required."),
            values.GetValueOrDefault("label", baseUrl.Authority),
            requests,
            Math.Clamp(int.Parse(values.GetValueOrDefault("concurrency", "4"), System.Globalization.CultureInfo.InvariantCulture), 1, 64),
            Math.Clamp(int.Parse(values.GetValueOrDefault("warmup", "20"), System.Globalization.CultureInfo.InvariantCulture), 0, 1000),
            urls);
    }
}
