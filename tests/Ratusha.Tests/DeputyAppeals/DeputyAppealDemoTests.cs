using System.Net.Http.Json;
using Ratusha.Features.DeputyAppeals;
using Ratusha.Tests.Infrastructure;
using Ratusha.Tests.Shell;
using static Ratusha.Tests.DeputyAppeals.DeputyAppealSteps;

namespace Ratusha.Tests.DeputyAppeals;

/// <summary>The demo council's deputy appeals: one on control with a hearing announced, one overdue, one answered.</summary>
public abstract class DeputyAppealDemoTests(RatushaApp app)
{
    [Fact]
    public async Task The_demo_council_has_deputy_appeals_at_each_stage()
    {
        var page = await (await app.As("mayor")).GetFromJsonAsync<DeputyAppealPage>("/api/v1/deputy-appeals/", Json);
        Assert.Contains(page!.Items, i => i.Kind == nameof(DeputyKind.PeoplesDeputy) && i.HearingDate is not null && i.State == DeputyAppealStates.OnControl);
        Assert.Contains(page.Items, i => i.Kind == nameof(DeputyKind.LocalDeputy) && i.Overdue);
        Assert.Contains(page.Items, i => i.State == DeputyAppealStates.AnswerSent);
    }
}

public sealed class DeputyAppealDemoOnSqlite(SqliteDemoApp app) : DeputyAppealDemoTests(app), IClassFixture<SqliteDemoApp>;

public sealed class DeputyAppealDemoOnPostgres(PostgresDemoApp app) : DeputyAppealDemoTests(app), IClassFixture<PostgresDemoApp>;
