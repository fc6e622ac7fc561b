using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ratusha.Features.Control;
using Ratusha.Features.DeputyAppeals;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.DeputyAppeals;

/// <summary>A deputy appeal brought to a point through the API, as the registrar, the deputy mayor and the lead executor do it.</summary>
internal static class DeputyAppealSteps
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Kyiv local time of receipt.</summary>
    public static DateTimeOffset Kyiv(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(2));

    public static async Task<HttpResponseMessage> PostRegisterAsync(RatushaApp app, DeputyKind kind, DateTimeOffset receivedAt, string name, string? email = null,
        Guid? department = null, string user = "registrar") =>
        await (await app.As(user)).PostAsJsonAsync("/api/v1/deputy-appeals/", new Dictionary<string, object?>
        {
            ["kind"] = kind.ToString(),
            ["deputyName"] = name,
            ["convocation"] = kind == DeputyKind.PeoplesDeputy ? "IX скликання" : "VIII скликання",
            ["faction"] = "позафракційний",
            ["email"] = email,
            ["phone"] = "+380 67 000 00 00",
            ["address"] = "вул. Грушевського, 5, м. Київ",
            ["outgoingNumber"] = "123/д",
            ["summary"] = $"Про ремонт дороги по вул. Соборній {Guid.NewGuid():N}",
            ["text"] = "Прошу повідомити про строки ремонту.",
            ["receivedAt"] = receivedAt,
            ["departmentId"] = department,
        }, Json);

    public static async Task<DeputyAppealResponse> RegisterAsync(RatushaApp app, DeputyKind kind, DateTimeOffset receivedAt, string name = "Сидоренко Петро Іванович",
        string? email = null, Guid? department = null)
    {
        var response = await PostRegisterAsync(app, kind, receivedAt, name, email, department);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DeputyAppealResponse>(Json))!;
    }

    public static async Task<Dictionary<string, Guid>> OfficialsAsync(RatushaApp app)
    {
        var all = await (await app.As("mayor")).GetFromJsonAsync<JsonElement[]>("/api/v1/officials/");
        return all!.GroupBy(o => o.GetProperty("surname").GetString()!).ToDictionary(g => g.Key, g => g.First().GetProperty("id").GetGuid());
    }

    public static async Task<Guid> DepartmentAsync(RatushaApp app, string code)
    {
        var all = await (await app.As("registrar")).GetFromJsonAsync<JsonElement[]>("/api/v1/departments/");
        return all!.Single(d => d.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();
    }

    /// <summary>The deputy mayor (Шевчук) resolves: lead Олійник, controller Кравчук, the kind's default term.</summary>
    public static async Task<ResolutionView> ResolveAsync(RatushaApp app, DeputyAppealResponse appeal)
    {
        var people = await OfficialsAsync(app);
        var response = await (await app.As("deputy")).PostAsJsonAsync($"/api/v1/deputy-appeals/{appeal.Id}/resolution", new Dictionary<string, object?>
        {
            ["text"] = "Розглянути і підготувати відповідь депутату.",
            ["leadExecutorId"] = people["Олійник"],
            ["controllerId"] = people["Кравчук"],
        }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ResolutionView>(Json))!;
    }

    public static async Task<HttpResponseMessage> ExtendAsync(RatushaApp app, DeputyAppealResponse appeal, string newDue, int version) =>
        await (await app.As("deputy")).PostAsJsonAsync($"/api/v1/deputy-appeals/{appeal.Id}/extension",
            new { newDueDate = newDue, reason = "Потрібне обстеження дорожнього покриття комісією.", version });

    public static async Task<DeputyAppealResponse> GetAsync(RatushaApp app, DeputyAppealResponse appeal, string user = "registrar") =>
        (await (await app.As(user)).GetFromJsonAsync<DeputyAppealResponse>($"/api/v1/deputy-appeals/{appeal.Id}", Json))!;

    public static async Task<HttpResponseMessage> HearingAsync(RatushaApp app, DeputyAppealResponse appeal, string date, string user = "registrar") =>
        await (await app.As(user)).PostAsJsonAsync($"/api/v1/deputy-appeals/{appeal.Id}/hearing", new { date, time = "14:30", place = "каб. 305, вул. Гетьманська, 14" });

    public static async Task<string> TitleOfProblemAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString()!;

    public static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var messages = body.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var found) ? found : default;
        Assert.True(messages.ValueKind == JsonValueKind.Array, $"No error for {field}: {body}");
        return messages[0].GetString()!;
    }
}
