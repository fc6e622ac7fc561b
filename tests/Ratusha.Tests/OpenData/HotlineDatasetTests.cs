using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ratusha.Features.Appeals;
using Ratusha.Features.Control;
using Ratusha.Tests.Admin;
using Ratusha.Tests.Appeals;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.OpenData;

/// <summary>
/// The open dataset of hotline appeals (CMU resolution №835, Додаток 33 structure): anyone downloads it without signing
/// in, as CSV (RFC 4180, UTF-8) or JSON, with exactly the schema's columns; only hotline appeals that were considered;
/// nothing of the applicant — name, phone, e-mail, building, flat — in any field.
/// </summary>
public abstract class HotlineDatasetTests(RatushaApp app)
{
    private static readonly string[] Schema =
    [
        "uid", "receivedDateTime", "type", "kind", "content", "accrualMethod", "CATUTTC", "addressPostCode", "addressAdminUnitL1",
        "addressAdminUnitL2", "addressAdminUnitL3", "addressAdminUnitL4", "addressPostName", "addressThoroughfare",
        "addressLocatorDesignator", "addressLocatorBuilding", "status", "organizationName", "organizationId", "result",
    ];

    // Everything that identifies the applicants seeded below, as it is stored and as the texts repeat it.
    private static readonly string[] Personal =
    [
        "Зозул", "Марта", "Богданівн", "marta.zozulia", "111 22 33", "0501112233", "Сонячна, 17", "кв. 44", "Гаврилюк", "Степан",
        "067 999 88 77", "Поштарчук", "3012345678", "1961 р.н.",
    ];

    private const string Day = "2026-11-04";

    private async Task<AppealResponse> RegisterAsync(string user, Dictionary<string, object?> fields)
    {
        var body = new Dictionary<string, object?>
        {
            ["receivedAt"] = new DateTimeOffset(2026, 11, 4, 10, 15, 0, TimeSpan.FromHours(2)),
            ["type"] = "3.2",
            ["sign"] = "2.1",
            ["subject"] = "5.1",
            ["topic"] = "02",
        };
        foreach (var (key, value) in fields) body[key] = value;
        var response = await (await app.As(user)).PostAsJsonAsync("/api/v1/appeals/", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AppealResponse>(AppealSteps.Json))!;
    }

    private async Task<(AppealResponse Considered, AppealResponse Regional, AppealResponse Letter, AppealResponse Anonymous)> SeedAsync()
    {
        var considered = await RegisterAsync("hotline", new()
        {
            ["channel"] = "1.4.1",
            ["type"] = "3.3",
            ["surname"] = "Зозуля",
            ["givenName"] = "Марта",
            ["patronymic"] = "Богданівна",
            ["address"] = "м. Новомосковськ, вул. Сонячна, 17, кв. 44",
            ["phone"] = "+380501112233",
            ["email"] = "marta.zozulia@example.org",
            ["text"] = "Я, Зозуля Марта Богданівна, 1961 р.н., мешкаю на вул. Сонячна, 17, кв. 44. Третій тиждень немає гарячої води. " +
                       "Телефонуйте 050 111 22 33 або пишіть marta.zozulia@example.org. Зверталась до Зозулі Олега з ЖЕКу — без результату. ІПН 3012345678.",
        });
        var regional = await RegisterAsync("hotline", new()
        {
            ["channel"] = "1.4.2",
            ["topic"] = "06",
            ["surname"] = "Гаврилюк",
            ["givenName"] = "Степан",
            ["address"] = "Дніпропетровська обл., Новомосковський р-н, с. Орлівщина, вул. Миру, 3",
            ["phone"] = "0679998877",
            ["text"] = "Гр. Гаврилюк С. просить відремонтувати дорогу біля будинку 3 по вул. Миру. Тел. 067 999 88 77.",
        });
        var letter = await RegisterAsync("registrar", new()
        {
            ["channel"] = "1.1",
            ["surname"] = "Поштарчук",
            ["givenName"] = "Ірина",
            ["address"] = "вул. Гетьманська, 2",
            ["text"] = "Прошу встановити лавку біля під'їзду.",
        });
        var anonymous = await RegisterAsync("hotline", new()
        {
            ["channel"] = "1.4.1",
            ["subject"] = "5.3",
            ["text"] = "Анонімно повідомляю про звалище сміття у сквері.",
        });

        // The first is considered to the end: resolution, answer «вирішено позитивно», sent, removed from control.
        await AppealSteps.ResolveAsync(app, considered);
        await AppealSteps.AnswerAsync(app, considered, "9.1", "Гаряче водопостачання відновлено.");
        Assert.Equal(HttpStatusCode.OK, (await (await app.As("executor")).PostAsJsonAsync($"/api/v1/appeals/{considered.Id}/answer/send", new { by = "Email" })).StatusCode);
        var resolution = (await (await app.As("controller")).GetFromJsonAsync<ResolutionView[]>($"/api/v1/appeals/{considered.Id}/resolutions", AppealSteps.Json))!.Single();
        var removed = await (await app.As("controller")).PostAsJsonAsync($"/api/v1/appeals/{considered.Id}/remove-from-control",
            new { basis = "Відповідь надано, питання вирішено.", version = resolution.Version });
        Assert.Equal(HttpStatusCode.Created, removed.StatusCode);
        return (considered, regional, letter, anonymous);
    }

