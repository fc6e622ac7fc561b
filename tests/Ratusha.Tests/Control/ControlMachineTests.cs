using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ratusha.Features.Control;
using Ratusha.Features.Registration;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Control;

/// <summary>
/// The one machine of control through the API: a resolution puts a registered item on control, the engine gives every
/// executor a date, the author extends within the law's ceiling, co-executors report to the lead, the lead answers,
/// and only the controller returns the answer or removes the item from control. The fake clock stands on Monday 23.11.2026.
/// </summary>
public abstract class ControlMachineTests(RatushaApp app)
{
    private async Task<Dictionary<string, Guid>> Officials()
    {
        var all = await (await app.As("mayor")).GetFromJsonAsync<JsonElement[]>("/api/v1/officials/");
        return all!.GroupBy(o => o.GetProperty("surname").GetString()!).ToDictionary(g => g.Key, g => g.First().GetProperty("id").GetGuid());
    }

    /// <summary>An appeal received on Monday 16.11.2026 at 10:00 (registered that day), or a letter in another journal.</summary>
    private async Task<Guid> Card(string journal = "appeals")
    {
        var response = await (await app.As("registrar")).PostAsJsonAsync($"/api/v1/journals/{journal}/cards", new
        {
            receivedAt = new DateTimeOffset(2026, 11, 16, 10, 0, 0, TimeSpan.FromHours(2)),
            summary = "Про ремонт освітлення на вул. Сонячній",
            correspondent = "Коваленко Петро Іванович",
            letter = "К",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RegisteredCard>())!.Id;
    }

    private async Task<ResolutionView> Resolve(Guid card, object? term = null, string author = "deputy")
    {
        var people = await Officials();
        var response = await Write(card, author, people, term);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ResolutionView>(Json))!;
    }

    private async Task<HttpResponseMessage> Write(Guid card, string author, Dictionary<string, Guid> people, object? term = null) =>
        await (await app.As(author)).PostAsJsonAsync($"/api/v1/cards/{card}/resolutions", new Dictionary<string, object?>
        {
            ["text"] = "Розглянути, вжити заходів, надати відповідь заявнику.",
            ["leadExecutorId"] = people["Олійник"],
            ["coExecutorIds"] = new[] { people["Руденко"] },
            ["controllerId"] = people["Кравчук"],
            ["term"] = term is (string t, _) ? t : term as string ?? "Default",
            ["dueDate"] = term is (_, string d) ? d : null,
        }, Json);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private static AssignmentView LeadOf(ResolutionView r) => r.Assignments.Single(a => a.IsLead);

    private async Task<HttpResponseMessage> ReportAs(string user, Guid assignment, string kind, string text = "Виконано: освітлення відремонтовано.") =>
        await (await app.As(user)).PostAsJsonAsync($"/api/v1/assignments/{assignment}/reports", new { kind, text, result = kind == "Answer" ? "9.1" : null });

    [Fact]
    public async Task Art20_S6_14_resolution_sets_30_days_for_the_lead_and_3_working_days_earlier_for_co_executors()
    {
        var resolution = await Resolve(await Card());
        // Registered 16.11.2026: +30 days = Wed 16.12.2026; three working days before it: 15, 14, 11 → Fri 11.12.2026.
        Assert.Equal("2026-12-16", resolution.DueDate);
        Assert.Equal("2026-12-16", LeadOf(resolution).DueDate);
        Assert.Equal("2026-12-11", resolution.Assignments.Single(a => !a.IsLead).DueDate);
        Assert.Equal("OnControl", resolution.State);

        var mine = await (await app.As("executor")).GetFromJsonAsync<MyAssignment[]>("/api/v1/assignments/mine");
        Assert.Contains(mine!, m => m.Id == LeadOf(resolution).Id && m.DueDate == "2026-12-16" && !m.Overdue);
    }

    [Fact]
    public async Task Art20_without_additional_study_the_term_is_15_days()
    {
        var resolution = await Resolve(await Card(), "Short");
        Assert.Equal("2026-12-01", resolution.DueDate); // 16.11.2026 + 15 = Tue 01.12.2026
    }

    [Fact]
    public async Task S5_1_7_urgent_document_is_due_in_5_working_days()
    {
        var resolution = await Resolve(await Card("incoming"), "Urgent");
        Assert.Equal("2026-11-23", resolution.DueDate); // 17, 18, 19, 20, 23.11.2026
    }

