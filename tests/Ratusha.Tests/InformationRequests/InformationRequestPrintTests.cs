using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ratusha.Features.InformationRequests;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.InformationRequests;

/// <summary>
/// The papers of an information request: its printed registration and control card, and the letters to the requester
/// as DOCX — the notice of the extension with its reasons (art. 20 p. 4), the refusal citing its clause of art. 22 p. 1
/// with the reasons and the route of appeal (art. 22 p. 4), the notice of forwarding (art. 22 p. 3). Today is Mon 23.11.2026.
/// </summary>
public abstract class InformationRequestPrintTests(RatushaApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private async Task<InformationRequestResponse> Registered(string text)
    {
        var response = await (await app.As("registrar")).PostAsJsonAsync("/api/v1/information-requests/", new
        {
            receivedAt = new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.FromHours(2)),
            channel = "email",
            requesterName = "Гончаренко Лариса Петрівна",
            email = "zapyt@example.org",
            text = $"{text} {Guid.NewGuid():N}",
        }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<InformationRequestResponse>(Json))!;
    }

    private async Task Act(Guid id, string action, object body)
    {
        var response = await (await app.As("registrar")).PostAsJsonAsync($"/api/v1/information-requests/{id}/{action}", body, Json);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task<string> Letter(Guid id, string name, string user = "registrar")
    {
        var response = await (await app.As(user)).GetAsync($"/api/v1/information-requests/{id}/{name}.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Docx, response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        var xml = System.Xml.Linq.XDocument.Parse(await reader.ReadToEndAsync());
        System.Xml.Linq.XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        return string.Join("\n", xml.Descendants(w + "p").Select(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value))));
    }

    [Fact]
    public async Task Art20_p4_the_extension_notice_gives_the_new_term_and_its_reasons_as_a_letter_to_the_requester()
    {
        var request = await Registered("Прошу надати договори на вивезення відходів за 2021–2026 роки.");
        Assert.Equal(HttpStatusCode.BadRequest, (await (await app.As("registrar")).GetAsync($"/api/v1/information-requests/{request.Id}/extension-notice.docx")).StatusCode);

        await Act(request.Id, "extension", new { ground = "large-volume", reason = "Потрібно зібрати договори за п'ять років." });
        var text = await Letter(request.Id, "extension-notice");
        Assert.Contains("Гончаренко Лариса Петрівна", text, StringComparison.Ordinal);
        Assert.Contains("zapyt@example.org", text, StringComparison.Ordinal);
        Assert.Contains(request.Index, text, StringComparison.Ordinal);
        Assert.Contains("частини четвертої статті 20", text, StringComparison.Ordinal);
        Assert.Contains("до 20 робочих днів — до 16.12.2026", text, StringComparison.Ordinal); // 20 working days of receipt on 18.11.2026
        Assert.Contains("Потрібно зібрати договори за п'ять років.", text, StringComparison.Ordinal);

        var card = await (await app.As("registrar")).GetStringAsync($"/information-requests/{request.Id}");
        Assert.Contains($"/api/v1/information-requests/{request.Id}/extension-notice.docx", card, StringComparison.Ordinal);
        Assert.DoesNotContain("refusal.docx", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Art22_p4_the_refusal_letter_cites_the_clause_of_art_22_the_reasons_and_the_route_of_appeal()
    {
        var request = await Registered("Прошу надати особові справи працівників.");
        await Act(request.Id, "refusal", new { ground = "restricted", reasons = "Запитувані відомості містять персональні дані працівників." });
        var text = await Letter(request.Id, "refusal");
        Assert.Contains("Про відмову в задоволенні запиту на інформацію", text, StringComparison.Ordinal);
        Assert.Contains("п. 2 ч. 1 ст. 22", text, StringComparison.Ordinal);
        Assert.Contains("Мотиви відмови: Запитувані відомості містять персональні дані працівників.", text, StringComparison.Ordinal);
        Assert.Contains("ст. 23 Закону України «Про доступ до публічної інформації»", text, StringComparison.Ordinal);
        Assert.Contains("23.11.2026", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await (await app.As("registrar")).GetAsync($"/api/v1/information-requests/{request.Id}/extension-notice.docx")).StatusCode);
        // The requester's letter carries personal data: those who do not see the request do not get it.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("admin")).GetAsync($"/api/v1/information-requests/{request.Id}/refusal.docx")).StatusCode);
    }

    [Fact]
    public async Task Art22_p3_the_forwarding_notice_names_the_holder()
    {
        var request = await Registered("Прошу надати дані про розмір пенсій.");
        await Act(request.Id, "forward", new { to = "Головне управління Пенсійного фонду України в Дніпропетровській області" });
        var text = await Letter(request.Id, "forwarding-notice");
        Assert.Contains("частини третьої статті 22", text, StringComparison.Ordinal);
        Assert.Contains("Головне управління Пенсійного фонду України в Дніпропетровській області", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printed_card_shows_the_registration_the_term_and_the_outcome()
    {
        var request = await Registered("Прошу надати копію рішення про встановлення тарифів.");
        await Act(request.Id, "extension", new { ground = "large-volume", reason = "Великий обсяг документів." });
        var print = await (await app.As("registrar")).GetStringAsync($"/information-requests/{request.Id}/print");
        Assert.Contains($"РЕЄСТРАЦІЙНО-КОНТРОЛЬНА КАРТКА ЗАПИТУ НА ПУБЛІЧНУ ІНФОРМАЦІЮ № {request.Index}", print, StringComparison.Ordinal);
        Assert.Contains("18.11.2026", print, StringComparison.Ordinal);
        Assert.Contains("Гончаренко Лариса Петрівна", print, StringComparison.Ordinal);
        Assert.Contains("16.12.2026", print, StringComparison.Ordinal);
        Assert.Contains("Великий обсяг документів.", print, StringComparison.Ordinal);
        Assert.Contains($"/information-requests/{request.Id}/print", await (await app.As("registrar")).GetStringAsync($"/information-requests/{request.Id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("admin")).GetAsync($"/information-requests/{request.Id}/print")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InformationRequestPrintOnSqlite(SqliteApp app) : InformationRequestPrintTests(app);

[Collection(PostgresCollection.Name)]
public sealed class InformationRequestPrintOnPostgres(PostgresApp app) : InformationRequestPrintTests(app);
