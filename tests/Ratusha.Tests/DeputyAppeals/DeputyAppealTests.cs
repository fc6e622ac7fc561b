using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ratusha.Features.Control;
using Ratusha.Features.DeputyAppeals;
using Ratusha.Tests.Infrastructure;
using static Ratusha.Tests.DeputyAppeals.DeputyAppealSteps;

namespace Ratusha.Tests.DeputyAppeals;

/// <summary>
/// Deputy appeals (§5.5) through the API on the one control machine: terms of 10 days from receipt with their ceilings
/// (30 days for a people's deputy, a month for a local deputy), the reasoned notice of an extension, the hearing notice
/// a day / five calendar days before, the answer to a people's deputy by the next day after consideration.
/// Under martial law public holidays are working days, so only weekends move a term. The fake clock stands on
/// Monday 23.11.2026.
/// </summary>
public abstract class DeputyAppealTests(RatushaApp app)
{
    [Fact]
    public async Task S5_5_3_peoples_deputy_10_days_from_receipt_and_an_extension_only_with_a_notice_never_past_30_days()
    {
        var appeal = await RegisterAsync(app, DeputyKind.PeoplesDeputy, Kyiv(2026, 11, 16), "Гончар Олег Степанович", "honchar@rada.example");
        Assert.Equal(("2026-11-16", "2026-11-26", "2026-12-16"), (appeal.ReceivedOn, appeal.DueDate, appeal.Ceiling));
        Assert.StartsWith("НД-", appeal.Index);

        var resolution = await ResolveAsync(app, appeal);
        Assert.Equal(("2026-11-26", "peoples-deputy-appeal"), (resolution.DueDate, resolution.Kind));

        var tooLate = await ExtendAsync(app, appeal, "2026-12-17", resolution.Version);
        Assert.Equal(HttpStatusCode.BadRequest, tooLate.StatusCode);
        Assert.Contains("16.12.2026", await ErrorAsync(tooLate, "newDueDate"));

        var extended = await ExtendAsync(app, appeal, "2026-12-16", resolution.Version);
        Assert.Equal(HttpStatusCode.Created, extended.StatusCode);
        var card = await GetAsync(app, appeal);
        Assert.Equal("2026-12-16", card.DueDate);
        var notice = Assert.Single(card.Notices);
        Assert.Equal(("Extension", "Email", "2026-11-23", "honchar@rada.example"), (notice.Kind, notice.SentBy, notice.SentOn, notice.SentTo));
        Assert.Contains("Потрібне обстеження дорожнього покриття комісією.", notice.Text);
        Assert.Contains("16.12.2026", notice.Text);
        await using (app.Scope(out var db))
        {
            var letter = await db.OutboxMessages.SingleAsync(m => m.Key == $"deputy-notice:{notice.Id}");
            Assert.Equal("honchar@rada.example", letter.To);
            Assert.Contains(appeal.Index, letter.Subject);
        }
    }

    [Fact]
    public async Task S5_5_3_the_term_counts_from_receipt_on_a_Saturday_and_a_term_ending_on_a_Sunday_ends_on_Monday()
    {
        var saturday = await RegisterAsync(app, DeputyKind.PeoplesDeputy, Kyiv(2026, 11, 14));
        Assert.Equal(("2026-11-14", "2026-11-16", "2026-11-24", "2026-12-14"), (saturday.ReceivedOn, saturday.RegisteredOn, saturday.DueDate, saturday.Ceiling));
        Assert.Equal("2026-11-24", (await ResolveAsync(app, saturday)).DueDate);

        var thursday = await RegisterAsync(app, DeputyKind.PeoplesDeputy, Kyiv(2026, 11, 19));
        Assert.Equal(("2026-11-30", "2026-12-21"), (thursday.DueDate, thursday.Ceiling)); // 29.11 and 19.12 are a Sunday and a Saturday

        // 1 October (Defenders' Day) is a public holiday, but under martial law a working day: the term ends on it.
        var holiday = await RegisterAsync(app, DeputyKind.PeoplesDeputy, Kyiv(2026, 9, 21));
        Assert.Equal(("2026-10-01", "2026-10-21"), (holiday.DueDate, holiday.Ceiling));
    }

