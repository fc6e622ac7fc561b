using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Ratusha.Features.Control;
using Ratusha.Features.InformationRequests;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.InformationRequests;

/// <summary>
/// Public information requests through the API (Law «Про доступ до публічної інформації» art. 19–22): the term from
/// receipt on the council's calendar, 48 hours for urgent requests, the extension with its notice, the refusal on the
/// grounds of art. 22 only, forwarding within 5 working days, answers through the outbox. Today is Mon 23.11.2026 10:00.
/// </summary>
public abstract class InformationRequestTests(RatushaApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private static readonly TimeSpan Kyiv = TimeSpan.FromHours(2);

    private static DateTimeOffset At(int year, int month, int day, int hour = 10, int minute = 0) => new(year, month, day, hour, minute, 0, Kyiv);

    private async Task<HttpResponseMessage> PostRegister(object body) =>
        await (await app.As("registrar")).PostAsJsonAsync("/api/v1/information-requests/", body, Json);

    private async Task<InformationRequestResponse> Registered(DateTimeOffset receivedAt, string? email = "zapyt@example.org", bool urgent = false, string channel = "email")
    {
        var response = await PostRegister(new
        {
            receivedAt,
            channel,
            requesterName = "Гончаренко Лариса Петрівна",
            email,
            postalAddress = email is null ? "вул. Харківська, 3, м. Кам'янське" : null,
            text = $"Прошу надати копію рішення про встановлення тарифів. {Guid.NewGuid():N}",
            urgent,
            urgentGround = urgent ? "environment" : null,
            urgentJustification = urgent ? "Після аварії на водогоні потрібні дані про якість питної води." : null,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<InformationRequestResponse>(Json))!;
    }

    private async Task<(HttpStatusCode Status, InformationRequestResponse? Request, JsonElement Problem)> Act(string who, Guid id, string action, object body)
    {
        var response = await (await app.As(who)).PostAsJsonAsync($"/api/v1/information-requests/{id}/{action}", body, Json);
        var text = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK
            ? (response.StatusCode, JsonSerializer.Deserialize<InformationRequestResponse>(text, Json), default)
            : (response.StatusCode, null, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static string Errors(JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages) ? string.Join(" ", messages.EnumerateArray().Select(m => m.GetString())) : "";

    private async Task<Guid> Official(string surname) =>
        (await (await app.As("mayor")).GetFromJsonAsync<JsonElement[]>("/api/v1/officials/"))!
        .First(o => o.GetProperty("surname").GetString() == surname).GetProperty("id").GetGuid();

    [Fact]
    public async Task Art20_answer_is_due_within_5_working_days_of_receipt_over_a_weekend()
    {
        // Received Fri 20.11.2026: Sat 21 and Sun 22 are skipped; Mon 23 (1) … Fri 27.11.2026 (5).
        var request = await Registered(At(2026, 11, 20));
        Assert.Equal(("2026-11-20", "2026-11-27", (DateTimeOffset?)null, false), (request.ReceivedOn, request.DueDate, request.DueAt, request.Overdue));
        Assert.StartsWith("ЗІ-", request.Index, StringComparison.Ordinal);
        Assert.Contains("ст. 20", request.TermSource, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Art20_term_counts_from_the_day_of_receipt_not_from_the_registration_on_the_next_working_day()
    {
        // Sent through the portal on Sat 21.11.2026: registered Mon 23.11, but 5 working days of receipt end Fri 27.11.
        var request = await Registered(At(2026, 11, 21, 12));
        Assert.Equal(("2026-11-23", "2026-11-27"), (request.RegisteredOn, request.DueDate));
    }

    [Fact]
    public async Task Art20_five_working_days_skip_a_holiday_and_a_cabinet_day_off_of_the_calendar()
    {
        // Received Tue 12.10.2021: 13 (1); 14 — Defenders' Day, 15 — day off moved by the Cabinet; 18 (2), 19 (3), 20 (4), 21.10.2021 (5).
        var request = await Registered(At(2021, 10, 12));
        Assert.Equal("2021-10-21", request.DueDate);
        Assert.True(request.Overdue);
    }

    [Fact]
    public async Task Art20_urgent_request_is_due_48_hours_after_receipt_even_over_a_weekend()
    {
        // Fri 20.11.2026 16:30 + 48 hours = Sun 22.11.2026 16:30: no roll-forward to a working day; now, Monday, it is overdue.
        var request = await Registered(At(2026, 11, 20, 16, 30), urgent: true);
        Assert.Equal(At(2026, 11, 22, 16, 30), request.DueAt);
        Assert.Equal(("2026-11-22", true, true), (request.DueDate, request.Urgent, request.Overdue));

        var registrar = await app.As("registrar");
        var page = (await registrar.GetFromJsonAsync<InformationRequestPage>($"/api/v1/information-requests/?urgent=true&overdue=true&q={request.Index}", Json))!;
        Assert.Equal(request.Id, Assert.Single(page.Items).Id);
        var notOverdue = (await registrar.GetFromJsonAsync<InformationRequestPage>($"/api/v1/information-requests/?overdue=false&q={request.Index}", Json))!;
        Assert.Empty(notOverdue.Items);
    }

    [Fact]
    public async Task Art20_p3_urgent_request_needs_its_ground_and_the_requesters_justification()
    {
        var response = await PostRegister(new { channel = "post", requesterName = "Іваненко Іван", postalAddress = "вул. Лісна, 1", text = "Дані про аварію.", urgent = true });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonElement>())!;
        Assert.Contains("ч. 3 ст. 20", Errors(problem, "urgentJustification"), StringComparison.Ordinal);
        Assert.Contains("ч. 2 ст. 20", Errors(problem, "urgentGround"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Art20_registrar_sets_and_clears_the_urgent_mark_with_a_reason()
    {
        var request = await Registered(At(2026, 11, 23, 9));
        var (status, urgent, _) = await Act("registrar", request.Id, "urgency", new { urgent = true, urgentGround = "life-or-freedom", reason = "Запитувач по телефону пояснив загрозу життю." });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(At(2026, 11, 25, 9), urgent!.DueAt);
        var (_, cleared, _) = await Act("registrar", request.Id, "urgency", new { urgent = false, reason = "Інформація не стосується надзвичайної події." });
        Assert.Equal(("2026-11-30", (DateTimeOffset?)null), (cleared!.DueDate, cleared.DueAt));
        var (noReason, _, problem) = await Act("registrar", request.Id, "urgency", new { urgent = true, urgentGround = "accident" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason);
        Assert.NotEmpty(Errors(problem, "reason"));
    }

    [Fact]
    public async Task Art19_p5_requester_name_and_a_postal_or_email_address_are_required()
    {
        var response = await PostRegister(new { channel = "post", requesterName = "", text = "Прошу надати інформацію." });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonElement>())!;
        Assert.Contains("ст. 19", Errors(problem, "requesterName"), StringComparison.Ordinal);
        Assert.Contains("ч. 5 ст. 19", Errors(problem, "postalAddress"), StringComparison.Ordinal);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Art20_p4_extension_to_20_working_days_with_the_notice_sent_within_5_working_days()
    {
        // Received Mon 16.11.2026: the notice is due by Mon 23.11 (today); 20 working days of receipt end Mon 14.12.2026.
        var request = await Registered(At(2026, 11, 16));
        Assert.Equal("2026-11-23", request.ExtensionNoticeDue);
        var (status, extended, _) = await Act("registrar", request.Id, "extension",
            new { ground = "large-volume", reason = "Потрібно зібрати договори за п'ять років.", version = request.Version });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("2026-12-14", true, "2026-11-23", "Email"), (extended!.DueDate, extended.Extended, extended.ExtendedOn, extended.ExtensionNoticeBy));

        await using var scope = app.Scope(out var db);
        var notice = await db.OutboxMessages.SingleAsync(m => m.Key == $"information-request-extended:{request.Id}");
        Assert.Equal("zapyt@example.org", notice.To);
        Assert.Contains("14.12.2026", notice.Body, StringComparison.Ordinal);
        Assert.Contains("великого обсягу", notice.Body, StringComparison.Ordinal);

        var (again, _, _) = await Act("registrar", request.Id, "extension", new { ground = "large-volume", reason = "Ще раз." });
        Assert.Equal(HttpStatusCode.BadRequest, again);
    }

    [Fact]
    public async Task Art20_p4_extension_is_refused_after_the_fifth_working_day_of_receipt()
    {
        // Received Fri 13.11.2026: the notice was due by Fri 20.11.2026; today is Mon 23.11.
        var request = await Registered(At(2026, 11, 13));
        var (status, _, problem) = await Act("registrar", request.Id, "extension", new { ground = "extensive-search", reason = "Багато даних." });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("20.11.2026", Errors(problem, "noticeDue"), StringComparison.Ordinal);
        var unchanged = (await (await app.As("registrar")).GetFromJsonAsync<InformationRequestResponse>($"/api/v1/information-requests/{request.Id}", Json))!;
        Assert.Equal(("2026-11-20", false), (unchanged.DueDate, unchanged.Extended));
    }

    [Fact]
    public async Task Art20_p4_extension_only_for_a_large_volume_or_a_search_among_much_data()
    {
        var request = await Registered(At(2026, 11, 20));
        var (status, _, problem) = await Act("registrar", request.Id, "extension", new { ground = "busy", reason = "Виконавець у відпустці." });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("ч. 4 ст. 20", Errors(problem, "ground"), StringComparison.Ordinal);
        var urgent = await Registered(At(2026, 11, 23, 9), urgent: true);
        var (urgentStatus, _, _) = await Act("registrar", urgent.Id, "extension", new { ground = "large-volume", reason = "Великий обсяг." });
        Assert.Equal(HttpStatusCode.BadRequest, urgentStatus);
    }

    [Fact]
    public async Task Art22_refusal_only_on_its_grounds_with_the_article_the_reasons_and_the_route_of_appeal()
    {
        var request = await Registered(At(2026, 11, 20));
        var (noGround, _, p1) = await Act("registrar", request.Id, "refusal", new { reasons = "Не надаємо." });
        Assert.Equal(HttpStatusCode.BadRequest, noGround);
        Assert.Contains("ст. 22", Errors(p1, "ground"), StringComparison.Ordinal);
        var (otherGround, _, p2) = await Act("registrar", request.Id, "refusal", new { ground = "too-busy", reasons = "Не встигаємо." });
        Assert.Equal(HttpStatusCode.BadRequest, otherGround);
        Assert.Contains("ч. 1 ст. 22", Errors(p2, "ground"), StringComparison.Ordinal);
        var (noReasons, _, p3) = await Act("registrar", request.Id, "refusal", new { ground = "restricted" });
        Assert.Equal(HttpStatusCode.BadRequest, noReasons);
        Assert.Contains("ч. 4 ст. 22", Errors(p3, "reasons"), StringComparison.Ordinal);

        var (status, refused, _) = await Act("registrar", request.Id, "refusal",
            new { ground = "restricted", reasons = "Запитувані відомості містять персональні дані працівників." });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("Refused", "restricted"), (refused!.State, refused.RefusalGround));
        Assert.Contains("п. 2 ч. 1 ст. 22", refused.RefusalArticle, StringComparison.Ordinal);
        Assert.Contains("ст. 23", refused.AppealRoute, StringComparison.Ordinal);

        await using var scope = app.Scope(out var db);
        var letter = await db.OutboxMessages.SingleAsync(m => m.Key == $"information-request-refusal:{request.Id}");
        Assert.Contains("п. 2 ч. 1 ст. 22", letter.Body, StringComparison.Ordinal);
        Assert.Contains("персональні дані", letter.Body, StringComparison.Ordinal);
        Assert.Contains("Порядок оскарження", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Art22_p3_forwarded_to_the_holder_within_5_working_days_of_receipt_and_the_requester_told()
    {
        var request = await Registered(At(2026, 11, 16)); // forwarding due by Mon 23.11.2026 — today
        Assert.Equal("2026-11-23", request.ForwardDue);
        var (status, forwarded, _) = await Act("registrar", request.Id, "forward", new { to = "Головне управління Пенсійного фонду України в Дніпропетровській області" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("Forwarded", false), (forwarded!.State, forwarded.ClosedLate));
        await using (var scope = app.Scope(out var db))
        {
            var notice = await db.OutboxMessages.SingleAsync(m => m.Key == $"information-request-forward:{request.Id}");
            Assert.Contains("Пенсійного фонду", notice.Body, StringComparison.Ordinal);
            Assert.Contains("ч. 3 ст. 22", notice.Body, StringComparison.Ordinal);
        }

        var late = await Registered(At(2026, 11, 13)); // due by Fri 20.11.2026
        var (lateStatus, _, problem) = await Act("registrar", late.Id, "forward", new { to = "Держгеокадастр" });
        Assert.Equal(HttpStatusCode.BadRequest, lateStatus);
        Assert.Contains("20.11.2026", Errors(problem, "forwardDue"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_in_time_goes_to_the_requester_by_email_through_the_outbox_once()
    {
        var request = await Registered(At(2026, 11, 20));
        var (status, answered, _) = await Act("registrar", request.Id, "answer", new { text = "Копію рішення додаємо.", version = request.Version });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("Answered", "2026-11-23", false, "Email", "zapyt@example.org"), (answered!.State, answered.ClosedOn, answered.ClosedLate, answered.AnswerBy, answered.AnswerTo));
        await using (var scope = app.Scope(out var db))
            Assert.Contains("Копію рішення", (await db.OutboxMessages.SingleAsync(m => m.Key == $"information-request-answer:{request.Id}")).Body, StringComparison.Ordinal);
        var (again, _, _) = await Act("registrar", request.Id, "answer", new { text = "Ще раз." });
        Assert.Equal(HttpStatusCode.BadRequest, again);

        var byPost = await Registered(At(2026, 11, 10), email: null, channel: "post");
        var (_, posted, _) = await Act("registrar", byPost.Id, "answer", new { text = "Надсилаємо поштою." });
        Assert.Equal(("Post", true), (posted!.AnswerBy, posted.ClosedLate)); // due Tue 17.11.2026, answered on 23.11: late
        var answeredLate = (await (await app.As("registrar")).GetFromJsonAsync<InformationRequestPage>($"/api/v1/information-requests/?state=Answered&q={byPost.Index}", Json))!;
        Assert.True(Assert.Single(answeredLate.Items).ClosedLate);
    }

    [Fact]
    public async Task Control_resolution_takes_the_requests_legal_due_date_and_cannot_pass_it_without_the_extension_notice()
    {
        // Received Sat 21.11.2026, registered Mon 23.11: the legal term is Fri 27.11 (from receipt), not Mon 30.11.
        var request = await Registered(At(2026, 11, 21, 12));
        var deputy = await app.As("deputy");
        var written = await deputy.PostAsJsonAsync($"/api/v1/cards/{request.CardId}/resolutions", new
        {
            text = "Підготувати відповідь на запит.",
            leadExecutorId = await Official("Олійник"),
            controllerId = await Official("Кравчук"),
        }, Json);
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        var resolution = (await written.Content.ReadFromJsonAsync<ResolutionView>(Json))!;
        Assert.Equal("2026-11-27", resolution.DueDate);

        var past = await deputy.PostAsJsonAsync($"/api/v1/resolutions/{resolution.Id}/extensions", new { newDueDate = "2026-12-01", reason = "Великий обсяг.", version = resolution.Version }, Json);
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("27.11.2026", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The lead executor extends the request with its notice: the resolution moves to 20 working days of receipt, Fri 18.12.2026.
        var (status, extended, _) = await Act("executor", request.Id, "extension", new { ground = "extensive-search", reason = "Пошук у архіві за кілька років." });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2026-12-18", extended!.DueDate);
        var views = (await deputy.GetFromJsonAsync<ResolutionView[]>($"/api/v1/cards/{request.CardId}/resolutions", Json))!;
        Assert.Equal("2026-12-18", Assert.Single(views).DueDate);

        // The lead answers: the control machine keeps it as the lead's answer, delivered, for the controller to remove from control.
        var (answeredStatus, _, _) = await Act("executor", request.Id, "answer", new { text = "Інформацію надано." });
        Assert.Equal(HttpStatusCode.OK, answeredStatus);
        var lead = Assert.Single((await deputy.GetFromJsonAsync<ResolutionView[]>($"/api/v1/cards/{request.CardId}/resolutions", Json))!).Assignments.Single(a => a.IsLead);
        Assert.Equal(nameof(AssignmentState.Answered), lead.State);
        Assert.Equal("Email", Assert.Single(lead.Reports).DeliveredBy);
    }

    [Fact]
    public async Task Only_those_who_handle_requests_or_the_lead_executor_decide_and_each_role_sees_its_own()
    {
        var request = await Registered(At(2026, 11, 20));
        var (controller, _, _) = await Act("controller", request.Id, "answer", new { text = "Відповідь." });
        Assert.Equal(HttpStatusCode.NotFound, controller); // a controller of other items does not see the request at all
        var (deputy, _, problem) = await Act("deputy", request.Id, "refusal", new { ground = "restricted", reasons = "…" });
        Assert.Equal(HttpStatusCode.Forbidden, deputy); // sees it, but the decision is for those who handle requests
        Assert.Contains("відповідальний", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("executor")).GetAsync($"/api/v1/information-requests/{request.Id}")).StatusCode);
        // The requester's name and addresses are personal data: neither the administrator nor a controller of other
        // items sees the request, in its register or on the control machine's routes.
        foreach (var user in new[] { "admin", "controller", "executor" })
        {
            var client = await app.As(user);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cards/{request.CardId}/resolutions")).StatusCode);
            if (user != "admin") Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/information-requests/{request.Id}")).StatusCode);
        }
        foreach (var user in new[] { "registrar", "hotline", "mayor", "deputy" })
            Assert.Equal(HttpStatusCode.OK, (await (await app.As(user)).GetAsync($"/api/v1/information-requests/{request.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("citizen")).GetAsync("/api/v1/information-requests/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("executor")).PostAsJsonAsync($"/api/v1/information-requests/{request.Id}/forward", new { to = "Х" })).StatusCode);
        var (hotline, answered, _) = await Act("hotline", request.Id, "answer", new { text = "Відповідь спеціаліста з питань доступу до інформації." });
        Assert.Equal(HttpStatusCode.OK, hotline);
        Assert.Equal("Answered", answered!.State);
    }

    [Fact]
    public async Task The_register_filters_by_state_period_and_urgency_and_exports_to_xlsx()
    {
        var old = await Registered(At(2026, 10, 5));
        var registrar = await app.As("registrar");
        var inPeriod = (await registrar.GetFromJsonAsync<InformationRequestPage>("/api/v1/information-requests/?from=2026-10-05&to=2026-10-05&state=Pending", Json))!;
        Assert.Contains(inPeriod.Items, r => r.Id == old.Id);
        Assert.All(inPeriod.Items, r => Assert.Equal("2026-10-05", r.RegisteredOn));
        var urgentOnly = (await registrar.GetFromJsonAsync<InformationRequestPage>($"/api/v1/information-requests/?urgent=true&q={old.Index}", Json))!;
        Assert.Empty(urgentOnly.Items);

        var export = await registrar.GetAsync("/api/v1/information-requests/export.xlsx?from=2026-10-05&to=2026-10-05");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        var rows = MiniExcelLibs.MiniExcel.Query(await export.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => (string)r["Номер"] == old.Index && (string)r["Прострочено"] == "так");

        var page = await Admin.PageReader.GetAsync(registrar, $"/information-requests?state=Pending&from=2026-10-05&to=2026-10-05&q={old.Index}");
        Assert.Contains(old.Index, page.QuerySelector("#requests")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("прострочено", page.QuerySelector("#requests")!.TextContent, StringComparison.Ordinal);
        var card = await Admin.PageReader.GetAsync(registrar, $"/information-requests/{old.Id}");
        Assert.Contains(old.Index, card.QuerySelector("#index")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/cards/{old.CardId}", card.QuerySelector("#control")!.GetAttribute("href"));

        var openApi = await app.Anonymous().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/information-requests/{id}/extension", openApi, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InformationRequestsOnSqlite(SqliteApp app) : InformationRequestTests(app);

[Collection(PostgresCollection.Name)]
public sealed class InformationRequestsOnPostgres(PostgresApp app) : InformationRequestTests(app);