    [Fact]
    public async Task Art20_a_resolution_may_not_set_a_date_past_45_days()
    {
        var people = await Officials();
        var card = await Card();
        var tooLate = await Write(card, "deputy", people, ("Date", "2027-01-04"));
        Assert.Equal(HttpStatusCode.BadRequest, tooLate.StatusCode);
        Assert.Contains("31.12.2026", await tooLate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var shorter = await Write(card, "deputy", people, ("Date", "2026-12-05")); // Saturday → Monday 07.12.2026 (art. 254)
        Assert.Equal(HttpStatusCode.Created, shorter.StatusCode);
        Assert.Equal("2026-12-07", (await shorter.Content.ReadFromJsonAsync<ResolutionView>(Json))!.DueDate);
    }

    [Fact]
    public async Task Art20_S6_15_only_the_author_extends_and_never_past_45_days_in_total()
    {
        var resolution = await Resolve(await Card());
        var byMayor = await (await app.As("mayor")).PostAsJsonAsync($"/api/v1/resolutions/{resolution.Id}/extensions",
            new { newDueDate = "2026-12-30", reason = "Потрібне обстеження мережі", version = resolution.Version });
        Assert.Equal(HttpStatusCode.Forbidden, byMayor.StatusCode);

        var deputy = await app.As("deputy");
        var past45 = await deputy.PostAsJsonAsync($"/api/v1/resolutions/{resolution.Id}/extensions",
            new { newDueDate = "2027-01-04", reason = "Потрібне обстеження мережі", version = resolution.Version });
        Assert.Equal(HttpStatusCode.BadRequest, past45.StatusCode);
        Assert.Contains("45", await past45.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var extended = await deputy.PostAsJsonAsync($"/api/v1/resolutions/{resolution.Id}/extensions",
            new { newDueDate = "2026-12-31", reason = "Потрібне обстеження мережі", version = resolution.Version });
        Assert.Equal(HttpStatusCode.Created, extended.StatusCode);
        var after = (await extended.Content.ReadFromJsonAsync<ResolutionView>(Json))!;
        Assert.Equal("2026-12-31", LeadOf(after).DueDate);      // 16.11.2026 + 45 days = Thu 31.12.2026
        Assert.Equal("2026-12-28", after.Assignments.Single(a => !a.IsLead).DueDate); // 30, 29, 28.12
        var extension = Assert.Single(after.Extensions);
        Assert.Equal(("2026-12-16", "2026-12-31"), (extension.PreviousDue, extension.NewDue));

        var stale = await deputy.PostAsJsonAsync($"/api/v1/resolutions/{resolution.Id}/extensions",
            new { newDueDate = "2026-12-31", reason = "Ще раз", version = resolution.Version });
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode); // not later than the term in force
    }

    [Fact]
    public async Task S6_14_S5_3_10_co_executor_reports_the_lead_answers_the_controller_returns_then_removes_from_control()
    {
        var resolution = await Resolve(await Card());
        var lead = LeadOf(resolution);
        var coExecutor = resolution.Assignments.Single(a => !a.IsLead);

        Assert.Equal(HttpStatusCode.BadRequest, (await ReportAs("head", coExecutor.Id, "Answer")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ReportAs("head", lead.Id, "Answer")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ReportAs("head", coExecutor.Id, "CoExecutorReport", "Кошторис на ремонт додано.")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ReportAs("executor", lead.Id, "InterimReply", "Роботи заплановано на грудень.")).StatusCode);

        var controller = await app.As("controller");
        var early = await controller.PostAsJsonAsync($"/api/v1/resolutions/{resolution.Id}/remove-from-control", new { basis = "Виконано", version = resolution.Version });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode); // no answer yet

        Assert.Equal(HttpStatusCode.Created, (await ReportAs("executor", lead.Id, "Answer")).StatusCode);
        var returned = await controller.PostAsJsonAsync($"/api/v1/resolutions/{resolution.Id}/return", new { basis = "Не зазначено строки робіт", version = resolution.Version });
        Assert.Equal(HttpStatusCode.Created, returned.StatusCode);
        var afterReturn = (await returned.Content.ReadFromJsonAsync<ResolutionView>(Json))!;
        Assert.Equal("Returned", LeadOf(afterReturn).State);
        Assert.Equal("2026-11-30", LeadOf(afterReturn).DueDate); // 23.11.2026 + 5 days = Sat 28.11 → Mon 30.11 (§5.3.10, art. 254)

        Assert.Equal(HttpStatusCode.Created, (await ReportAs("executor", lead.Id, "Answer", "Роботи виконано до 15.12.2026.")).StatusCode);
        var byMayor = await (await app.As("mayor")).PostAsJsonAsync($"/api/v1/resolutions/{resolution.Id}/remove-from-control", new { basis = "Виконано", version = afterReturn.Version });
        Assert.Equal(HttpStatusCode.Forbidden, byMayor.StatusCode);

        var removed = await controller.PostAsJsonAsync($"/api/v1/resolutions/{resolution.Id}/remove-from-control", new { basis = "Відповідь надано заявнику", version = afterReturn.Version });
        Assert.Equal(HttpStatusCode.Created, removed.StatusCode);
        var done = (await removed.Content.ReadFromJsonAsync<ResolutionView>(Json))!;
        Assert.Equal("RemovedFromControl", done.State);
        Assert.Equal("Відповідь надано заявнику", done.RemovalBasis);
        Assert.All(done.Assignments, a => Assert.Equal("Closed", a.State));
        Assert.Equal(3, LeadOf(done).Reports.Length);
    }

    [Fact]
    public async Task Only_the_mayor_and_deputies_write_resolutions_and_one_item_is_on_control_once()
    {
        var people = await Officials();
        var card = await Card();
        Assert.Equal(HttpStatusCode.Forbidden, (await Write(card, "registrar", people)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Write(card, "mayor", people)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Write(card, "deputy", people)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Write(Guid.NewGuid(), "deputy", people)).StatusCode);
    }

    [Fact]
    public async Task A_resolution_is_seen_by_its_people_and_council_wide_roles_but_not_by_another_department()
    {
        var resolution = await Resolve(await Card());
        var path = $"/api/v1/cards/{resolution.CardId}/resolutions";
        Assert.Equal(HttpStatusCode.OK, (await (await app.As("executor")).GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.As("controller")).GetAsync(path)).StatusCode);

        var people = await Officials();
        var userName = $"e{Guid.NewGuid():N}"[..12];
        const string password = "Освіта-пароль-2026Aa";
        var created = await (await app.As("admin")).PostAsJsonAsync("/api/v1/users/",
            new { userName, password, displayName = "Приходько Тарас", officialId = people["Приходько"], roles = new[] { "Executor" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var education = await app.LogInAsync(userName, password);
        Assert.Equal(HttpStatusCode.NotFound, (await education.GetAsync(path)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ControlMachineOnSqlite(SqliteApp app) : ControlMachineTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ControlMachineOnPostgres(PostgresApp app) : ControlMachineTests(app);
