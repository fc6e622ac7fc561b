using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ratusha.Features.Control;
using Ratusha.Features.Documents;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Documents;

/// <summary>What the documents tests do through the API, as a registrar, an official or a controller would.</summary>
internal sealed class DocumentSteps(RatushaApp app)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    public static readonly TimeSpan Kyiv = TimeSpan.FromHours(2); // November: winter time

    /// <summary>A token that makes this test's documents its own in the shared database.</summary>
    public static string Token() => Guid.NewGuid().ToString("N")[..8];

    public async Task<HttpResponseMessage> RegisterRaw(object request, string user = "registrar") =>
        await (await app.As(user)).PostAsJsonAsync("/api/v1/documents/", request, Json);

    public async Task<DocumentResponse> Register(object request, string user = "registrar")
    {
        var response = await RegisterRaw(request, user);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<DocumentResponse>(Json))!;
    }

    /// <summary>An incoming letter received on Monday 16.11.2026 at 10:00 (registered that day).</summary>
    public Task<DocumentResponse> Incoming(string? summary = null, Guid? department = null, DateTimeOffset? receivedAt = null) =>
        Register(new
        {
            kind = "incoming",
            receivedAt = receivedAt ?? new DateTimeOffset(2026, 11, 16, 10, 0, 0, Kyiv),
            summary = summary ?? $"Про підготовку до опалювального сезону {Token()}",
            correspondent = "Дніпропетровська обласна військова адміністрація",
            correspondentNumber = $"01-{Token()}",
            correspondentDate = "2026-11-12",
            pages = 2,
            departmentId = department,
        });

    public async Task<Dictionary<string, (Guid Id, Guid Department)>> Officials()
    {
        var all = await (await app.As("mayor")).GetFromJsonAsync<JsonElement[]>("/api/v1/officials/");
        return all!.GroupBy(o => o.GetProperty("surname").GetString()!)
            .ToDictionary(g => g.Key, g => (g.First().GetProperty("id").GetGuid(), g.First().GetProperty("departmentId").GetGuid()));
    }

    public async Task<HttpResponseMessage> ResolveRaw(Guid cardId, string term = "Default", string? dueDate = null, string author = "deputy")
    {
        var people = await Officials();
        return await (await app.As(author)).PostAsJsonAsync($"/api/v1/cards/{cardId}/resolutions", new Dictionary<string, object?>
        {
            ["text"] = "Опрацювати, вжити заходів, поінформувати.",
            ["leadExecutorId"] = people["Олійник"].Id,
            ["coExecutorIds"] = Array.Empty<Guid>(),
            ["controllerId"] = people["Кравчук"].Id,
            ["term"] = term,
            ["dueDate"] = dueDate,
        }, Json);
    }

    public async Task<ResolutionView> Resolve(Guid cardId, string term = "Default", string? dueDate = null)
    {
        var response = await ResolveRaw(cardId, term, dueDate);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ResolutionView>(Json))!;
    }

    public async Task<HttpResponseMessage> Report(Guid assignmentId, string kind = "Answer") =>
        await (await app.As("executor")).PostAsJsonAsync($"/api/v1/assignments/{assignmentId}/reports", new { kind, text = "Виконано, інформацію надано." });

    public async Task<HttpResponseMessage> Review(ResolutionView r, string action) =>
        await (await app.As("controller")).PostAsJsonAsync($"/api/v1/resolutions/{r.Id}/{action}", new { basis = "Виконано в повному обсязі.", version = r.Version });

    public async Task<DocumentResponse> Get(Guid id, string user = "registrar") =>
        (await (await app.As(user)).GetFromJsonAsync<DocumentResponse>($"/api/v1/documents/{id}", Json))!;

    public async Task<CaseFileView> CaseFile(int year = 2026, string? title = null)
    {
        var response = await (await app.As("registrar")).PostAsJsonAsync("/api/v1/case-files/", new
        {
            year,
            index = $"01-{Token()}",
            title = title ?? "Листування з обласною військовою адміністрацією",
            retention = "5 р.",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CaseFileView>(Json))!;
    }

    public async Task<HttpResponseMessage> File(Guid documentId, Guid caseFileId, string user = "registrar") =>
        await (await app.As(user)).PostAsJsonAsync($"/api/v1/documents/{documentId}/file", new { caseFileId });
}
