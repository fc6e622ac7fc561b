using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Ratusha.Features.Registration;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Registration;

/// <summary>§3.1.4, §5.3.3: registered on the day of receipt, or on the next working day when received in non-working time (§8.1).</summary>
public abstract class RegistrationDayTests(RatushaApp app)
{
    private async Task<RegisteredCard> Receive(string kyivLocal)
    {
        var local = DateTime.Parse(kyivLocal, System.Globalization.CultureInfo.InvariantCulture);
        var receivedAt = new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv").GetUtcOffset(local));
        var response = await (await app.As("registrar")).PostAsJsonAsync("/api/v1/journals/incoming/cards",
            new { receivedAt, summary = "Лист обласної адміністрації", correspondent = "Обласна військова адміністрація" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RegisteredCard>())!;
    }

    [Fact]
    public async Task S3_1_4_received_on_saturday_is_registered_on_monday() =>
        Assert.Equal("2026-11-23", (await Receive("2026-11-21T11:00:00")).RegisteredOn);

    [Fact]
    public async Task S8_1_received_on_friday_after_15_45_is_registered_on_monday() =>
        Assert.Equal("2026-11-23", (await Receive("2026-11-20T16:00:00")).RegisteredOn);

    [Fact]
    public async Task S5_3_3_received_in_working_time_is_registered_the_same_day()
    {
        var card = await Receive("2026-11-19T16:59:00");
        Assert.Equal("2026-11-19", card.RegisteredOn);
        Assert.Matches(@"^\d+/01-26$", card.Index);
    }

    [Fact]
    public async Task Received_in_the_future_is_refused()
    {
        var response = await (await app.As("registrar")).PostAsJsonAsync("/api/v1/journals/incoming/cards",
            new { receivedAt = RatushaApp.Start.AddDays(2), summary = "Лист" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Department_scope_limits_what_an_executor_sees()
    {
        var registrar = await app.As("registrar");
        var departments = await registrar.GetFromJsonAsync<System.Text.Json.JsonElement[]>("/api/v1/departments/");
        Guid Department(string code) => departments!.Single(d => d.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();
        var housing = Department("09");
        var education = Department("10");
        var mine = $"ЖКГ {Guid.NewGuid():N}";
        var theirs = $"Освіта {Guid.NewGuid():N}";
        await registrar.PostAsJsonAsync("/api/v1/journals/internal/cards", new { summary = mine, departmentId = housing });
        await registrar.PostAsJsonAsync("/api/v1/journals/internal/cards", new { summary = theirs, departmentId = education });

        var executor = await app.As("executor"); // an official of the housing department
        var seen = await executor.GetFromJsonAsync<CardPage>("/api/v1/journals/internal/cards?limit=200");
        Assert.Contains(seen!.Items, c => c.Summary == mine);
        Assert.DoesNotContain(seen.Items, c => c.Summary == theirs);
        // Another department's card is in the executor's list only when his department was given work on it.
        var others = seen.Items.Where(c => c.DepartmentId != housing).Select(c => c.Id).ToList();
        await using (var scope = app.Scope(out var db))
        {
            var assigned = await db.Assignments.Where(a => others.Contains(a.CardId) && a.DepartmentId == housing).Select(a => a.CardId).Distinct().ToListAsync();
            Assert.Equal(others.Order(), assigned.Order());
        }

        var mayor = await app.As("mayor");
        var all = await mayor.GetFromJsonAsync<CardPage>("/api/v1/journals/internal/cards?limit=200");
        Assert.Contains(all!.Items, c => c.Summary == theirs);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegistrationDayOnSqlite(SqliteApp app) : RegistrationDayTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegistrationDayOnPostgres(PostgresApp app) : RegistrationDayTests(app);
