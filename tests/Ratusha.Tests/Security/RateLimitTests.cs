using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Ratusha.Tests.Admin;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Security;

/// <summary>A host with small limits per address and minute (settings RateLimits:*), so that a test can reach them.</summary>
public sealed class RateLimitedApp() : RatushaApp(Provider.Sqlite)
{
    public const int Logins = 3, Submissions = 2, Lookups = 4;

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("RateLimits:LoginPerMinute", Logins.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:PublicSubmissionsPerMinute", Submissions.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:PublicLookupsPerMinute", Lookups.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// Log-in, the public forms, status look-ups by check code and open-data downloads are limited per address (issue 6,
/// item 5): over the limit the answer is 429 with a Ukrainian problem and Retry-After. The limiter does not depend on the
/// database, so it is checked on one.
/// </summary>
public sealed class RateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    private static async Task AssertTooMany(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter is not null, "Retry-After is missing");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("Забагато запитів", problem.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_in_attempts_over_the_limit_get_429()
    {
        var client = app.Anonymous();
        for (var i = 0; i < RateLimitedApp.Logins; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "nobody-" + i, password = "Wrong-password-1" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        await AssertTooMany(await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "citizen", password = RatushaApp.Password }));
    }

    [Fact]
    public async Task Status_look_ups_and_open_data_downloads_share_a_limit()
    {
        var client = app.Anonymous();
        for (var i = 0; i < RateLimitedApp.Lookups - 1; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/public/status?code=AAAA-{2222 + i}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/open-data/hotline-appeals.json")).StatusCode);
        await AssertTooMany(await client.GetAsync("/public/information-request/status?code=BBBB-2222"));
        await AssertTooMany(await client.GetAsync("/api/v1/open-data/hotline-appeals.csv"));
        // Opening the form itself, without a code, is not a look-up.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/public/status")).StatusCode);
    }

    [Fact]
    public async Task Public_form_submissions_over_the_limit_get_429()
    {
        var form = await PageForm.OpenAsync(app.Anonymous(), "/public/appeal", "public-appeal");
        form.Set("surname", "Черненко").Set("givenName", "Галина").Set("address", "вул. Квіткова, 9").Set("email", "halyna@example.org")
            .Set("text", "Прошу встановити лавки у сквері.");
        for (var i = 0; i < RateLimitedApp.Submissions; i++)
            Assert.Equal(HttpStatusCode.OK, (await form.PostRawAsync()).StatusCode); // no consent: the page answers with the message
        await AssertTooMany(await form.PostRawAsync());
        var request = await PageForm.OpenAsync(app.Anonymous(), "/public/information-request", PublicInformationRequestForm);
        await AssertTooMany(await request.PostRawAsync());
    }

    private const string PublicInformationRequestForm = "public-information-request";
}
