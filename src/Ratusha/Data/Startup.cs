using Microsoft.EntityFrameworkCore;
using Ratusha.Features.Demo;

namespace Ratusha.Data;

internal static class Startup
{
    /// <summary>Migrates the database, writes the reference data every council needs, and the demo council when asked.</summary>
    public static async Task PrepareDatabaseAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<RatushaDb>();
        if (app.Configuration.GetValue("Database:Migrate", true))
            await db.Database.MigrateAsync();
        await ReferenceData.SeedAsync(services);
        if (app.Configuration.GetValue("Demo:Seed", false))
        {
            await DemoData.SeedAsync(services, app.Configuration, app.Logger);
            app.Lifetime.ApplicationStarted.Register(() => DemoData.PrintLogIns(app.Urls, app.Configuration));
        }
    }
}
