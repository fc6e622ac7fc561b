using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Deadlines;

/// <summary>The public contract of GET /api/v1/deadlines and GET /api/v1/calendar/{year}, on the calendar stored in the database.</summary>
public abstract class DeadlineApiTests(RatushaApp app)
{
    private sealed record Answer(string Rule, string From, string Due, string[] Explanation);

    private async Task<Answer> Due(string rule, string from)
    {
        var response = await app.Anonymous().GetAsync($"/api/v1/deadlines?rule={rule}&from={from}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = (await response.Content.ReadFromJsonAsync<Answer>())!;
        Assert.Equal(rule, answer.Rule);
        Assert.Equal(from, answer.From);
        Assert.NotEmpty(answer.Explanation);
        return answer;
    }

    [Fact]
    public async Task Art20_appeal_is_due_30_days_after_registration_and_needs_no_log_in()
    {
        // 23.11.2026 (Mon) + 30 days = 23.12.2026, a Wednesday.
        Assert.Equal("2026-12-23", (await Due("appeal", "2026-11-23")).Due);
    }

    [Fact]
    public async Task Art254_a_term_ending_on_a_weekend_moves_to_the_next_working_day()
    {
        // 24.11.2026 + 30 days = 24.12.2026 (Thu); 27.11.2026 + 30 = 27.12.2026 (Sun) → Mon 28.12.2026.
        Assert.Equal("2026-12-28", (await Due("appeal", "2026-11-27")).Due);
        // Under martial law 25.12 is a working day: 25.11.2026 + 30 = 25.12.2026 (Fri), stays.
        Assert.Equal("2026-12-25", (await Due("appeal", "2026-11-25")).Due);
    }

    [Fact]
    public async Task Working_day_rules_skip_weekends()
    {
        // Information request received Fri 27.11.2026: 5 working days → Mon 30.11 … Fri 04.12.2026.
        Assert.Equal("2026-12-04", (await Due("information-request", "2026-11-27")).Due);
        // Urgent document registered Wed 25.11.2026 → 26, 27, 30.11, 1, 2.12 → Wed 02.12.2026.
        Assert.Equal("2026-12-02", (await Due("document-urgent", "2026-11-25")).Due);
        // Order distributed within 2 working days after registration on Fri 27.11.2026 → Tue 01.12.2026.
        Assert.Equal("2026-12-01", (await Due("order-distribution", "2026-11-27")).Due);
    }

    [Fact]
    public async Task Every_rule_of_the_contract_answers()
    {
        string[] rules = ["appeal", "appeal-short", "appeal-max", "forward", "return", "document", "document-urgent",
            "information-request", "information-request-extended", "peoples-deputy-appeal", "local-deputy-appeal",
            "minutes", "decision-publication", "order-distribution"];
        foreach (var rule in rules)
        {
            var answer = await Due(rule, "2026-01-05");
            Assert.True(DateOnly.Parse(answer.Due, System.Globalization.CultureInfo.InvariantCulture) > new DateOnly(2026, 1, 5), rule);
        }
    }

    [Theory]
    [InlineData("rule=no-such-rule&from=2026-11-23", "rule")]
    [InlineData("rule=appeal&from=23.11.2026", "from")]
    [InlineData("rule=appeal&from=2026-02-30", "from")]
    [InlineData("rule=appeal", "from")]
    [InlineData("from=2026-11-23", "rule")]
    public async Task Bad_input_is_a_400_problem_in_ukrainian(string query, string field)
    {
        var response = await app.Anonymous().GetAsync($"/api/v1/deadlines?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = problem.RootElement.GetProperty("errors").GetProperty(field)[0].GetString()!;
        Assert.Matches("[А-Яа-яІіЇїЄєҐґ]", message);
    }

    [Fact]
    public async Task Calendar_lists_the_non_working_days_of_a_year_with_reasons()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/calendar/2021");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var days = doc.RootElement.GetProperty("days").EnumerateArray()
            .Where(d => !d.GetProperty("isWorking").GetBoolean())
            .ToDictionary(d => d.GetProperty("date").GetString()!, d => d.GetProperty("reason").GetString()!);
        Assert.Contains("2021-12-25", days.Keys);         // Christmas on a Saturday …
        Assert.Contains("2021-12-27", days.Keys);         // … moves the day off to Monday (art. 67)
        Assert.DoesNotContain("2021-12-28", days.Keys);
        Assert.All(days.Values, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Anonymous().GetAsync("/api/v1/calendar/abc")).StatusCode);
    }

    [Fact]
    public async Task MartialLaw_2136_period_is_data_that_the_administrator_can_end()
    {
        var admin = await app.As("admin");
        var periods = await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/calendar-settings/martial-law");
        var period = Assert.Single(periods!);
        Assert.Equal("2022-02-24", period.GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, period.GetProperty("to").ValueKind);
        Assert.True(await IsWorking("2026-04-13"));   // Easter Monday: a working day under martial law
        Assert.Equal("2026-12-25", (await Due("appeal", "2026-11-25")).Due);

        var id = period.GetProperty("id").GetString();
        var version = period.GetProperty("version").GetInt32();
        var ended = await admin.PutAsJsonAsync($"/api/v1/calendar-settings/martial-law/{id}?version={version}",
            new { from = "2022-02-24", to = "2026-03-01", source = "Тест: воєнний стан припинено" });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        try
        {
            Assert.False(await IsWorking("2026-04-13"));  // Easter 12.04.2026 falls on Sunday: Monday is off again (art. 67)
            Assert.Equal("2026-12-28", (await Due("appeal", "2026-11-25")).Due); // 25.12 is a holiday, 26–27.12 a weekend
        }
        finally
        {
            var restored = await admin.PutAsJsonAsync($"/api/v1/calendar-settings/martial-law/{id}?version={version + 1}",
                new { from = "2022-02-24", to = (string?)null, source = period.GetProperty("source").GetString() });
            Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        }
        Assert.True(await IsWorking("2026-04-13"));
    }

    [Fact]
    public async Task A_stale_version_of_the_martial_law_period_is_a_409()
    {
        var admin = await app.As("admin");
        var period = (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/calendar-settings/martial-law"))![0];
        var id = period.GetProperty("id").GetString();
        var stale = period.GetProperty("version").GetInt32() - 1;
        var response = await admin.PutAsJsonAsync($"/api/v1/calendar-settings/martial-law/{id}?version={stale}",
            new { from = "2022-02-24", to = (string?)null, source = period.GetProperty("source").GetString() });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<bool> IsWorking(string date)
    {
        var year = date[..4];
        var calendar = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/calendar/{year}");
        return !calendar.GetProperty("days").EnumerateArray()
            .Any(d => d.GetProperty("date").GetString() == date && !d.GetProperty("isWorking").GetBoolean());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DeadlineApiOnSqlite(SqliteApp app) : DeadlineApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DeadlineApiOnPostgres(PostgresApp app) : DeadlineApiTests(app);
