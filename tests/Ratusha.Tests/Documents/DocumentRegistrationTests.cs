using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ratusha.Features.Documents;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Documents;

/// <summary>
/// Registration of documents once (§5.3.3), on the day of receipt or the next working day, with the correspondent's
/// number and date, answers linked to the incoming letter, telephonograms (§2.8.11), the list, search and export, and
/// who sees what. The fake clock stands on Monday 23.11.2026, 10:00 Kyiv time.
/// </summary>
public abstract class DocumentRegistrationTests(RatushaApp app)
{
    private readonly DocumentSteps steps = new(app);

    [Fact]
    public async Task S5_3_3_a_document_is_registered_once_the_second_registration_points_to_the_first()
    {
        var number = $"12/3-{DocumentSteps.Token()}";
        var first = await steps.Register(new
        {
            kind = "incoming",
            summary = "Про перевірку захисних споруд",
            correspondent = "ГУ ДСНС у Дніпропетровській області",
            correspondentNumber = number,
            correspondentDate = "2026-11-13",
            pages = 3,
        });
        Assert.EndsWith("/01-26", first.Index, StringComparison.Ordinal);

        var again = await steps.RegisterRaw(new
        {
            kind = "incoming",
            summary = "Про перевірку захисних споруд (повторно)",
            correspondent = "  гу дснс у   Дніпропетровській області ",
            correspondentNumber = $" {number}",
            correspondentDate = "2026-11-13",
        });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        Assert.Equal(first.Index, problem.GetProperty("existingIndex").GetString());
        Assert.Equal($"/documents/{first.Id}", problem.GetProperty("existingUrl").GetString());
        Assert.Contains(first.Index, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Another date of the correspondent is another letter.
        var other = await steps.RegisterRaw(new
        {
            kind = "incoming",
            summary = "Про перевірку захисних споруд",
            correspondent = "ГУ ДСНС у Дніпропетровській області",
            correspondentNumber = number,
            correspondentDate = "2026-11-16",
        });
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
    }

    [Fact]
    public async Task S5_3_3_received_on_saturday_is_registered_on_monday()
    {
        var document = await steps.Incoming(receivedAt: new DateTimeOffset(2026, 11, 21, 12, 0, 0, DocumentSteps.Kyiv));
        Assert.Equal("2026-11-23", document.RegisteredOn);
        Assert.Contains(document.RegistrationExplanation!, line => line.Contains("наступного робочого дня", StringComparison.Ordinal));
    }

    [Fact]
    public async Task S5_3_3_received_on_friday_after_15_45_is_registered_on_the_next_working_day()
    {
        var document = await steps.Incoming(receivedAt: new DateTimeOffset(2026, 11, 20, 16, 0, 0, DocumentSteps.Kyiv));
        Assert.Equal("2026-11-23", document.RegisteredOn);
    }

    [Fact]
    public async Task S5_3_3_a_public_holiday_under_martial_law_is_a_working_day_and_the_sunday_before_it_registers_on_it()
    {
        // 24.08.2026, Independence Day, a Monday: worked under martial law (art. 73 of the Labour Code does not apply).
        var onHoliday = await steps.Incoming(receivedAt: new DateTimeOffset(2026, 8, 24, 10, 0, 0, TimeSpan.FromHours(3)));
        Assert.Equal("2026-08-24", onHoliday.RegisteredOn);
        var onSunday = await steps.Incoming(receivedAt: new DateTimeOffset(2026, 8, 23, 10, 0, 0, TimeSpan.FromHours(3)));
        Assert.Equal("2026-08-24", onSunday.RegisteredOn);
    }

    [Fact]
    public async Task S5_3_3_a_registration_without_summary_or_correspondent_is_refused_in_ukrainian()
    {
        var response = await steps.RegisterRaw(new { kind = "incoming", summary = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Вкажіть короткий зміст.", body, StringComparison.Ordinal);
        var noCorrespondent = await steps.RegisterRaw(new { kind = "incoming", summary = "Про ремонт доріг", correspondentDate = "2027-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, noCorrespondent.StatusCode);
        var text = await noCorrespondent.Content.ReadAsStringAsync();
        Assert.Contains("Вкажіть кореспондента", text, StringComparison.Ordinal);
        Assert.Contains("не може бути в майбутньому", text, StringComparison.Ordinal);

        var unknownKind = await steps.RegisterRaw(new { kind = "memo", summary = "Службова записка" });
        Assert.Contains("Оберіть вид документа", await unknownKind.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task S2_8_11_a_telephonogram_records_who_transmitted_who_received_and_when()
    {
        var missing = await steps.RegisterRaw(new { kind = "telephonogram", summary = "Про нараду", correspondent = "Обласна військова адміністрація" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("хто передав", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var at = new DateTimeOffset(2026, 11, 23, 9, 15, 0, DocumentSteps.Kyiv);
        var phoned = await steps.Register(new
        {
            kind = "telephonogram",
            summary = "Про засідання штабу о 14:00",
            correspondent = "Обласна військова адміністрація",
            transmittedBy = "Черговий ОВА Петренко І.",
            receivedBy = "Приймальня міського голови, Савчук О.",
            transmittedAt = at,
        });
        Assert.StartsWith("Т-", phoned.Index, StringComparison.Ordinal);
        Assert.Equal("Черговий ОВА Петренко І.", phoned.Telephonogram!.TransmittedBy);
        Assert.Equal("Приймальня міського голови, Савчук О.", phoned.Telephonogram.ReceivedBy);
        Assert.Equal(at, phoned.Telephonogram.TransmittedAt);
    }

    [Fact]
    public async Task S5_4_1_an_outgoing_letter_answers_an_incoming_one_and_the_incoming_card_shows_its_answers()
    {
        var incoming = await steps.Incoming();
        var answer = await steps.Register(new
        {
            kind = "outgoing",
            summary = "Про надання інформації",
            correspondent = "Дніпропетровська обласна військова адміністрація",
            answersTo = incoming.Id,
        });
        Assert.EndsWith("/02-26", answer.Index, StringComparison.Ordinal);
        Assert.Equal(incoming.Id, answer.AnswersTo!.Id);

        var second = await steps.Register(new { kind = "outgoing", summary = "Додаткова інформація", correspondent = "Дніпропетровська обласна військова адміністрація" });
        var linked = await (await app.As("registrar")).PostAsJsonAsync($"/api/v1/documents/{incoming.Id}/answers", new { outgoingId = second.Id });
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);

        var card = await steps.Get(incoming.Id);
        Assert.Equal(new[] { answer.Id, second.Id }.Order(), card.Answers.Select(a => a.Id).Order());

        var wrong = await steps.RegisterRaw(new { kind = "internal", summary = "Записка", answersTo = incoming.Id });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_kind_period_department_and_searches_and_exports_xlsx()
    {
        var token = DocumentSteps.Token();
        var people = await steps.Officials();
        var department = people["Руденко"].Department;
        var letter = await steps.Incoming($"Про енергозбереження {token}", department);
        await steps.Register(new { kind = "internal", summary = $"Доповідна записка {token}", departmentId = department });

        var registrar = await app.As("registrar");
        var found = await registrar.GetFromJsonAsync<DocumentPage>($"/api/v1/documents/?q={token.ToUpperInvariant()}&kind=incoming", DocumentSteps.Json);
        Assert.Equal(letter.Id, Assert.Single(found!.Items).Id);
        var byPeriod = await registrar.GetFromJsonAsync<DocumentPage>($"/api/v1/documents/?q={token}&from=2026-11-16&to=2026-11-16", DocumentSteps.Json);
        Assert.Equal(letter.Id, Assert.Single(byPeriod!.Items).Id);
        var byDepartment = await registrar.GetFromJsonAsync<DocumentPage>($"/api/v1/documents/?q={token}&department={department}", DocumentSteps.Json);
        Assert.Equal(2, byDepartment!.Items.Count);
        Assert.Equal((null, false), (byDepartment.NextOffset, byDepartment.HasMore));
        var cyrillic = await registrar.GetFromJsonAsync<DocumentPage>($"/api/v1/documents/?q={Uri.EscapeDataString("ЕНЕРГОЗБЕРЕЖЕННЯ " + token)}", DocumentSteps.Json);
        Assert.Single(cyrillic!.Items);

        var xlsx = await registrar.GetAsync($"/api/v1/documents/export.xlsx?q={token}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var rows = MiniExcelLibs.MiniExcel.Query(await xlsx.Content.ReadAsStreamAsync(), useHeaderRow: true).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => (string)((IDictionary<string, object>)r)["Індекс"] == letter.Index);
    }

    [Fact]
    public async Task Heads_and_executors_see_only_their_departments_documents()
    {
        var token = DocumentSteps.Token();
        var people = await steps.Officials();
        var own = await steps.Incoming($"Свій підрозділ {token}", people["Руденко"].Department);
        var other = await steps.Incoming($"Інший підрозділ {token}", people.Values.Select(p => p.Department).First(d => d != people["Руденко"].Department));

        var head = await app.As("head");
        var list = await head.GetFromJsonAsync<DocumentPage>($"/api/v1/documents/?q={token}", DocumentSteps.Json);
        Assert.Equal(own.Id, Assert.Single(list!.Items).Id);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/api/v1/documents/{other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync($"/api/v1/documents/{own.Id}")).StatusCode);

        var mayor = await app.As("mayor");
        Assert.Equal(2, (await mayor.GetFromJsonAsync<DocumentPage>($"/api/v1/documents/?q={token}", DocumentSteps.Json))!.Items.Count);

        Assert.Equal(HttpStatusCode.Forbidden, (await steps.RegisterRaw(new { kind = "incoming", summary = "x", correspondent = "y" }, "head")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("citizen")).GetAsync("/api/v1/documents/")).StatusCode);
    }

    [Fact]
    public async Task The_documents_case_files_and_mayor_folder_api_are_in_the_openapi_document()
    {
        using var openApi = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json"));
        var paths = openApi.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/documents", "/api/v1/documents/{id}", "/api/v1/documents/{id}/file", "/api/v1/documents/{id}/answers",
                     "/api/v1/case-files", "/api/v1/case-files/{id}", "/api/v1/mayor-folder", "/api/v1/mayor-folder/{id}/returned" })
            Assert.True(paths.TryGetProperty(path, out _), path);
    }

    [Fact]
    public async Task The_document_card_and_its_printed_card_show_the_registration()
    {
        var document = await steps.Incoming();
        var registrar = await app.As("registrar");
        var page = await registrar.GetStringAsync($"/documents/{document.Id}");
        Assert.Contains(document.Index, page, StringComparison.Ordinal);
        Assert.Contains("Накласти резолюцію", await (await app.As("deputy")).GetStringAsync($"/documents/{document.Id}"), StringComparison.Ordinal);
        var print = await registrar.GetStringAsync($"/documents/{document.Id}/print");
        Assert.Contains("РЕЄСТРАЦІЙНО-КОНТРОЛЬНА КАРТКА", print, StringComparison.Ordinal);
        Assert.Contains("16.11.2026", print, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DocumentRegistrationOnSqlite(SqliteApp app) : DocumentRegistrationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DocumentRegistrationOnPostgres(PostgresApp app) : DocumentRegistrationTests(app);
