using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ratusha.Features.Appeals;
using Ratusha.Features.Control;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Appeals;

/// <summary>
/// An appeal through the control machine by its own routes: resolution, co-executor's materials, the answer with its
/// result (a refusal with grounds and the route of appeal, art. 15, 19, §6.23), the DOCX letter, sending it, and
/// removal from control by the controller only (§5.3.10). The fake clock stands on Monday 23.11.2026.
/// </summary>
public abstract class AppealAnswerTests(RatushaApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private async Task<AppealResponse> Register(string surname, string? email = null, string channel = "1.1", DateTimeOffset? receivedAt = null)
    {
        var response = await (await app.As(channel is "1.4.1" or "1.4.2" ? "hotline" : "registrar")).PostAsJsonAsync("/api/v1/appeals/", new Dictionary<string, object?>
        {
            ["receivedAt"] = receivedAt ?? new DateTimeOffset(2026, 11, 16, 10, 0, 0, TimeSpan.FromHours(2)),
            ["channel"] = channel,
            ["type"] = "3.2",
            ["sign"] = "2.1",
            ["subject"] = "5.1",
            ["surname"] = surname,
            ["givenName"] = "Марія",
            ["patronymic"] = "Петрівна",
            ["address"] = "вул. Соборна, 14, кв. 3",
            ["email"] = email,
            ["topic"] = "09",
            ["text"] = $"Прошу прибрати аварійне дерево біля під'їзду. {Guid.NewGuid():N}",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AppealResponse>(Json))!;
    }

    private async Task<Dictionary<string, Guid>> Officials()
    {
        var all = await (await app.As("mayor")).GetFromJsonAsync<JsonElement[]>("/api/v1/officials/");
        return all!.GroupBy(o => o.GetProperty("surname").GetString()!).ToDictionary(g => g.Key, g => g.First().GetProperty("id").GetGuid());
    }

    private async Task<ResolutionView> Resolve(AppealResponse appeal)
    {
        var people = await Officials();
        var response = await (await app.As("deputy")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/resolution", new Dictionary<string, object?>
        {
            ["text"] = "Обстежити дерево, вжити заходів, відповісти заявниці.",
            ["leadExecutorId"] = people["Олійник"],
            ["coExecutorIds"] = new[] { people["Руденко"], people["Левченко"] },
            ["controllerId"] = people["Кравчук"],
        }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ResolutionView>(Json))!;
    }

    private async Task<HttpResponseMessage> Answer(AppealResponse appeal, string result, string? grounds = null, string? route = null, string user = "executor") =>
        await (await app.As(user)).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/answer", new
        {
            text = "Дерево обстежено комісією; видалення заплановано на грудень.",
            result,
            grounds,
            appealRoute = route,
        });

    private async Task<AppealResponse> Get(AppealResponse appeal, string user = "registrar") =>
        (await (await app.As(user)).GetFromJsonAsync<AppealResponse>($"/api/v1/appeals/{appeal.Id}", Json))!;

    [Fact]
    public async Task S6_14_resolution_by_appeal_gives_two_co_executors_their_date_and_they_report_to_the_lead()
    {
        var appeal = await Register("Ковальчук");
        var resolution = await Resolve(appeal);
        Assert.Equal("2026-12-16", resolution.DueDate);
        Assert.Equal(2, resolution.Assignments.Count(a => !a.IsLead && a.DueDate == "2026-12-11"));
        Assert.Equal(AppealStates.OnControl, (await Get(appeal)).State);

        var report = await (await app.As("head")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/reports", new { kind = "CoExecutorReport", text = "Акт обстеження додаю." });
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        var interim = await (await app.As("executor")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/reports", new { kind = "InterimReply", text = "Заявниці повідомлено про обстеження." });
        Assert.Equal(HttpStatusCode.Created, interim.StatusCode);
        var stranger = await (await app.As("mayor")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/reports", new { kind = "InterimReply", text = "…" });
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
    }

    [Fact]
    public async Task Art15_S6_23_a_refusal_must_state_grounds_and_the_route_of_appeal_or_nothing_is_stored()
    {
        var appeal = await Register("Гончаренко");
        await Resolve(appeal);

        var bare = await Answer(appeal, AppealControlRules.Refused);
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        var problem = await bare.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("норми законодавства", problem.GetProperty("errors").GetProperty("grounds")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("порядок оскарження", problem.GetProperty("errors").GetProperty("appealRoute")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(AppealStates.OnControl, (await Get(appeal)).State);

        var unknown = await Answer(appeal, "9.99");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var refusal = await Answer(appeal, AppealControlRules.Refused,
            "Дерево розташоване на приватній земельній ділянці (ст. 152 Земельного кодексу України), видалення — обов'язок власника.",
            AppealControlRules.DefaultAppealRoute);
        Assert.Equal(HttpStatusCode.Created, refusal.StatusCode);
        var answer = (await refusal.Content.ReadFromJsonAsync<ResolutionView>(Json))!.Assignments.Single(a => a.IsLead).Reports.Single(r => r.Kind == "Answer");
        Assert.Equal("9.2", answer.Result);
        Assert.Contains("ст. 152", answer.Grounds, StringComparison.Ordinal);
        Assert.Equal(AppealStates.Answered, (await Get(appeal)).State);

        var letter = await (await app.As("executor")).GetAsync($"/api/v1/appeals/{appeal.Id}/answer.docx");
        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        var text = DocxText(await letter.Content.ReadAsByteArrayAsync());
        Assert.Contains(appeal.Index, text, StringComparison.Ordinal);
        Assert.Contains("Гончаренко Марія Петрівна", text, StringComparison.Ordinal);
        Assert.Contains("відмовлено у задоволенні", text, StringComparison.Ordinal);
        Assert.Contains("Підстави відмови: Дерево розташоване", text, StringComparison.Ordinal);
        Assert.Contains("Порядок оскарження: Рішення може бути оскаржене", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Art15_a_positive_answer_letter_has_no_refusal_lines()
    {
        var appeal = await Register("Литвиненко");
        await Resolve(appeal);
        Assert.Equal(HttpStatusCode.BadRequest, (await (await app.As("executor")).GetAsync($"/api/v1/appeals/{appeal.Id}/answer.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Answer(appeal, "9.1")).StatusCode);
        var text = DocxText(await (await app.As("executor")).GetByteArrayAsync($"/api/v1/appeals/{appeal.Id}/answer.docx"));
        Assert.Contains("Дерево обстежено комісією", text, StringComparison.Ordinal);
        Assert.Contains("вирішено позитивно", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Порядок оскарження", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_answer_goes_by_e_mail_with_the_letter_once_and_the_controller_alone_removes_it_from_control()
    {
        var appeal = await Register("Мороз", email: "moroz.maria@example.org");
        await Resolve(appeal);
        var early = await (await app.As("executor")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/answer/send", new { by = "Email" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Answer(appeal, "9.3")).StatusCode);

        var stranger = await (await app.As("head")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/answer/send", new { by = "Email" });
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        var sent = await (await app.As("executor")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/answer/send", new { by = "Email" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var again = await (await app.As("registrar")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/answer/send", new { by = "Post" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        await using (app.Scope(out var db))
        {
            var letters = await db.OutboxMessages.Where(m => m.To == "moroz.maria@example.org" && m.Subject.Contains(appeal.Index)).ToListAsync();
            var letter = Assert.Single(letters);
            Assert.Equal($"vidpovid-{appeal.Index}.docx", letter.AttachmentName);
            Assert.Contains("Мороз Марія Петрівна", DocxText(letter.Attachment!), StringComparison.Ordinal);
        }

        var resolutions = await (await app.As("controller")).GetFromJsonAsync<ResolutionView[]>($"/api/v1/appeals/{appeal.Id}/resolutions", Json);
        var review = new { basis = "Відповідь перевірено, надіслано заявниці.", version = resolutions!.Single().Version };
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("deputy")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/remove-from-control", review)).StatusCode);
        var removed = await (await app.As("controller")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/remove-from-control", review);
        Assert.Equal(HttpStatusCode.Created, removed.StatusCode);
        Assert.Equal(AppealStates.Removed, (await Get(appeal)).State);
        var sentAnswer = (await removed.Content.ReadFromJsonAsync<ResolutionView>(Json))!.Assignments.Single(a => a.IsLead).Reports.Single(r => r.Kind == "Answer");
        Assert.Equal(("Email", "2026-11-23", "moroz.maria@example.org"), (sentAnswer.DeliveredBy, sentAnswer.DeliveredOn, sentAnswer.DeliveredTo));
    }

    [Fact]
    public async Task A_posted_answer_is_recorded_with_its_day_which_cannot_be_in_the_future()
    {
        var appeal = await Register("Павленко");
        await Resolve(appeal);
        Assert.Equal(HttpStatusCode.Created, (await Answer(appeal, "9.1")).StatusCode);
        var future = await (await app.As("registrar")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/answer/send", new { by = "Post", postedOn = "2026-11-30" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var posted = await (await app.As("registrar")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/answer/send", new { by = "Post", postedOn = "2026-11-20" });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var views = await (await app.As("registrar")).GetFromJsonAsync<ResolutionView[]>($"/api/v1/appeals/{appeal.Id}/resolutions", Json);
        var answer = views!.Single().Assignments.Single(a => a.IsLead).Reports.Single(r => r.Kind == "Answer");
        Assert.Equal(("Post", "2026-11-20", "вул. Соборна, 14, кв. 3"), (answer.DeliveredBy, answer.DeliveredOn, answer.DeliveredTo));
    }

    [Fact]
    public async Task Full_text_search_finds_the_applicant_by_a_word_prefix_and_the_text_in_any_case_and_the_index_exactly()
    {
        var surname = $"Тестовий{Guid.NewGuid().ToString("N")[..6]}";
        var appeal = await Register(surname);
        var other = await Register("Дорошенко");
        var registrar = await app.As("registrar");

        async Task<string[]> Search(string q) =>
            [.. (await registrar.GetFromJsonAsync<AppealPage>($"/api/v1/appeals/?q={Uri.EscapeDataString(q)}&limit=200", Json))!.Items.Select(i => i.Index)];

        Assert.Contains(appeal.Index, await Search(surname[..^2]));
        Assert.DoesNotContain(other.Index, await Search(surname));
        Assert.Contains(appeal.Index, await Search($"{surname.ToUpperInvariant()} соборна"));
        Assert.Contains(other.Index, await Search("ДОРОШЕНКО аварійне дерево"));
        Assert.Equal([other.Index], await Search(other.Index));
        Assert.Empty(await Search($"{surname} неіснуючеслово"));
        Assert.Equal(HttpStatusCode.OK, (await registrar.GetAsync("/api/v1/appeals/?q=%22%29%20OR%20%2A%3A%2A%20--")).StatusCode);
    }

    [Fact]
    public async Task The_overdue_filter_lists_appeals_whose_assignment_is_past_its_date()
    {
        var late = await Register("Савицька", receivedAt: new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.FromHours(3)));
        var people = await Officials();
        var response = await (await app.As("deputy")).PostAsJsonAsync($"/api/v1/appeals/{late.Id}/resolution", new Dictionary<string, object?>
        {
            ["text"] = "Розглянути.",
            ["leadExecutorId"] = people["Олійник"],
            ["controllerId"] = people["Кравчук"],
        }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var onTime = await Register("Семенко");
        await Resolve(onTime);

        var page = await (await app.As("registrar")).GetFromJsonAsync<AppealPage>("/api/v1/appeals/?overdue=true&limit=200", Json);
        var item = Assert.Single(page!.Items, i => i.Id == late.Id);
        Assert.True(item.Overdue);
        Assert.Equal("2026-11-02", item.DueDate); // 01.10 + 1 month = Sat 31.10 → Mon 02.11 (art. 20, Civil Code art. 254)
        Assert.DoesNotContain(page.Items, i => i.Id == onTime.Id);
        Assert.All(page.Items, i => Assert.True(i.Overdue));

        var mine = await (await app.As("executor")).GetFromJsonAsync<AppealPage>($"/api/v1/appeals/?executor={people["Олійник"]}&state=on-control&limit=200", Json);
        Assert.Contains(mine!.Items, i => i.Id == late.Id);
        Assert.Contains(mine.Items, i => i.Id == onTime.Id);
    }

    [Fact]
    public async Task Each_sees_only_their_appeals_the_hotline_specialist_hotline_ones_the_controller_those_controlled_the_administrator_none()
    {
        var letter = await Register("Ярошенко");
        var hotline = await Register("Бойко", channel: "1.4.1");

        async Task<bool> Sees(string user, AppealResponse appeal) =>
            (await (await app.As(user)).GetAsync($"/api/v1/appeals/{appeal.Id}")).StatusCode == HttpStatusCode.OK;
        async Task<bool> Lists(string user, AppealResponse appeal) =>
            (await (await app.As(user)).GetFromJsonAsync<AppealPage>($"/api/v1/appeals/?q={Uri.EscapeDataString(appeal.ApplicantName)}", Json))!.Items.Any(i => i.Id == appeal.Id);

        Assert.True(await Sees("hotline", hotline));
        Assert.False(await Sees("hotline", letter));
        Assert.False(await Lists("hotline", letter));
        foreach (var user in new[] { "controller", "executor", "head", "admin" })
        {
            Assert.False(await Sees(user, letter), $"{user} sees an appeal not theirs");
            Assert.False(await Lists(user, letter), $"{user} lists an appeal not theirs");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("admin")).GetAsync($"/cards/{letter.CardId}")).StatusCode);

        await Resolve(letter);
        foreach (var user in new[] { "controller", "executor", "head", "hotline", "registrar", "mayor", "deputy" })
            Assert.True(await Sees(user, letter), $"{user} does not see an appeal they take part in");
        Assert.False(await Sees("admin", letter));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("admin")).GetAsync($"/api/v1/appeals/{letter.Id}/resolutions")).StatusCode);
    }

    private static string DocxText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd());
        System.Xml.Linq.XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        return string.Join("\n", xml.Descendants(w + "p").Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value))));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AppealAnswerOnSqlite(SqliteApp app) : AppealAnswerTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AppealAnswerOnPostgres(PostgresApp app) : AppealAnswerTests(app);
