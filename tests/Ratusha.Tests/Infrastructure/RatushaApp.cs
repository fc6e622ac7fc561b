using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Ratusha.Data;
using Ratusha.Features.Demo;

namespace Ratusha.Tests.Infrastructure;

public enum Provider { Sqlite, Postgres }

/// <summary>
/// The whole host in memory on a real database of its own: a fresh SQLite file, or a fresh PostgreSQL database on the
/// server that scripts/setup-postgres.sh starts. Seeded with the demo council, so there is a log-in for every role.
/// The clock is fake and starts on a working Monday, 23.11.2026 10:00 Kyiv time.
/// </summary>
public abstract class RatushaApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    public const string Password = DemoData.DefaultPassword;

    private readonly Dictionary<string, HttpClient> clients = [];
    private readonly SemaphoreSlim gate = new(1, 1);
    private string connectionString = "";
    private string? postgresDatabase;

    protected RatushaApp(Provider provider) => Provider = provider;

    public Provider Provider { get; }
    public FakeTimeProvider Clock { get; } = new(Start);

    public async ValueTask InitializeAsync()
    {
        if (Provider == Provider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "ratusha-tests");
            Directory.CreateDirectory(folder);
            connectionString = $"Data Source={Path.Combine(folder, $"{Guid.NewGuid():N}.db")};Pooling=True";
        }
        else
        {
            var server = TestPostgres.ConnectionString();
            postgresDatabase = $"ratusha_test_{Guid.NewGuid():N}";
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {postgresDatabase}", connection);
            await create.ExecuteNonQueryAsync();
            connectionString = new NpgsqlConnectionStringBuilder(server) { Database = postgresDatabase, MaxPoolSize = 120, Timeout = 120 }.ConnectionString;
        }
        _ = Server; // start the host: migrate and seed
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Ratusha", connectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("RateLimits:LoginPerMinute", "100000");
        builder.UseSetting("RateLimits:PublicSubmissionsPerMinute", "100000");
        builder.UseSetting("RateLimits:PublicLookupsPerMinute", "100000");
        builder.UseSetting("Logging:Console:FormatterName", "simple");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("Demo:Items", "false");
        Configure(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Settings of a host with a purpose of its own (e.g. one that sends mail).</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    /// <summary>A client that does not follow redirects, so tests see the 302 to the log-in page.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as the demo user of that log-in name (admin, registrar, hotline, controller, head, executor, deputy, mayor, citizen).</summary>
    public async Task<HttpClient> As(string userName)
    {
        await gate.WaitAsync();
        try
        {
            if (clients.TryGetValue(userName, out var cached)) return cached;
            var client = await LogInAsync(userName, Password);
            clients[userName] = client;
            return client;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<HttpClient> LogInAsync(string userName, string password)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName, password });
        if (response.StatusCode != HttpStatusCode.NoContent)
            throw new InvalidOperationException($"Log-in as {userName} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>A database context of its own, for checking what was stored (never for doing what an endpoint does).</summary>
    public AsyncServiceScope Scope(out RatushaDb db)
    {
        var scope = Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<RatushaDb>();
        return scope;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in clients.Values) client.Dispose();
        await base.DisposeAsync();
        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteApp() : RatushaApp(Provider.Sqlite);

public sealed class PostgresApp() : RatushaApp(Provider.Postgres);

public static class TestPostgres
{
    public static string ConnectionString() =>
        Environment.GetEnvironmentVariable("RATUSHA_TEST_POSTGRES") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "PostgreSQL for the tests is not configured. Run the tests with scripts/test, or start a server with " +
                "scripts/setup-postgres.sh and set RATUSHA_TEST_POSTGRES to the connection string it prints.");
}
