using Microsoft.EntityFrameworkCore;

namespace Ratusha.Data;

/// <summary>Chooses the provider from <c>Database:Provider</c>: Sqlite (default, a file in the data folder) or Postgres.</summary>
internal static class DataSetup
{
    public static IServiceCollection AddRatushaData(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var provider = config["Database:Provider"] ?? "Sqlite";
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var cs = config.GetConnectionString("Ratusha")
                ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Ratusha is not set.");
            services.AddDbContext<PostgresRatushaDb>(o => o.UseNpgsql(cs).ConfigureWarnings(PerRowProbes));
            services.AddScoped<RatushaDb>(sp => sp.GetRequiredService<PostgresRatushaDb>());
        }
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var cs = config.GetConnectionString("Ratusha") ?? $"Data Source={SqliteFile(config, env)};Cache=Shared;Pooling=True";
            services.AddDbContext<SqliteRatushaDb>(o => o.UseSqlite(cs).AddInterceptors(SqlitePragmas.Instance).ConfigureWarnings(PerRowProbes));
            services.AddScoped<RatushaDb>(sp => sp.GetRequiredService<SqliteRatushaDb>());
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is unknown: use Sqlite or Postgres.");
        }
        return services;
    }

    /// <summary>
    /// EXISTS subqueries end in <c>.Skip(0)</c> on purpose, so that PostgreSQL probes per row instead of hashing a whole table
    /// (docs/PERFORMANCE.md); EF's warning about a row limit without ORDER BY would otherwise flood the log on every page.
    /// </summary>
    private static void PerRowProbes(Microsoft.EntityFrameworkCore.Diagnostics.WarningsConfigurationBuilder w) =>
        w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning);

    private static string SqliteFile(IConfiguration config, IHostEnvironment env)
    {
        var folder = config["DataFolder"] ?? Path.Combine(env.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "ratusha.db");
    }
}
