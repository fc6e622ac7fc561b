using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ratusha.Features.Appeals;
using Ratusha.Features.Control;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Appeals;

/// <summary>
/// An appeal brought to a given point through the API, as the registrar, the deputy mayor and the lead executor do it:
/// registered (a paper letter, no department), resolved (lead Олійник, co-executor Руденко, controller Кравчук), answered.
/// </summary>
internal static class AppealSteps
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<AppealResponse> RegisterAsync(RatushaApp app, string surname, string? email = null)
    {
        var response = await (await app.As("registrar")).PostAsJsonAsync("/api/v1/appeals/", new Dictionary<string, object?>
        {
            ["receivedAt"] = new DateTimeOffset(2026, 11, 16, 10, 0, 0, TimeSpan.FromHours(2)),
            ["channel"] = "1.1",
            ["type"] = "3.2",
            ["sign"] = "2.1",
            ["subject"] = "5.1",
            ["surname"] = surname,
            ["givenName"] = "Ольга",
            ["patronymic"] = "Іванівна",
            ["address"] = "вул. Шевченка, 5, кв. 12",
            ["email"] = email,
            ["topic"] = "09",
            ["text"] = $"Прошу відремонтувати дитячий майданчик. {Guid.NewGuid():N}",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AppealResponse>(Json))!;
    }

    public static async Task ResolveAsync(RatushaApp app, AppealResponse appeal)
    {
        var officials = await (await app.As("mayor")).GetFromJsonAsync<JsonElement[]>("/api/v1/officials/");
        Guid Id(string surname) => officials!.First(o => o.GetProperty("surname").GetString() == surname).GetProperty("id").GetGuid();
        var response = await (await app.As("deputy")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/resolution", new Dictionary<string, object?>
        {
            ["text"] = "Обстежити майданчик і відповісти заявниці.",
            ["leadExecutorId"] = Id("Олійник"),
            ["coExecutorIds"] = new[] { Id("Руденко") },
            ["controllerId"] = Id("Кравчук"),
        }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static async Task AnswerAsync(RatushaApp app, AppealResponse appeal, string result, string text, string? grounds = null, string? route = null)
    {
        var response = await (await app.As("executor")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/answer", new { text, result, grounds, appealRoute = route });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static async Task<ReportView> AnswerOfAsync(RatushaApp app, AppealResponse appeal)
    {
        var views = await (await app.As("registrar")).GetFromJsonAsync<ResolutionView[]>($"/api/v1/appeals/{appeal.Id}/resolutions", Json);
        return views!.Single().Assignments.Single(a => a.IsLead).Reports.Single(r => r.Kind == nameof(ReportKind.Answer));
    }
}
