using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Shell;

/// <summary>Values longer than their columns are a clear 4xx and store nothing, on both databases.</summary>
public abstract class LongInputTests(RatushaApp app)
{
    [Fact]
    public async Task An_overlong_e_mail_of_an_official_is_a_4xx_and_nothing_is_stored()
    {
        var admin = await app.As("admin");
        var departments = await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/departments/");
        var surname = $"Довгий{Guid.NewGuid():N}"[..20];
        var response = await admin.PostAsJsonAsync("/api/v1/officials/", new
        {
            surname,
            givenName = "Адрес",
            position = "Тест",
            departmentId = departments![0].GetProperty("id").GetGuid(),
            email = new string('a', 300) + "@example.org",
        });
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var officials = await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/officials/");
        Assert.DoesNotContain(officials!, o => o.GetProperty("surname").GetString() == surname);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LongInputOnSqlite(SqliteApp app) : LongInputTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LongInputOnPostgres(PostgresApp app) : LongInputTests(app);