    [Fact]
    public async Task The_CSV_and_the_JSON_publish_considered_hotline_appeals_in_the_schema_and_nothing_personal()
    {
        // The council's details as the demo council has them: other tests of the collection edit them (CouncilPageTests).
        var admin = await app.As("admin");
        var council = await admin.GetFromJsonAsync<JsonElement>("/api/v1/council/");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/council/", new
        {
            name = "Новомосковська міська рада",
            executiveCommitteeName = "Виконавчий комітет Новомосковської міської ради",
            code = "04052206",
            katottgCode = "UA12060170010070155",
            address = "вул. Гетьманська, 14, м. Новомосковськ, Дніпропетровська обл., 51200",
            version = council.Version(),
        })).StatusCode);
        var (considered, regional, letter, anonymous) = await SeedAsync();
        var anyone = app.Anonymous();

        var csvResponse = await anyone.GetAsync($"/api/v1/open-data/hotline-appeals.csv?from={Day}&to={Day}");
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", csvResponse.Content.Headers.ContentType.CharSet);
        Assert.Contains("public", csvResponse.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var bytes = await csvResponse.Content.ReadAsByteArrayAsync();
        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "UTF-8 without a byte-order mark");
        var csvText = Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("\r\n", csvText, StringComparison.Ordinal);
        var csv = ParseCsv(csvText);
        Assert.Equal(Schema, csv[0]);
        Assert.All(csv, row => Assert.Equal(Schema.Length, row.Length));
        var csvRows = csv.Skip(1).Select(r => Schema.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();

        var jsonResponse = await anyone.GetAsync($"/api/v1/open-data/hotline-appeals.json?from={Day}&to={Day}");
        Assert.Equal(HttpStatusCode.OK, jsonResponse.StatusCode);
        Assert.Equal("application/json", jsonResponse.Content.Headers.ContentType!.MediaType);
        var jsonText = await jsonResponse.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(jsonText);
        var jsonRows = json.RootElement.EnumerateArray().ToList();
        Assert.All(jsonRows, o => Assert.Equal(Schema, o.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(csvRows.Count, jsonRows.Count);
        for (var i = 0; i < jsonRows.Count; i++)
            foreach (var column in Schema)
                Assert.Equal(csvRows[i][column], jsonRows[i].GetProperty(column).ValueKind == JsonValueKind.Null ? "" : jsonRows[i].GetProperty(column).GetString());

        string Uid(AppealResponse a) => $"2026/{a.Index}";
        var uids = csvRows.Select(r => r["uid"]).ToList();
        Assert.Contains(Uid(considered), uids);
        Assert.Contains(Uid(regional), uids);
        Assert.DoesNotContain(Uid(letter), uids);    // not a hotline appeal
        Assert.DoesNotContain(Uid(anonymous), uids); // not considered (art. 8)
        Assert.All(csvRows, r => Assert.Contains(r["accrualMethod"], new[] { "Урядова гаряча лінія 1545", "Гаряча лінія обласної адміністрації" }));

        foreach (var fragment in Personal)
        {
            Assert.DoesNotContain(fragment, csvText, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(fragment, jsonText, StringComparison.OrdinalIgnoreCase);
        }

        var first = csvRows.Single(r => r["uid"] == Uid(considered));
        Assert.Equal("2026-11-04T10:15", first["receivedDateTime"]);
        Assert.Equal("Скарга", first["type"]);
        Assert.Equal("Комунальне господарство", first["kind"]);
        Assert.Equal("Урядова гаряча лінія 1545", first["accrualMethod"]);
        Assert.Equal(
            "Я, [ПІБ], [дата народження], мешкаю на вул. Сонячна, [№], кв. [№]. Третій тиждень немає гарячої води. " +
            "Телефонуйте [телефон] або пишіть [ел. пошта]. Зверталась до [ПІБ] з ЖЕКу — без результату. ІПН [код].", first["content"]);
        Assert.Equal(("UA12060170010070155", "", "Україна", "Дніпропетровська область", "Новомосковська", "Новомосковськ", "вул. Сонячна", "", ""),
            (first["CATUTTC"], first["addressPostCode"], first["addressAdminUnitL1"], first["addressAdminUnitL2"], first["addressAdminUnitL4"],
             first["addressPostName"], first["addressThoroughfare"], first["addressLocatorDesignator"], first["addressLocatorBuilding"]));
        Assert.Equal(("Розглянуто", "Вирішено позитивно"), (first["status"], first["result"]));
        Assert.Equal(("Виконавчий комітет Новомосковської міської ради", "04052206"), (first["organizationName"], first["organizationId"]));

        var second = csvRows.Single(r => r["uid"] == Uid(regional));
        Assert.Equal(("Гаряча лінія обласної адміністрації", "Транспорт і зв'язок", "Заявку прийнято", ""), (second["accrualMethod"], second["kind"], second["status"], second["result"]));
        Assert.Equal(("", "Дніпропетровська область", "Новомосковський район", "", "Орлівщина", "вул. Миру"),
            (second["CATUTTC"], second["addressAdminUnitL2"], second["addressAdminUnitL3"], second["addressAdminUnitL4"], second["addressPostName"], second["addressThoroughfare"]));
        Assert.Equal("Гр. [ПІБ] просить відремонтувати дорогу біля будинку [№] по вул. Миру. Тел. [телефон].", second["content"]);
    }

    [Fact]
    public async Task Without_dates_the_file_is_the_last_full_month_and_a_wrong_period_is_a_Ukrainian_problem()
    {
        var anyone = app.Anonymous();
        var month = await anyone.GetAsync("/api/v1/open-data/hotline-appeals.csv");
        Assert.Equal(HttpStatusCode.OK, month.StatusCode);
        var today = Ratusha.Features.Deadlines.OfficeDay.Today(app.Clock);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        Assert.Equal(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"hotline-appeals_{first:yyyy-MM-dd}_{first.AddMonths(1).AddDays(-1):yyyy-MM-dd}.csv"), month.Content.Headers.ContentDisposition!.FileNameStar ?? month.Content.Headers.ContentDisposition.FileName);

        var backwards = await anyone.GetAsync("/api/v1/open-data/hotline-appeals.json?from=2026-11-10&to=2026-11-01");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("раніше", await backwards.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var tooLong = await anyone.GetAsync("/api/v1/open-data/hotline-appeals.csv?from=2024-01-01&to=2026-11-01");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anyone.GetAsync("/api/v1/open-data/hotline-appeals.csv?from=вчора")).StatusCode);
    }

    [Fact]
    public async Task The_public_page_describes_every_field_the_licence_and_the_links()
    {
        var page = await PageReader.GetAsync(app.Anonymous(), "/public/open-data");
        PageReader.AssertUkrainianAndLabelled(page, "Відкриті дані: звернення на гарячі лінії");
        var fields = page.QuerySelectorAll("#fields tbody tr").Select(r => r.QuerySelector("code")!.TextContent).ToArray();
        Assert.Equal(Schema, fields);
        Assert.Contains("CC BY 4.0", page.QuerySelector("#licence")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/api/v1/open-data/hotline-appeals.csv", page.QuerySelector("#csv")!.GetAttribute("href"));
        Assert.Equal("/api/v1/open-data/hotline-appeals.json", page.QuerySelector("#json")!.GetAttribute("href"));
    }

    /// <summary>RFC 4180 read independently of the writer: quoted fields, doubled quotes, CRLF records.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else field.Append(c);
        }
        return rows;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HotlineDatasetOnSqlite(SqliteApp app) : HotlineDatasetTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HotlineDatasetOnPostgres(PostgresApp app) : HotlineDatasetTests(app);
