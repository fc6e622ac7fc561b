using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ratusha.Tests.Admin;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Security;

/// <summary>
/// Input no form or API accepts (issue 6, item 4): NUL and broken Unicode, over-long fields, wrong content types and an
/// antiforgery token carried over from another visitor's session. Each gets a clear Ukrainian answer and nothing is stored.
/// </summary>
public abstract class BadInputTests(RatushaApp app)
{
    private static string Body(string marker, string surnameJson) => $$"""
        {"receivedAt":"2026-11-16T10:00:00+02:00","channel":"1.1","type":"3.2","sign":"2.1","subject":"5.1",
         "surname":{{surnameJson}},"givenName":"Ольга","address":"вул. Шевченка, 5","topic":"09",
         "text":"Прошу відремонтувати тротуар. {{marker}}"}
        """;

    private async Task<int> StoredWith(string marker)
    {
        await using var scope = app.Scope(out var db);
        return await db.Appeals.CountAsync(a => a.Text.Contains(marker));
    }

    private static async Task AssertUkrainianProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var title = problem.RootElement.GetProperty("title").GetString()!;
        Assert.Contains(title, c => c is >= 'А' and <= 'я');
        Assert.False(problem.RootElement.TryGetProperty("exception", out _));
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NUL", "\"Черн\\u0000енко\"")]
    [InlineData("lone high surrogate", "\"Черн\\ud800енко\"")]
    [InlineData("lone low surrogate", "\"\\udc00Черненко\"")]
    [InlineData("control character", "\"Черн\\u0007енко\"")]
    public async Task Text_with_nul_or_broken_unicode_is_refused_by_the_api_and_nothing_is_stored(string what, string surname)
    {
        var marker = Guid.NewGuid().ToString("N");
        var response = await (await app.As("registrar")).PostAsync("/api/v1/appeals/",
            new StringContent(Body(marker, surname), Encoding.UTF8, "application/json"));
        await AssertUkrainianProblem(response, HttpStatusCode.BadRequest);
        Assert.True(await StoredWith(marker) == 0, what);
    }

    [Fact]
    public async Task The_citizen_portal_refuses_a_nul_in_a_field_and_stores_nothing()
    {
        var marker = Guid.NewGuid().ToString("N");
        var fresh = (await PageForm.OpenAsync(app.Anonymous(), "/public/appeal", "public-appeal"))
            .Set("surname", "Черн\0енко").Set("givenName", "Галина").Set("address", "вул. Квіткова, 9")
            .Set("email", "halyna@example.org").Set("text", $"Прошу встановити лавки. {marker}").Check("consent");
        var response = await fresh.PostRawAsync();
        await AssertUkrainianProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, await StoredWith(marker));

        var search = await (await app.As("registrar")).GetAsync("/api/v1/appeals/?q=%00");
        await AssertUkrainianProblem(search, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Over_long_fields_are_refused_with_the_limit_and_nothing_is_stored()
    {
        var marker = Guid.NewGuid().ToString("N");
        var api = await (await app.As("registrar")).PostAsync("/api/v1/appeals/",
            new StringContent(Body(marker, JsonSerializer.Serialize(new string('Ж', 5000))), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("до 100 символів", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = await (await PageForm.OpenAsync(app.Anonymous(), "/public/appeal", "public-appeal"))
            .Set("surname", "Черненко").Set("givenName", "Галина").Set("address", "вул. Квіткова, 9").Set("email", "halyna@example.org")
            .Set("text", marker + new string('ї', 20001)).Check("consent").SubmitAsync();
        Assert.Null(page.QuerySelector("#public-index"));
        Assert.Contains("до 20000 символів", PageReader.ErrorsNextTo(page, "text"), StringComparison.Ordinal);
        Assert.Equal(0, await StoredWith(marker));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_wrong_content_type_gets_a_ukrainian_415_and_nothing_is_stored(string contentType)
    {
        var marker = Guid.NewGuid().ToString("N");
        var response = await (await app.As("registrar")).PostAsync("/api/v1/appeals/",
            new StringContent(Body(marker, "\"Черненко\""), Encoding.UTF8, contentType));
        await AssertUkrainianProblem(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, await StoredWith(marker));
    }

    [Fact]
    public async Task An_antiforgery_token_of_another_session_is_refused_and_nothing_is_stored()
    {
        var marker = Guid.NewGuid().ToString("N");
        var victim = await PageReader.GetAsync(app.Anonymous(), "/public/appeal");
        var attacker = app.Anonymous();
        _ = await PageReader.GetAsync(attacker, "/public/appeal"); // the attacker's own antiforgery cookie
        var replayed = PageForm.Of(attacker, "/public/appeal", victim, "public-appeal")
            .Set("surname", "Черненко").Set("givenName", "Галина").Set("address", "вул. Квіткова, 9")
            .Set("email", "halyna@example.org").Set("text", $"Прошу встановити лавки. {marker}").Check("consent");
        var response = await replayed.PostRawAsync();
        await AssertUkrainianProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, await StoredWith(marker));

        var noCookie = PageForm.Of(app.Anonymous(), "/public/appeal", victim, "public-appeal")
            .Set("surname", "Черненко").Set("text", $"Прошу встановити лавки. {marker}").Check("consent");
        Assert.Equal(HttpStatusCode.BadRequest, (await noCookie.PostRawAsync()).StatusCode);
        Assert.Equal(0, await StoredWith(marker));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BadInputOnSqlite(SqliteApp app) : BadInputTests(app);

[Collection(PostgresCollection.Name)]
public sealed class BadInputOnPostgres(PostgresApp app) : BadInputTests(app);
