using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Ratusha.Features.Appeals;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Tests.Admin;
using Ratusha.Tests.Appeals;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Dashboard;

/// <summary>
/// The mayor's dashboard: overdue now by department (appeals and documents alike), what falls due this working week,
/// the weekly trend of incoming appeals by channel, the five topics rising fastest. Every figure is checked against a
/// count the test makes itself from the stored rows.
/// </summary>
public abstract class DashboardTests(RatushaApp app)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private DateOnly Today => OfficeDay.Today(app.Clock);

    private DateTimeOffset DaysAgo(int days) =>
        new(Today.AddDays(-days).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(2));

    private async Task<AppealResponse> AppealAsync(int daysAgo, string channel, string topic)
    {
        var response = await (await app.As("registrar")).PostAsJsonAsync("/api/v1/appeals/", new Dictionary<string, object?>
        {
            ["receivedAt"] = DaysAgo(daysAgo),
            ["channel"] = channel,
            ["type"] = "3.2",
            ["subject"] = "5.1",
            ["topic"] = topic,
            ["surname"] = "Дашко",
            ["givenName"] = "Ліна",
            ["address"] = "вул. Садова, 1",
            ["email"] = "lina@example.org",
            ["text"] = $"Прошу розглянути питання. {Guid.NewGuid():N}",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AppealResponse>(AppealSteps.Json))!;
    }

    /// <summary>Appeals over the last twelve weeks, some with resolutions (overdue or due this week), and an overdue incoming letter.</summary>
    private async Task SeedAsync()
    {
        // Transport rises: nothing in the previous four weeks, three in the last; housing falls; utilities rise by one.
        foreach (var days in new[] { 2, 5, 9 }) await AppealAsync(days, "1.4.1", "06");
        foreach (var days in new[] { 30, 33, 40 }) await AppealAsync(days, "1.1", "01");
        await AppealAsync(3, "1.1", "01");
        foreach (var days in new[] { 10, 12 }) await AppealAsync(days, "1.1.2", "02");
        await AppealAsync(45, "1.1.2", "02");
        await AppealAsync(70, "1.4.2", "09");

        // Overdue: registered 60 days ago, 30-day term long past; due this week: registered so that 30 days end in it.
        await AppealSteps.ResolveAsync(app, await AppealAsync(60, "1.1", "03"));
        var week = WeekEnd();
        await AppealSteps.ResolveAsync(app, await AppealAsync(Today.DayNumber - week.AddDays(-30).DayNumber, "1.1", "03"));

        // An incoming letter on control with the document term (30 days), long overdue.
        var card = await (await app.As("registrar")).PostAsJsonAsync("/api/v1/journals/incoming/cards",
            new { receivedAt = DaysAgo(50), summary = "Лист обласної адміністрації щодо опалювального сезону", correspondent = "ОДА" });
        Assert.Equal(HttpStatusCode.Created, card.StatusCode);
        var cardId = (await card.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var officials = await (await app.As("mayor")).GetFromJsonAsync<JsonElement[]>("/api/v1/officials/");
        Guid Id(string surname) => officials!.First(o => o.GetProperty("surname").GetString() == surname).GetProperty("id").GetGuid();
        var resolution = await (await app.As("mayor")).PostAsJsonAsync($"/api/v1/cards/{cardId}/resolutions",
            new { text = "Підготувати інформацію.", leadExecutorId = Id("Руденко"), controllerId = Id("Кравчук") }, AppealSteps.Json);
        Assert.Equal(HttpStatusCode.Created, resolution.StatusCode);
    }

    /// <summary>The last working day of this week as the fixture's calendar has it: the clock starts on Monday 23.11.2026, a working week to Friday.</summary>
    private DateOnly WeekEnd()
    {
        var end = Today;
        while (end.DayOfWeek != DayOfWeek.Friday) end = end.AddDays(1);
        return end;
    }

    private async Task<IHtmlDocument> PageAsync(string user = "mayor") => await PageReader.GetAsync(await app.As(user), "/dashboard");

    [Fact]
    public async Task The_figures_match_counts_made_from_the_stored_rows()
    {
        await SeedAsync();
        var page = await PageAsync();
        PageReader.AssertUkrainianAndLabelled(page, "Панель міського голови");
        var today = Today;

        await using var scope = app.Scope(out var db);
        var assignments = await db.Assignments.AsNoTracking().ToListAsync();
        var kinds = await db.Resolutions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Kind);
        var appealJournals = await db.Journals.AsNoTracking().Where(j => j.Code == "appeals" || j.Code == "hotline-1545" || j.Code == "hotline-regional").Select(j => j.Id).ToListAsync();
        var appeals = (from a in await db.Appeals.AsNoTracking().ToListAsync()
                       join c in await db.RegistrationCards.AsNoTracking().ToListAsync() on a.CardId equals c.Id
                       where appealJournals.Contains(c.JournalId)
                       select (a.Channel, a.Topic, c.RegisteredOn)).ToList();

        // Overdue now: open assignments past their date, each item once per department and kind.
        var overdue = assignments.Where(s => s.State is AssignmentState.Assigned or AssignmentState.Returned && s.DueDate < today).ToList();
        Assert.Contains(overdue, s => kinds[s.ResolutionId] == "document");
        Assert.Contains(overdue, s => kinds[s.ResolutionId] == "appeal");
        foreach (var kind in new[] { "appeal", "document" })
            Assert.Equal(overdue.Where(s => kinds[s.ResolutionId] == kind).Select(s => s.CardId).Distinct().Count(),
                Number(page.QuerySelector($"#overdue-total [data-kind='{kind}'] strong")));
        var rows = page.QuerySelectorAll("#overdue tbody tr").ToList();
        Assert.Equal(overdue.Select(s => s.DepartmentId).Distinct().Count(), rows.Count);
        foreach (var department in overdue.GroupBy(s => s.DepartmentId))
        {
            var row = rows.Single(r => r.GetAttribute("data-department") == department.Key.ToString());
            foreach (var kind in new[] { "appeal", "document" })
                Assert.Equal(department.Where(s => kinds[s.ResolutionId] == kind).Select(s => s.CardId).Distinct().Count(), Number(row.QuerySelector($"[data-kind='{kind}']")));
            Assert.Equal(department.GroupBy(s => (kinds[s.ResolutionId], s.CardId)).Count(), Number(row.QuerySelector("[data-total]")));
            if (department.Any(s => kinds[s.ResolutionId] == "appeal"))
                Assert.Equal($"/appeals?overdue=true&department={department.Key}", row.QuerySelector("[data-kind='appeal'] a")!.GetAttribute("href"));
        }

        // Due this week: the lead's date (the resolution's) from today to Friday, still on control.
        var friday = WeekEnd();
        Assert.Contains($"{today:dd.MM.yyyy} — {friday:dd.MM.yyyy}", page.QuerySelector("#week-heading")!.TextContent, StringComparison.Ordinal);
        var due = assignments.Where(s => s.IsLead && s.State != AssignmentState.Closed && s.DueDate >= today && s.DueDate <= friday).ToList();
        Assert.Contains(due, s => kinds[s.ResolutionId] == "appeal");
        var dueLink = page.QuerySelector("#due-week a[data-kind='appeal']")!;
        Assert.Equal(due.Count(s => kinds[s.ResolutionId] == "appeal"), Number(dueLink.QuerySelector("strong")));
        Assert.Equal(string.Create(Invariant, $"/appeals?dueFrom={today:yyyy-MM-dd}&dueTo={friday:yyyy-MM-dd}"), dueLink.GetAttribute("href"));
        Assert.Equal(due.Count(s => kinds[s.ResolutionId] == "document"), Number(page.QuerySelector("#due-week [data-kind='document'] strong")));

        // Trend: twelve full weeks before this one, per channel.
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var weeks = Enumerable.Range(0, 12).Select(w => monday.AddDays(-7 * (12 - w))).ToList();
        var trendRows = page.QuerySelectorAll("#trend tbody tr").ToList();
        Assert.Equal(weeks.Select(w => w.ToString("yyyy-MM-dd", Invariant)), trendRows.Select(r => r.GetAttribute("data-week")));
        var channels = appeals.Where(a => a.RegisteredOn >= weeks[0] && a.RegisteredOn < monday).Select(a => a.Channel).Distinct().ToList();
        Assert.Equal(channels.Order(), page.QuerySelectorAll("#trend thead th[data-channel]").Select(h => h.GetAttribute("data-channel")!).Order());
        for (var w = 0; w < 12; w++)
        {
            var inWeek = appeals.Where(a => a.RegisteredOn >= weeks[w] && a.RegisteredOn < weeks[w].AddDays(7)).ToList();
            foreach (var channel in channels)
                Assert.Equal(inWeek.Count(a => a.Channel == channel), Number(trendRows[w].QuerySelector($"td[data-channel='{channel}']")));
            Assert.Equal(inWeek.Count, Number(trendRows[w].QuerySelector("[data-total]")));
        }
        var chart = page.QuerySelector("svg#trend-chart")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(chart.QuerySelector("title")?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(chart.QuerySelector("desc")?.TextContent));
        Assert.Equal(channels.Count, chart.QuerySelectorAll("polyline").Length);

        // Rising: the last 28 days against the 28 before, by the increase.
        var recentFrom = today.AddDays(-27);
        var expected = appeals.Where(a => a.Topic is not null && a.RegisteredOn >= recentFrom.AddDays(-28) && a.RegisteredOn <= today)
            .GroupBy(a => a.Topic!)
            .Select(g => (Topic: g.Key, Previous: g.Count(a => a.RegisteredOn < recentFrom), Recent: g.Count(a => a.RegisteredOn >= recentFrom)))
            .Where(t => t.Recent > t.Previous)
            .OrderByDescending(t => t.Recent - t.Previous).ThenByDescending(t => t.Previous == 0 ? double.MaxValue : (t.Recent - t.Previous) * 1.0 / t.Previous).ThenBy(t => t.Topic, StringComparer.Ordinal)
            .Take(5).ToList();
        Assert.Contains(expected, t => t.Topic == "06");
        var risingRows = page.QuerySelectorAll("#rising tbody tr").ToList();
        Assert.Equal(expected.Select(t => t.Topic), risingRows.Select(r => r.GetAttribute("data-topic")));
        foreach (var (t, row) in expected.Zip(risingRows))
        {
            Assert.Equal(t.Previous, Number(row.QuerySelector("[data-previous]")));
            Assert.Equal(t.Recent, Number(row.QuerySelector("[data-recent]")));
            Assert.Equal($"+{t.Recent - t.Previous}", row.QuerySelector("[data-increase]")!.TextContent.Trim());
            Assert.Equal(t.Previous == 0 ? "нова" : string.Create(Invariant, $"+{(t.Recent - t.Previous) * 100.0 / t.Previous:0}%"), row.QuerySelector("[data-percent]")!.TextContent.Trim());
        }
    }

    [Fact]
    public async Task The_mayor_the_deputies_and_the_controller_find_it_in_the_menu_and_no_one_else_does()
    {
        foreach (var user in new[] { "mayor", "deputy", "controller" })
        {
            var home = await PageReader.GetAsync(await app.As(user), "/");
            Assert.NotNull(home.QuerySelector("nav a[href='/dashboard']"));
        }
        Assert.NotNull((await PageReader.GetAsync(await app.As("mayor"), "/")).QuerySelector("#dashboard-link"));
        foreach (var user in new[] { "admin", "registrar", "hotline", "head", "executor", "citizen" })
            Assert.Null((await PageReader.GetAsync(await app.As(user), "/")).QuerySelector("nav a[href='/dashboard']"));
    }

    private static int Number(AngleSharp.Dom.IElement? element) => int.Parse(element?.TextContent.Trim() ?? "0", Invariant);
}

[Collection(SqliteCollection.Name)]
public sealed class DashboardOnSqlite(SqliteApp app) : DashboardTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DashboardOnPostgres(PostgresApp app) : DashboardTests(app);
