using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ratusha.Tests.Admin;

/// <summary>The API calls the admin tests prepare and check their data with; every name and code is unique to the test.</summary>
internal static class AdminApi
{
    public static string NewCode() => "T" + Random.Shared.Next(0, 99_999_999).ToString("D8", CultureInfo.InvariantCulture);

    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    public static async Task<JsonElement> CreateDepartmentAsync(HttpClient admin, string name, string? code = null)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/departments/", new { name, shortName = name, code = code ?? NewCode(), sortOrder = 90 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> CreateOfficialAsync(HttpClient admin, string surname, string departmentId)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/officials/",
            new { surname, givenName = "Олена", patronymic = "Петрівна", position = "головний спеціаліст", departmentId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement?> FindAsync(HttpClient client, string url, string property, string value) =>
        (await client.GetFromJsonAsync<JsonElement[]>(url))!.Cast<JsonElement?>().SingleOrDefault(e => e!.Value.GetProperty(property).GetString() == value);

    public static string Id(this JsonElement e) => e.GetProperty("id").GetString()!;

    public static int Version(this JsonElement e) => e.GetProperty("version").GetInt32();
}
