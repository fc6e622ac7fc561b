using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Shell;

/// <summary>The demo council that scripts/run shows: items at every stage of control, made through the real use cases.</summary>
public abstract class DemoCouncilTests(RatushaApp app)
{
    [Fact]
    public async Task The_executor_of_the_demo_council_has_an_overdue_and_an_on_time_assignment()
    {
        var mine = await (await app.As("executor")).GetFromJsonAsync<JsonElement[]>("/api/v1/assignments/mine");
        Assert.Contains(mine!, a => a.GetProperty("overdue").GetBoolean());
        Assert.Contains(mine!, a => !a.GetProperty("overdue").GetBoolean());
        Assert.Contains(mine!, a => a.GetProperty("index").GetString()!.StartsWith("П-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_demo_council_has_an_item_removed_from_control()
    {
        var page = await (await app.As("mayor")).GetFromJsonAsync<JsonElement>("/api/v1/journals/incoming/cards");
        var states = new List<string>();
        foreach (var card in page.GetProperty("items").EnumerateArray())
        {
            var resolutions = await (await app.As("mayor")).GetFromJsonAsync<JsonElement[]>($"/api/v1/cards/{card.GetProperty("id").GetString()}/resolutions");
            states.AddRange(resolutions!.Select(r => r.GetProperty("state").GetString()!));
        }
        Assert.Contains("RemovedFromControl", states);
        Assert.Contains("OnControl", states);
    }
}

public sealed class SqliteDemoApp() : RatushaApp(Provider.Sqlite)
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Demo:Items", "true");
}

public sealed class PostgresDemoApp() : RatushaApp(Provider.Postgres)
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Demo:Items", "true");
}

public sealed class DemoCouncilOnSqlite(SqliteDemoApp app) : DemoCouncilTests(app), IClassFixture<SqliteDemoApp>;

public sealed class DemoCouncilOnPostgres(PostgresDemoApp app) : DemoCouncilTests(app), IClassFixture<PostgresDemoApp>;
