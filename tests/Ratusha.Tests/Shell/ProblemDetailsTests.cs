using System.Net;
using System.Text;
using System.Text.Json;
using Ratusha.Features.Audit;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Shell;

/// <summary>Errors are RFC 9457 problem details in Ukrainian; bad input is a 4xx, never a 500; the host reports its health.</summary>
public abstract class ProblemDetailsTests(RatushaApp app)
{
    private static async Task<string> Title(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)response.StatusCode, doc.RootElement.GetProperty("status").GetInt32());
        return doc.RootElement.GetProperty("title").GetString()!;
    }

    [Fact]
    public async Task Anonymous_call_to_a_protected_api_is_a_401_problem_in_ukrainian()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/departments/");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Потрібно увійти в систему.", await Title(response));
    }

    [Fact]
    public async Task Wrong_role_is_a_403_problem_in_ukrainian()
    {
        var response = await (await app.As("citizen")).GetAsync("/api/v1/departments/");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Недостатньо прав для цієї дії.", await Title(response));
    }

    [Theory]
    [InlineData("{not json", "application/json")]
    [InlineData("""{"summary": 42, "receivedAt": "вчора"}""", "application/json")]
    [InlineData("summary=x", "text/plain")]
    public async Task Unreadable_input_is_a_4xx_problem_and_stores_nothing(string body, string contentType)
    {
        var registrar = await app.As("registrar");
        var before = await registrar.GetStringAsync("/api/v1/journals/telephonograms/cards");
        var response = await registrar.PostAsync("/api/v1/journals/telephonograms/cards", new StringContent(body, Encoding.UTF8, contentType));
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Matches("[А-Яа-яІіЇїЄє]", await Title(response));
        Assert.Equal(before, await registrar.GetStringAsync("/api/v1/journals/telephonograms/cards"));
    }

    [Fact]
    public async Task Unknown_api_route_is_a_404_problem_for_a_signed_in_user()
    {
        var response = await (await app.As("registrar")).GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Не знайдено.", await Title(response));
    }

    [Fact]
    public async Task Health_includes_the_database_and_the_openapi_document_is_served()
    {
        var health = await app.Anonymous().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());

        using var openApi = JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json"));
        var paths = openApi.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/deadlines", out _));
        Assert.True(paths.TryGetProperty("/api/v1/calendar/{year}", out _));
    }

    [Fact]
    public async Task The_verify_audit_command_exits_0_on_an_intact_chain()
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, await VerifyAuditCommand.RunAsync(app.Services));
        }
        finally
        {
            Console.SetOut(original);
        }
        Assert.Contains("цілісний", output.ToString(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProblemDetailsOnSqlite(SqliteApp app) : ProblemDetailsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProblemDetailsOnPostgres(PostgresApp app) : ProblemDetailsTests(app);
