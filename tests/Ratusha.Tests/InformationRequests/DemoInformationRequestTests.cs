using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ratusha.Features.InformationRequests;
using Ratusha.Tests.Infrastructure;
using Ratusha.Tests.Shell;

namespace Ratusha.Tests.InformationRequests;

/// <summary>The demo council has information requests at every stage, made through the real use cases.</summary>
public abstract class DemoInformationRequestTests(RatushaApp app)
{
    [Fact]
    public async Task The_demo_council_has_requests_pending_urgent_extended_answered_refused_forwarded_and_overdue()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
        var page = (await (await app.As("registrar")).GetFromJsonAsync<InformationRequestPage>("/api/v1/information-requests/?limit=100", json))!;
        var states = page.Items.Select(r => r.State).ToHashSet();
        Assert.Superset(new HashSet<string> { "Pending", "Answered", "Refused", "Forwarded" }, states);
        Assert.Contains(page.Items, r => r.Urgent);
        Assert.Contains(page.Items, r => r.Extended);
        Assert.Contains(page.Items, r => r.Overdue);
        var resolved = page.Items.First(r => r.State == "Pending" && !r.Urgent && !r.Extended && !r.Overdue);
        Assert.NotNull(resolved);
    }
}

public sealed class DemoInformationRequestsOnSqlite(SqliteDemoApp app) : DemoInformationRequestTests(app), IClassFixture<SqliteDemoApp>;

public sealed class DemoInformationRequestsOnPostgres(PostgresDemoApp app) : DemoInformationRequestTests(app), IClassFixture<PostgresDemoApp>;