    [Fact]
    public async Task S5_5_3_an_extension_without_an_e_mail_address_is_recorded_for_posting()
    {
        var appeal = await RegisterAsync(app, DeputyKind.PeoplesDeputy, Kyiv(2026, 11, 16), "Кравець Іван Петрович");
        var resolution = await ResolveAsync(app, appeal);
        Assert.Equal(HttpStatusCode.Created, (await ExtendAsync(app, appeal, "2026-12-10", resolution.Version)).StatusCode);
        var notice = Assert.Single((await GetAsync(app, appeal)).Notices);
        Assert.Null(notice.SentOn);

        var registrar = await app.As("registrar");
        var posted = await registrar.PostAsJsonAsync($"/api/v1/deputy-appeals/{appeal.Id}/notices/{notice.Id}/sent", new { by = "Post", to = "вул. Грушевського, 5, м. Київ" });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var sent = Assert.Single((await GetAsync(app, appeal)).Notices);
        Assert.Equal(("Post", "2026-11-23"), (sent.SentBy, sent.SentOn));
        Assert.Equal(HttpStatusCode.BadRequest, (await registrar.PostAsJsonAsync($"/api/v1/deputy-appeals/{appeal.Id}/notices/{notice.Id}/sent", new { by = "Post" })).StatusCode);
    }

    [Fact]
    public async Task S5_5_4_a_peoples_deputy_is_told_of_the_hearing_at_least_a_day_before_and_a_hearing_too_near_is_refused()
    {
        var appeal = await RegisterAsync(app, DeputyKind.PeoplesDeputy, Kyiv(2026, 11, 18), "Мирошник Анна Олегівна", "myroshnyk@rada.example");

        var today = await HearingAsync(app, appeal, "2026-11-23");
        Assert.Equal(HttpStatusCode.BadRequest, today.StatusCode);
        var why = await ErrorAsync(today, "date");
        Assert.Contains("20.11.2026", why); // a day before is Sunday 22.11: the notice had to go on Friday
        Assert.Contains("24.11.2026", why); // the earliest hearing that can still be announced in time
        Assert.Equal(HttpStatusCode.BadRequest, (await HearingAsync(app, appeal, "2026-11-20")).StatusCode);

        var monday = await HearingAsync(app, appeal, "2026-11-30");
        Assert.Equal(HttpStatusCode.OK, monday.StatusCode);
        var card = (await monday.Content.ReadFromJsonAsync<DeputyAppealResponse>(Json))!;
        Assert.Equal(("2026-11-30", "14:30", "2026-11-27", false), (card.HearingDate, card.HearingTime, card.HearingNoticeDue, card.HearingNoticeLate));
        var notice = Assert.Single(card.Notices);
        Assert.Equal(("Hearing", "2026-11-27", "Email", "2026-11-23", false), (notice.Kind, notice.Due, notice.SentBy, notice.SentOn, notice.Late));
        Assert.Contains("30.11.2026 о 14:30", notice.Text);

        var tomorrow = await HearingAsync(app, appeal, "2026-11-24");
        Assert.Equal(HttpStatusCode.OK, tomorrow.StatusCode);
        Assert.Equal("2026-11-23", (await tomorrow.Content.ReadFromJsonAsync<DeputyAppealResponse>(Json))!.HearingNoticeDue);
    }

