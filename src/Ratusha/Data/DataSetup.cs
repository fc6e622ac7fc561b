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
            services.AddDbContext<PostgresRatushaDb>(o => o.UseNpgsql(cs));
            services.AddScoped<RatushaDb>(sp => sp.GetRequiredService<PostgresRatushaDb>());
        }
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var cs = config.GetConnectionString("Ratusha") ?? $"Data Source={SqliteFile(config, env)};Cache=Shared;Pooling=True";
            services.AddDbContext<SqliteRatushaDb>(o => o.UseSqlite(cs).AddInterceptors(SqlitePragmas.Instance));
            services.AddScoped<RatushaDb>(sp => sp.GetRequiredService<SqliteRatushaDb>());
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is unknown: use Sqlite or Postgres.");
        }
        return services;
    }

    private static string SqliteFile(IConfiguration config, IHostEnvironment env)
    {
        var folder = config["DataFolder"] ?? Path.Combine(env.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "ratusha.db");
    }
}
