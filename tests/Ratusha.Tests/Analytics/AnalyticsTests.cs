using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Ratusha.Features.Analytics;
using Ratusha.Features.Appeals;
using Ratusha.Features.Classifiers;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Tests.Appeals;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Analytics;

/// <summary>
/// The analytics against figures counted here from the seeded appeals (<see cref="AnalyticsSeed"/>): the weekly analysis
/// (§6.25), execution discipline (seed 000 §2.5), the statistics by classifier attributes and the quarterly control
/// report (§5.2.9); each figure's link opens a list of exactly that many appeals; XLSX and PDF (the system Chromium).
/// </summary>
public abstract class AnalyticsTests(RatushaApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly DateRange W20 = new(new(2019, 5, 13), new(2019, 5, 19));
    private static readonly DateRange W19 = new(new(2019, 5, 6), new(2019, 5, 12));
    private static readonly DateRange W20LastYear = new(new(2018, 5, 14), new(2018, 5, 20));

    private async Task<AnalyticsReport> Report(string user, string path)
    {
        var response = await (await app.As(user)).GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<AnalyticsReport>(Json))!;
    }

    private static ReportTable Table(AnalyticsReport report, string title) => report.Tables.Single(t => t.Title == title);

    private static decimal? Figure(ReportTable table, string key, int column) => table.Rows.Single(r => r.Key == key).Cells[column].Value;

    [Fact]
    public async Task S6_25_weekly_analysis_counts_the_week_the_week_before_and_the_same_week_last_year()
    {
        var seed = await AnalyticsSeed.Of(app);
        var report = await Report("mayor", "/api/v1/analytics/weekly?week=2019-W20");
        DateRange[] periods = [W20, W19, W20LastYear];
        IEnumerable<AnalyticsSeed.Item> In(int p) => seed.Items.Where(i => periods[p].Contains(i.Card.RegisteredOn));

        for (var p = 0; p < 3; p++)
        {
            Assert.Equal(In(p).Count(), Table(report, "Усього звернень").Rows[0].Cells[p].Value);
            var topics = Table(report, "За тематикою");
            foreach (var topic in new[] { "01", "02", "09", "10" })
                Assert.Equal(In(p).Count(i => i.Appeal.Topic == topic), Figure(topics, topic, p));
            Assert.Equal(In(p).Count(i => i.Appeal.Topic == null), topics.Rows.Single(r => r.Label == "не зазначено").Cells[p].Value);
            foreach (var channel in new[] { "1.1", "1.1.2", "1.4.1", "1.4.2", "1.2" })
                Assert.Equal(In(p).Count(i => i.Appeal.Channel == channel), Figure(Table(report, "За формою надходження"), channel, p));
            foreach (var sign in new[] { "2.1", "2.2", "2.3" })
                Assert.Equal(In(p).Count(i => i.Appeal.Sign == sign), Figure(Table(report, "За ознакою надходження"), sign, p));
            var categories = Table(report, "За категорією автора");
            foreach (var category in In(p).SelectMany(i => i.Appeal.Categories).Distinct())
                Assert.Equal(In(p).Count(i => i.Appeal.Categories.Contains(category)), Figure(categories, category, p));
            var departments = Table(report, "За підрозділом, якому адресовано");
            foreach (var department in In(p).Where(i => i.Card.DepartmentId != null).Select(i => i.Card.DepartmentId!.Value).Distinct())
                Assert.Equal(In(p).Count(i => i.Card.DepartmentId == department), Figure(departments, department.ToString(), p));
            var places = Table(report, "За населеним пунктом / вулицею");
            foreach (var group in In(p).Where(i => i.Appeal.Address != null).GroupBy(i => i.Appeal.Address!.Split(',')[0].Trim()))
                Assert.Equal(group.Count(), places.Rows.Single(r => r.Key == group.Key).Cells[p].Value);
        }
        // The street is the leading part of the address: both houses on Гетьманська are one row.
        Assert.Contains(Table(report, "За населеним пунктом / вулицею").Rows, r => r.Key == "вул. Гетьманська");
        Assert.Equal("тиждень 2019-W20: 13.05.2019–19.05.2019", report.Period);
    }

    [Fact]
    public async Task The_tallies_kept_at_every_save_equal_a_count_of_the_appeals_and_assignments_themselves()
    {
        await AnalyticsSeed.Of(app);
        // Through the use cases, as every day: registered, resolved, answered, returned for rework, answered again.
        var registered = await AppealSteps.RegisterAsync(app, "Підрахунко");
        await AppealSteps.ResolveAsync(app, registered);
        await AppealSteps.AnswerAsync(app, registered, "9.1", "Відповідь надано.");
        await using var scope = app.Scope(out var db);
        var card = await db.RegistrationCards.SingleAsync(c => c.Id == registered.CardId);
        var resolution = await db.Resolutions.Include(r => r.Assignments).SingleAsync(r => r.CardId == card.Id);
        var returned = await (await app.As("controller")).PostAsJsonAsync($"/api/v1/resolutions/{resolution.Id}/return", new { basis = "Доопрацювати відповідь.", version = resolution.Version });
        Assert.True(returned.IsSuccessStatusCode, await returned.Content.ReadAsStringAsync());
        await AppealSteps.AnswerAsync(app, registered, "9.1", "Відповідь доопрацьовано.");

        async Task<List<string>> Appeals() => [.. (await db.Set<AppealTally>().AsNoTracking().ToListAsync())
            .Select(t => $"{t.Day:yyyy-MM-dd} {t.Channel} {t.Attribute} {t.Value} {t.Count}").Order(StringComparer.Ordinal)];
        async Task<List<string>> Assignments() => [.. (await db.Set<AssignmentTally>().AsNoTracking().ToListAsync())
            .Where(t => t.Assigned != 0 || t.Open != 0 || t.OnTime != 0 || t.Late != 0 || t.AnswerDays != 0 || t.Extensions != 0)
            .Select(t => $"{t.DueDate:yyyy-MM-dd} {t.DepartmentId} {t.ExecutorId} {t.Kind} {t.Assigned} {t.Open} {t.OnTime} {t.Late} {t.AnswerDays} {t.Extensions}")
            .Order(StringComparer.Ordinal)];

        var (appeals, assignments) = (await Appeals(), await Assignments());
        Assert.Contains(appeals, t => t.StartsWith($"{card.RegisteredOn:yyyy-MM-dd} 1.1 place вул. Шевченка ", StringComparison.Ordinal));
        Assert.Contains(appeals, t => t.StartsWith("2019-05-13 ", StringComparison.Ordinal));
        var rework = await db.Resolutions.AsNoTracking().Where(r => r.Id == resolution.Id).Select(r => r.DueDate).SingleAsync();
        Assert.Contains(assignments, t => t.StartsWith($"{rework:yyyy-MM-dd} ", StringComparison.Ordinal)); // the lead's row moved with the term
        // The migration that added the assignments' columns fills them from the resolutions, reports and extensions.
        async Task<List<string>> Columns() => [.. (await db.Assignments.AsNoTracking().ToListAsync())
            .Select(a => $"{a.Id} {a.Kind} {a.WrittenOn} {a.AnsweredOn} {a.Extensions}").Order(StringComparer.Ordinal)];
        var columns = await Columns();
        await db.Database.ExecuteSqlRawAsync("UPDATE assignments SET kind = '', written_on = '2000-01-01', answered_on = NULL, extensions = 0");
        await db.Database.ExecuteSqlRawAsync(AssignmentTallies.FillAssignmentsSql());
        Assert.Equal(columns, await Columns());

        await AppealTallies.RebuildAsync(db, default);
        await AssignmentTallies.RebuildAsync(db, default);
        Assert.Equal(appeals, await Appeals());
        Assert.Equal(assignments, await Assignments());
    }

    [Fact]
    public async Task Every_figure_opens_the_list_of_exactly_those_appeals()
    {
        var seed = await AnalyticsSeed.Of(app);
        var mayor = await app.As("mayor");
        async Task<int> Listed(string link)
        {
            var query = link[(link.IndexOf('?') + 1)..];
            var page = await mayor.GetFromJsonAsync<AppealPage>($"/api/v1/appeals/?{query}&limit=200", Json);
            return page!.Items.Count;
        }

        var weekly = await Report("mayor", "/api/v1/analytics/weekly?week=2019-W20");
        var discipline = await Report("mayor", "/api/v1/analytics/discipline?from=2019-01-01&to=2019-12-31");
        var statistics = await Report("mayor", "/api/v1/analytics/statistics?year=2019&quarter=2");
        var control = await Report("mayor", "/api/v1/analytics/control-quarterly?year=2019&quarter=2");
        var checkedLinks = 0;
        foreach (var (report, titles) in new[]
                 {
                     (weekly, new[] { "Усього звернень", "За тематикою", "За формою надходження", "За ознакою надходження", "За категорією автора", "За підрозділом, якому адресовано", "За населеним пунктом / вулицею" }),
                     (discipline, new[] { "За посадовими особами" }),
                     (statistics, new[] { "Вид звернення", "Стать автора", "Соціальний стан автора", "Результат розгляду" }),
                     (control, new[] { "Звернення громадян" }),
                 })
        {
            foreach (var title in titles)
            {
                var table = Table(report, title);
                foreach (var row in table.Rows)
                {
                    for (var c = 0; c < row.Cells.Count; c++)
                    {
                        var cell = row.Cells[c];
                        // Extensions are counted one by one; their link lists the appeals that had any.
                        if (cell.Link is null || table.Columns[c] == "Продовжень строку") continue;
                        Assert.True(cell.Value == await Listed(cell.Link), $"{report.Code} «{title}», {row.Label}, {table.Columns[c]}: {cell.Value} ≠ list {cell.Link}");
                        checkedLinks++;
                    }
                }
            }
        }
        Assert.True(checkedLinks > 100, $"only {checkedLinks} links checked");
        Assert.NotEmpty(seed.Items);
    }

    [Fact]
    public async Task Seed000_S2_5_execution_discipline_by_official_and_department()
    {
        var seed = await AnalyticsSeed.Of(app);
        var report = await Report("mayor", "/api/v1/analytics/discipline?from=2019-01-01&to=2019-12-31");
        var today = OfficeDay.Today(app.Clock);
        var year = new DateRange(new(2019, 1, 1), new(2019, 12, 31));
        var assignments = seed.Assignments.Where(s => year.Contains(s.DueDate)).ToList();
        var resolutions = seed.Items.Where(i => i.Resolution is not null).ToDictionary(i => i.Resolution!.Id, i => i.Resolution!);
        static DateOnly? AnsweredOn(Assignment s) => s.IsOpen ? null
            : s.Reports.Where(p => p.Kind is ReportKind.Answer or ReportKind.CoExecutorReport).Select(p => (DateOnly?)p.On).Max();

        var byOfficial = Table(report, "За посадовими особами");
        foreach (var executor in seed.Executors)
        {
            var mine = assignments.Where(s => s.ExecutorId == executor).ToList();
            var answered = mine.Where(s => AnsweredOn(s) is not null).ToList();
            var row = byOfficial.Rows.Single(r => r.Key == executor.ToString());
            Assert.Equal(mine.Count, row.Cells[0].Value);
            Assert.Equal(mine.Count(s => AnsweredOn(s) <= s.DueDate), row.Cells[1].Value);
            Assert.Equal(mine.Count(s => AnsweredOn(s) > s.DueDate), row.Cells[2].Value);
            Assert.Equal(mine.Count(s => s.IsOverdue(today)), row.Cells[3].Value);
            var days = answered.Sum(s => AnsweredOn(s)!.Value.DayNumber - resolutions[s.ResolutionId].WrittenOn.DayNumber);
            Assert.Equal(answered.Count == 0 ? null : Math.Round((decimal)days / answered.Count, 1), row.Cells[4].Value);
            Assert.Equal(mine.Where(s => s.IsLead).Sum(s => resolutions[s.ResolutionId].Extensions.Count), row.Cells[5].Value);
        }
        var byDepartment = Table(report, "За підрозділами");
        Assert.Equal(assignments.Count(s => s.DepartmentId == seed.TestDepartment), Figure(byDepartment, seed.TestDepartment.ToString(), 0));
        Assert.Equal(assignments.Count(s => s.IsOverdue(today) && s.DepartmentId == seed.TestDepartment), Figure(byDepartment, seed.TestDepartment.ToString(), 3));
        Assert.Contains(assignments, s => AnsweredOn(s) > s.DueDate);
        Assert.Contains(assignments, s => s.IsOverdue(today));

        // Every kind of controlled item is counted (issue 7); one kind alone on request, its figures linked to its list.
        var kinds = Table(report, "За видами документів");
        Assert.Equal("Звернення громадян", kinds.Rows.Single(r => r.Key == "appeal").Label);
        var appeals = await Report("mayor", "/api/v1/analytics/discipline?from=2019-01-01&to=2019-12-31&kind=appeal");
        Assert.Equal(Figure(byDepartment, seed.TestDepartment.ToString(), 0), Figure(Table(appeals, "За підрозділами"), seed.TestDepartment.ToString(), 0));
        Assert.StartsWith("/appeals?", Table(appeals, "За підрозділами").Rows[0].Cells[0].Link, StringComparison.Ordinal);
        var documents = await Report("mayor", "/api/v1/analytics/discipline?from=2019-01-01&to=2019-12-31&kind=document");
        Assert.DoesNotContain(Table(documents, "За підрозділами").Rows, r => r.Key == seed.TestDepartment.ToString());
        var unknown = await (await app.As("mayor")).GetAsync("/api/v1/analytics/discipline?kind=letters");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Такого виду документів немає", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_by_the_classifier_for_a_quarter_and_a_year()
    {
        var seed = await AnalyticsSeed.Of(app);
        foreach (var (query, period, before) in new[]
                 {
                     ("year=2019&quarter=2", new DateRange(new(2019, 4, 1), new(2019, 6, 30)), new DateRange(new(2018, 4, 1), new(2018, 6, 30))),
                     ("year=2019", new DateRange(new(2019, 1, 1), new(2019, 12, 31)), new DateRange(new(2018, 1, 1), new(2018, 12, 31))),
                 })
        {
            var report = await Report("controller", $"/api/v1/analytics/statistics?{query}");
            DateRange[] periods = [period, before];
            for (var p = 0; p < 2; p++)
            {
                var items = seed.Items.Where(i => periods[p].Contains(i.Card.RegisteredOn)).ToList();
                Assert.Equal(items.Count, Table(report, "Усього звернень").Rows[0].Cells[p].Value);
                foreach (var type in new[] { "3.1", "3.2", "3.3" })
                    Assert.Equal(items.Count(i => i.Appeal.Type == type), Figure(Table(report, "Вид звернення"), type, p));
                foreach (var sex in new[] { "4.1", "4.2" })
                    Assert.Equal(items.Count(i => i.Appeal.Sex == sex), Figure(Table(report, "Стать автора"), sex, p));
                foreach (var status in new[] { "8.1", "8.2", "8.10" })
                    Assert.Equal(items.Count(i => i.Appeal.SocialStatus == status), Figure(Table(report, "Соціальний стан автора"), status, p));
                string? Result(AnalyticsSeed.Item i) => i.Resolution?.Lead.Reports.Where(r => r.Kind == ReportKind.Answer).OrderByDescending(r => r.On).FirstOrDefault()?.Result;
                foreach (var result in new[] { "9.1", "9.2", "9.3" })
                    Assert.Equal(items.Count(i => Result(i) == result), Figure(Table(report, "Результат розгляду"), result, p));
                Assert.Equal(items.Count(i => Result(i) == null), Table(report, "Результат розгляду").Rows.Single(r => r.Label == "не зазначено").Cells[p].Value);
            }
        }
    }

    [Theory]
    [InlineData(2026, 2, "15.07.2026")] // a Wednesday
    [InlineData(2023, 3, "16.10.2023")] // the 15th is a Sunday: the next working day
    public async Task S5_2_9_the_quarterly_control_report_is_due_by_the_15th_of_the_next_month(int year, int quarter, string due)
    {
        var report = await Report("controller", $"/api/v1/analytics/control-quarterly?year={year}&quarter={quarter}");
        Assert.Contains(report.Notes, n => n.Contains($"до {due}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task S5_2_9_quarterly_control_report_by_the_department_of_the_lead()
    {
        var seed = await AnalyticsSeed.Of(app);
        var report = await Report("deputy", "/api/v1/analytics/control-quarterly?year=2019&quarter=2");
        var (start, end) = (new DateOnly(2019, 4, 1), new DateOnly(2019, 6, 30));
        var alive = seed.Items.Where(i => i.Resolution is { } r && r.WrittenOn <= end && (r.RemovedOn is null || r.RemovedOn >= start)).Select(i => i.Resolution!).ToList();
        DateOnly? AnsweredBy(Resolution r) => r.Lead.Reports.Where(p => p.Kind == ReportKind.Answer && p.On <= end).Select(p => (DateOnly?)p.On).Max();
        var table = Table(report, "Звернення громадян");
        foreach (var department in new[] { seed.TestDepartment, seed.HeadDepartment })
        {
            var mine = alive.Where(r => r.Lead.DepartmentId == department).ToList();
            var removed = mine.Where(r => r.RemovedOn <= end).ToList();
            var atEnd = mine.Where(r => r.RemovedOn is null || r.RemovedOn > end).ToList();
            decimal?[] expected =
            [
                mine.Count(r => r.WrittenOn < start), mine.Count(r => r.WrittenOn >= start), removed.Count,
                removed.Count(r => AnsweredBy(r) <= r.DueDate), removed.Count(r => !(AnsweredBy(r) <= r.DueDate)),
                atEnd.Count, atEnd.Count(r => r.DueDate < end && AnsweredBy(r) is null),
            ];
            Assert.Equal(expected, table.Rows.Single(r => r.Key == department.ToString()).Cells.Select(c => c.Value).ToArray());
        }
        Assert.Contains(report.Notes, n => n.Contains("15.07.2019", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_head_of_department_counts_the_department_and_the_hotline_specialist_the_hotlines()
    {
        var seed = await AnalyticsSeed.Of(app);
        var week = seed.Items.Where(i => W20.Contains(i.Card.RegisteredOn)).ToList();
        var head = await Report("head", "/api/v1/analytics/weekly?week=2019-W20");
        Assert.Equal(week.Count(i => i.Card.DepartmentId == seed.HeadDepartment || (i.Resolution?.Assignments.Any(s => s.DepartmentId == seed.HeadDepartment) ?? false)),
            Table(head, "Усього звернень").Rows[0].Cells[0].Value);
        var hotline = await Report("hotline", "/api/v1/analytics/weekly?week=2019-W20");
        Assert.Equal(week.Count(i => i.Appeal.Channel is ClassifierLists.Hotline1545 or ClassifierLists.RegionalHotline), Table(hotline, "Усього звернень").Rows[0].Cells[0].Value);

        var discipline = await Report("head", "/api/v1/analytics/discipline?from=2019-01-01&to=2019-12-31");
        Assert.All(Table(discipline, "За підрозділами").Rows.Where(r => !r.Total), r => Assert.Equal(seed.HeadDepartment.ToString(), r.Key));
        Assert.Equal(seed.Assignments.Count(s => s.DepartmentId == seed.HeadDepartment && s.DueDate.Year == 2019), Table(discipline, "За підрозділами").Rows.Single(r => r.Total).Cells[0].Value);
    }

    [Fact]
    public async Task The_page_draws_charts_with_text_alternatives_and_links_to_the_lists()
    {
        await AnalyticsSeed.Of(app);
        var html = await (await app.As("mayor")).GetStringAsync("/analytics/weekly?week=2019-W20");
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("<desc id=", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/appeals?from=2019-05-13&amp;to=2019-05-19&amp;topic=", html, StringComparison.Ordinal);
        Assert.Contains("/api/v1/analytics/weekly.pdf?week=2019-W20", html, StringComparison.Ordinal);
        var index = await (await app.As("head")).GetStringAsync("/analytics");
        Assert.Contains(ExecutionDiscipline.Title, index, StringComparison.Ordinal);
        Assert.Contains("href=\"/analytics\"", await (await app.As("controller")).GetStringAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/analytics\"", await (await app.As("executor")).GetStringAsync("/"), StringComparison.Ordinal);
        var bad = await (await app.As("mayor")).GetAsync("/api/v1/analytics/weekly?week=2019-55");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("РРРР-Wтт", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_downloads_as_XLSX_with_a_sheet_per_table()
    {
        var seed = await AnalyticsSeed.Of(app);
        var response = await (await app.As("registrar")).GetAsync("/api/v1/analytics/weekly.xlsx?week=2019-W20");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var sheets = MiniExcelLibs.MiniExcel.GetSheetNames(stream);
        Assert.Contains("За тематикою", sheets);
        stream.Position = 0;
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Усього звернень").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(seed.Items.Count(i => W20.Contains(i.Card.RegisteredOn)), Convert.ToInt32(rows[0].Values.ElementAt(1), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_report_prints_to_PDF_through_the_system_Chromium()
    {
        await AnalyticsSeed.Of(app);
        var response = await (await app.As("mayor")).GetAsync("/api/v1/analytics/weekly.pdf?week=2019-W20");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Contains("/Type /Page", text.Replace("/Type/Page", "/Type /Page", StringComparison.Ordinal), StringComparison.Ordinal);
        // The document's title (the report's) is in the PDF's information dictionary, as UTF-16 big-endian hex.
        var title = Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(WeeklyAnalysis.Title));
        Assert.Contains(title, text.ToUpperInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_Chromium_the_PDF_answers_503_saying_what_to_install()
    {
        await using var noChromium = app.WithWebHostBuilder(b => b.UseSetting("Pdf:Chromium", "/nonexistent/chromium"));
        var client = noChromium.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "mayor", password = RatushaApp.Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        var response = await client.GetAsync("/api/v1/analytics/weekly.pdf?week=2019-W20");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("setup-chromium.sh", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AnalyticsOnSqlite(SqliteApp app) : AnalyticsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AnalyticsOnPostgres(PostgresApp app) : AnalyticsTests(app);
