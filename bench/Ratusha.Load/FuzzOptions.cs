using System.Globalization;
using System.Net;

namespace Ratusha.Load;

/// <summary>Settings of <c>fuzz</c>: a host on loopback, the demo password, the roles, and the bounds of the run.</summary>
internal sealed record FuzzOptions(Uri BaseUrl, string Password, string[] Roles, int PerOperation, int Seed, TimeSpan MaxTime, string? Report)
{
    public static readonly string[] DemoRoles = ["admin", "registrar", "hotline", "controller", "head", "executor", "deputy", "mayor", "citizen"];

    public static FuzzOptions Parse(string[] args)
    {
        Uri? baseUrl = null;
        string? password = null, report = null;
        var roles = DemoRoles;
        int perOperation = 12, seed = 1;
        var minutes = 20.0;
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--base": baseUrl = new Uri(value); break;
                case "--password": password = value; break;
                case "--roles": roles = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries); break;
                case "--per-operation": perOperation = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--max-minutes": minutes = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--report": report = value; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        if (baseUrl is null || password is null) throw new ArgumentException("--base and --password are required");
        if (!(baseUrl.IsLoopback || (IPAddress.TryParse(baseUrl.Host, out var ip) && IPAddress.IsLoopback(ip))))
            throw new ArgumentException("fuzz runs against loopback only (127.0.0.1, ::1, localhost)");
        if (perOperation is < 1 or > 200) throw new ArgumentException("--per-operation is 1..200");
        if (minutes is <= 0 or > 120) throw new ArgumentException("--max-minutes is up to 120");
        return new FuzzOptions(baseUrl, password, roles, perOperation, seed, TimeSpan.FromMinutes(minutes), report);
    }
}