    [Fact]
    public async Task S5_5_4_a_notice_not_sent_by_its_last_day_shows_as_late_and_in_the_overdue_list()
    {
        var appeal = await RegisterAsync(app, DeputyKind.PeoplesDeputy, Kyiv(2026, 11, 18), "Пилипенко Роман Юрійович");
        Assert.Equal(HttpStatusCode.OK, (await HearingAsync(app, appeal, "2026-11-25")).StatusCode);
        var pending = await GetAsync(app, appeal);
        Assert.Equal(("2026-11-24", false), (pending.HearingNoticeDue, pending.HearingNoticeLate));
        Assert.Null(Assert.Single(pending.Notices).SentOn);

        await using (app.Scope(out var db)) // as if the hearing had been set a week ago, with the notice due on Friday 20.11
            await db.DeputyNotices.Where(n => n.DeputyAppealId == appeal.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.Due, new DateOnly(2026, 11, 20)));
        var late = await GetAsync(app, appeal);
        Assert.True(late.HearingNoticeLate);
        Assert.True(Assert.Single(late.Notices).Late);
        var overdue = await (await app.As("registrar")).GetFromJsonAsync<DeputyAppealPage>("/api/v1/deputy-appeals/?overdue=true&limit=200", Json);
        Assert.Contains(overdue!.Items, i => i.Id == appeal.Id && i.NoticeLate);
    }

    [Fact]
    public async Task S5_5_5_the_answer_to_a_peoples_deputy_goes_by_the_next_day_after_consideration()
    {
        var friday = await RegisterAsync(app, DeputyKind.PeoplesDeputy, Kyiv(2026, 11, 16), "Бондар Ігор Васильович", "bondar@rada.example");
        var registrar = await app.As("registrar");
        var early = await registrar.PostAsJsonAsync($"/api/v1/deputy-appeals/{friday.Id}/answer/send", new { by = "Email", text = "Відповідь." });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("день розгляду", await ErrorAsync(early, "consideredOn"));

        var considered = await registrar.PostAsJsonAsync($"/api/v1/deputy-appeals/{friday.Id}/consideration", new { consideredOn = "2026-11-20" });
        Assert.Equal(HttpStatusCode.OK, considered.StatusCode);
        Assert.Equal("2026-11-23", (await considered.Content.ReadFromJsonAsync<DeputyAppealResponse>(Json))!.AnswerDue); // Saturday 21.11 → Monday
        var sent = await registrar.PostAsJsonAsync($"/api/v1/deputy-appeals/{friday.Id}/answer/send", new { by = "Email", text = "Ремонт дороги заплановано на квітень 2027 року." });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var card = (await sent.Content.ReadFromJsonAsync<DeputyAppealResponse>(Json))!;
        Assert.Equal(("Email", "2026-11-23", "bondar@rada.example", false, "answer-sent"), (card.AnswerSentBy, card.AnswerSentOn, card.AnswerSentTo, card.AnswerLate, card.State));
        await using (app.Scope(out var db))
            Assert.Contains("квітень 2027", (await db.OutboxMessages.SingleAsync(m => m.Key == $"deputy-answer:{friday.Id}")).Body);
        Assert.Equal(HttpStatusCode.BadRequest, (await registrar.PostAsJsonAsync($"/api/v1/deputy-appeals/{friday.Id}/answer/send", new { by = "Email", text = "Ще раз." })).StatusCode);

        var thursday = await RegisterAsync(app, DeputyKind.PeoplesDeputy, Kyiv(2026, 11, 16), "Бондар Ігор Васильович");
        await registrar.PostAsJsonAsync($"/api/v1/deputy-appeals/{thursday.Id}/consideration", new { consideredOn = "2026-11-19" });
        var posted = await registrar.PostAsJsonAsync($"/api/v1/deputy-appeals/{thursday.Id}/answer/send", new { by = "Post", text = "Відповідь поштою." });
        var late = (await posted.Content.ReadFromJsonAsync<DeputyAppealResponse>(Json))!;
        Assert.Equal(("2026-11-20", "2026-11-23", true), (late.AnswerDue, late.AnswerSentOn, late.AnswerLate));
        var list = await registrar.GetFromJsonAsync<DeputyAppealPage>("/api/v1/deputy-appeals/?overdue=true&deputy=бондар&limit=200", Json);
        Assert.Equal([thursday.Id], list!.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task S5_5_5_the_lead_executors_answer_on_the_machine_is_what_the_deputy_gets()
    {
        var appeal = await RegisterAsync(app, DeputyKind.PeoplesDeputy, Kyiv(2026, 11, 20), "Гнатенко Марія Львівна", "hnatenko@rada.example");
        await ResolveAsync(app, appeal);
        var executor = await app.As("executor");
        var answered = await executor.PostAsJsonAsync($"/api/v1/deputy-appeals/{appeal.Id}/reports", new { kind = "Answer", text = "Дорогу відремонтовано 20.11.2026." });
        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await executor.PostAsJsonAsync($"/api/v1/deputy-appeals/{appeal.Id}/consideration", new { })).StatusCode);
        var sent = await executor.PostAsJsonAsync($"/api/v1/deputy-appeals/{appeal.Id}/answer/send", new { by = "Email" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var card = (await sent.Content.ReadFromJsonAsync<DeputyAppealResponse>(Json))!;
        Assert.Equal(("Дорогу відремонтовано 20.11.2026.", "2026-11-24", false), (card.AnswerText, card.AnswerDue, card.AnswerLate));
        var views = (await executor.GetFromJsonAsync<ResolutionView[]>($"/api/v1/deputy-appeals/{appeal.Id}/resolutions", Json))!;
        Assert.Equal("2026-11-23", views.Single().Assignments.Single(a => a.IsLead).Reports.Single(r => r.Kind == "Answer").DeliveredOn);

        var controller = await app.As("controller");
        var removed = await controller.PostAsJsonAsync($"/api/v1/resolutions/{views.Single().Id}/remove-from-control", new { basis = "Відповідь надіслано депутату.", version = views.Single().Version });
        Assert.Equal(HttpStatusCode.Created, removed.StatusCode);
        Assert.Equal("removed", (await GetAsync(app, appeal)).State);
    }

    [Fact]
    public async Task S5_5_7_a_local_deputy_appeal_10_days_and_at_most_a_month_when_31_August_has_no_31_September()
    {
        var appeal = await RegisterAsync(app, DeputyKind.LocalDeputy, Kyiv(2026, 8, 31), "Литвин Олена Миколаївна");
        Assert.StartsWith("ДР-", appeal.Index);
        Assert.Equal(("2026-09-10", "2026-09-30"), (appeal.DueDate, appeal.Ceiling));
        var resolution = await ResolveAsync(app, appeal);
        Assert.Equal(("2026-09-10", "local-deputy-appeal"), (resolution.DueDate, resolution.Kind));
        var tooLate = await ExtendAsync(app, appeal, "2026-10-01", resolution.Version);
        Assert.Equal(HttpStatusCode.BadRequest, tooLate.StatusCode);
        Assert.Contains("30.09.2026", await ErrorAsync(tooLate, "newDueDate"));
        Assert.Equal(HttpStatusCode.Created, (await ExtendAsync(app, appeal, "2026-09-30", resolution.Version)).StatusCode);
        Assert.Equal("Extension", Assert.Single((await GetAsync(app, appeal)).Notices).Kind);
    }

    [Fact]
    public async Task S5_5_7_received_on_Saturday_31_January_the_month_ends_on_28_February_a_Saturday_so_on_Monday_2_March()
    {
        var appeal = await RegisterAsync(app, DeputyKind.LocalDeputy, Kyiv(2026, 1, 31), "Литвин Олена Миколаївна");
        Assert.Equal(("2026-01-31", "2026-02-02", "2026-02-10", "2026-03-02"), (appeal.ReceivedOn, appeal.RegisteredOn, appeal.DueDate, appeal.Ceiling));
        var resolution = await ResolveAsync(app, appeal);
        Assert.Equal("2026-02-10", resolution.DueDate);
        Assert.Equal(HttpStatusCode.BadRequest, (await ExtendAsync(app, appeal, "2026-03-03", resolution.Version)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ExtendAsync(app, appeal, "2026-03-02", resolution.Version)).StatusCode);

        var people = await OfficialsAsync(app);
        var direct = await (await app.As("deputy")).PostAsJsonAsync($"/api/v1/deputy-appeals/{(await RegisterAsync(app, DeputyKind.LocalDeputy, Kyiv(2026, 11, 20))).Id}/resolution",
            new Dictionary<string, object?> { ["text"] = "Розглянути.", ["leadExecutorId"] = people["Олійник"], ["controllerId"] = people["Кравчук"], ["term"] = "Date", ["dueDate"] = "2026-12-22" }, Json);
        Assert.Equal(HttpStatusCode.BadRequest, direct.StatusCode); // 20.11 + a month = 20.12, a Sunday: the last day is Monday 21.12
        Assert.Contains("21.12.2026", await ErrorAsync(direct, "dueDate"));
    }

    [Fact]
    public async Task S5_5_8_a_local_deputy_is_told_at_least_five_calendar_days_before_the_hearing()
    {
        var appeal = await RegisterAsync(app, DeputyKind.LocalDeputy, Kyiv(2026, 11, 20), "Остапчук Віра Іванівна");

        var friday = await HearingAsync(app, appeal, "2026-11-27");
        Assert.Equal(HttpStatusCode.BadRequest, friday.StatusCode);
        var why = await ErrorAsync(friday, "date");
        Assert.Contains("20.11.2026", why); // 27.11 − 5 days = Sunday 22.11, so Friday 20.11, already past
        Assert.Contains("28.11.2026", why);
        Assert.Contains("5.5.8", why);

        async Task<string?> NoticeDue(string hearing)
        {
            var response = await HearingAsync(app, appeal, hearing);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<DeputyAppealResponse>(Json))!.HearingNoticeDue;
        }
        Assert.Equal("2026-11-23", await NoticeDue("2026-11-28"));
        Assert.Equal("2026-11-27", await NoticeDue("2026-12-03")); // Saturday 28.11 → Friday 27.11
        Assert.Equal("2026-11-27", await NoticeDue("2026-12-02"));
        Assert.Equal("2026-12-02", await NoticeDue("2026-12-07"));
        Assert.Equal("2026-12-31", await NoticeDue("2027-01-05"));
        Assert.Equal("2027-01-01", await NoticeDue("2027-01-06")); // New Year's Day is a working day under martial law
        var card = await GetAsync(app, appeal);
        Assert.Equal(6, card.Notices.Count(n => n.Kind == "Hearing"));
        Assert.All(card.Notices, n => Assert.Null(n.SentOn)); // no e-mail: to be posted or phoned
    }

    [Fact]
    public async Task Both_kinds_share_one_yearly_numbering_with_their_own_prefix_and_a_deputy_name_is_required()
    {
        var first = await RegisterAsync(app, DeputyKind.PeoplesDeputy, Kyiv(2026, 11, 23, 9));
        var second = await RegisterAsync(app, DeputyKind.LocalDeputy, Kyiv(2026, 11, 23, 9));
        var n = int.Parse(first.Index["НД-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"ДР-{n + 1}", second.Index);

        var nameless = await PostRegisterAsync(app, DeputyKind.LocalDeputy, Kyiv(2026, 11, 23, 9), "");
        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
        Assert.Equal("Вкажіть прізвище, ім'я та по батькові депутата.", await ErrorAsync(nameless, "DeputyName")); // the request's own rules, checked on binding

        var future = await PostRegisterAsync(app, DeputyKind.LocalDeputy, Kyiv(2026, 11, 30), "Майбутній Петро");
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal("Дата надходження не може бути в майбутньому.", await ErrorAsync(future, "receivedAt"));
        Assert.Equal("Депутатське звернення не зареєстровано.", await TitleOfProblemAsync(future));
    }

    [Fact]
    public async Task The_register_filters_by_kind_deputy_and_period_and_exports_the_same_list()
    {
        var peoples = await RegisterAsync(app, DeputyKind.PeoplesDeputy, Kyiv(2026, 10, 5), "Зарічний Тарас Богданович");
        var local = await RegisterAsync(app, DeputyKind.LocalDeputy, Kyiv(2026, 10, 5), "Зарічна Леся Петрівна");
        var registrar = await app.As("registrar");
        async Task<Guid[]> Ids(string query) =>
            [.. (await registrar.GetFromJsonAsync<DeputyAppealPage>($"/api/v1/deputy-appeals/?limit=200&{query}", Json))!.Items.Select(i => i.Id)];

        Assert.Equal([local.Id, peoples.Id], await Ids("deputy=ЗАРІЧН"));
        Assert.Equal([local.Id], await Ids("deputy=зарічн&kind=LocalDeputy"));
        Assert.Equal([peoples.Id], await Ids("deputy=зарічн&kind=PeoplesDeputy&state=registered&overdue=true"));
        Assert.Empty(await Ids("deputy=зарічн&from=2026-10-06"));
        Assert.Equal(2, (await Ids("deputy=зарічн&from=2026-10-05&to=2026-10-05")).Length);
        var item = (await registrar.GetFromJsonAsync<DeputyAppealPage>("/api/v1/deputy-appeals/?limit=200&deputy=зарічний", Json))!.Items.Single();
        Assert.Equal(("2026-10-15", true, "registered"), (item.DueDate, item.Overdue, item.State));

        var export = await registrar.GetAsync("/api/v1/deputy-appeals/export.xlsx?deputy=зарічн&kind=LocalDeputy");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(local.Index, Assert.Single(rows)["Індекс"]);
        Assert.Equal("Зарічна Леся Петрівна", rows[0]["Депутат"]);
    }

    [Fact]
    public async Task Officials_see_deputy_appeals_of_their_department_and_those_they_work_on_only_registrars_register()
    {
        var education = await RegisterAsync(app, DeputyKind.LocalDeputy, Kyiv(2026, 11, 20), "Савчук Ольга Іванівна", department: await DepartmentAsync(app, "10"));
        var housing = await RegisterAsync(app, DeputyKind.LocalDeputy, Kyiv(2026, 11, 20), "Савчук Ольга Іванівна", department: await DepartmentAsync(app, "09"));

        async Task<HttpStatusCode> Get(string user, DeputyAppealResponse a) => (await (await app.As(user)).GetAsync($"/api/v1/deputy-appeals/{a.Id}")).StatusCode;
        foreach (var user in new[] { "registrar", "mayor", "deputy" }) Assert.Equal(HttpStatusCode.OK, await Get(user, education));
        foreach (var user in new[] { "executor", "head", "admin", "hotline", "controller" }) Assert.Equal(HttpStatusCode.NotFound, await Get(user, education));
        // The same on the control machine's own routes and pages: the card of a deputy appeal is guarded like the register.
        async Task<HttpStatusCode> Control(string user, DeputyAppealResponse a) => (await (await app.As(user)).GetAsync($"/api/v1/cards/{a.CardId}/resolutions")).StatusCode;
        foreach (var user in new[] { "registrar", "mayor", "deputy" }) Assert.Equal(HttpStatusCode.OK, await Control(user, education));
        foreach (var user in new[] { "executor", "head", "admin", "hotline", "controller" }) Assert.Equal(HttpStatusCode.NotFound, await Control(user, education));
        Assert.Equal(HttpStatusCode.Forbidden, await Get("citizen", education));
        Assert.Equal(HttpStatusCode.OK, await Get("head", housing));
        Assert.Equal(HttpStatusCode.OK, await Get("executor", housing));
        var list = await (await app.As("executor")).GetFromJsonAsync<DeputyAppealPage>("/api/v1/deputy-appeals/?limit=200&deputy=савчук", Json);
        Assert.Equal([housing.Id], list!.Items.Select(i => i.Id));

        var refused = await HearingAsync(app, housing, "2026-12-10", "head");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("відповідальний виконавець", await TitleOfProblemAsync(refused));

        await ResolveAsync(app, education); // lead Олійник of the housing department, controller Кравчук
        Assert.Equal(HttpStatusCode.OK, await Get("executor", education));
        Assert.Equal(HttpStatusCode.OK, await Get("controller", education));
        Assert.Equal(HttpStatusCode.OK, (await HearingAsync(app, education, "2026-12-10", "executor")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await PostRegisterAsync(app, DeputyKind.PeoplesDeputy, Kyiv(2026, 11, 20), "Іванов", user: "executor")).StatusCode);
    }

    [Fact]
    public async Task The_routes_are_in_the_OpenAPI_document()
    {
        using var openApi = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json"));
        var paths = openApi.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/deputy-appeals", "/api/v1/deputy-appeals/{id}", "/api/v1/deputy-appeals/{id}/hearing",
                     "/api/v1/deputy-appeals/{id}/notices", "/api/v1/deputy-appeals/{id}/answer/send", "/api/v1/deputy-appeals/export.xlsx" })
            Assert.True(paths.TryGetProperty(path, out _) || paths.TryGetProperty(path + "/", out _), path);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DeputyAppealOnSqlite(SqliteApp app) : DeputyAppealTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DeputyAppealOnPostgres(PostgresApp app) : DeputyAppealTests(app);
