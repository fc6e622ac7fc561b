using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Security;

/// <summary>
/// What a browser is told on every answer (issue 6, item 5): a content security policy without 'unsafe-inline' that
/// forbids framing, no MIME sniffing, a referrer and permissions policy, HSTS over TLS, and session and antiforgery
/// cookies that scripts cannot read and that travel only over TLS when the site is served over TLS.
/// </summary>
public abstract class SecurityHeadersTests(RatushaApp app)
{
    private HttpClient Over(string scheme) => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri($"{scheme}://ratusha.example/"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    [Theory]
    [InlineData("/login")]
    [InlineData("/public/appeal")]
    [InlineData("/api/v1/deadlines/rules")]
    [InlineData("/api/v1/journals/")]
    [InlineData("/no-such-page")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        using var response = await app.Anonymous().GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "object-src 'none'" })
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Hsts_is_sent_over_tls_and_not_over_plain_http()
    {
        using var tls = await Over("https").GetAsync("/login");
        Assert.Contains("max-age=31536000", string.Join(";", tls.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        using var plain = await Over("http").GetAsync("/login");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Session_and_antiforgery_cookies_are_http_only_same_site_and_secure_over_tls()
    {
        var client = Over("https");
        using var page = await client.GetAsync("/login");
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ratusha.af=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", antiforgery, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.Ordinal);
        Assert.Contains("secure", antiforgery, StringComparison.Ordinal);

        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "citizen", password = RatushaApp.Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        var session = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ratusha.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", session, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", session, StringComparison.Ordinal);
        Assert.Contains("secure", session, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SecurityHeadersOnSqlite(SqliteApp app) : SecurityHeadersTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SecurityHeadersOnPostgres(PostgresApp app) : SecurityHeadersTests(app);
