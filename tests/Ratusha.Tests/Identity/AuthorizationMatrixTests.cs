using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Identity;

/// <summary>
/// Every endpoint and page of the route table, asked by an anonymous visitor and by each role: who gets in, who gets
/// 401/403 (or, for pages, the redirect to the log-in or access-denied page). A route missing from <see cref="Expected"/>
/// fails the test, so nothing is added without a policy and a line here.
/// </summary>
public abstract class AuthorizationMatrixTests(RatushaApp app)
{
    private const string Anonymous = "anonymous";
    private static readonly string[] Users = ["admin", "registrar", "hotline", "controller", "head", "executor", "deputy", "mayor", "citizen"];
    private static readonly string[] Everyone = [Anonymous, .. Users];
    private static readonly string[] SignedIn = Users;
    private static readonly string[] Officials = ["admin", "registrar", "hotline", "controller", "head", "executor", "deputy", "mayor"];
    private static readonly string[] Admin = ["admin"];
    private static readonly string[] Registration = ["admin", "registrar", "hotline"];
    private static readonly string[] Audit = ["admin", "controller"];
    private static readonly string[] Resolution = ["deputy", "mayor"];
    private static readonly string[] Analytics = ["registrar", "hotline", "controller", "head", "deputy", "mayor"];
    private static readonly string[] Dashboard = ["controller", "deputy", "mayor"];
    private static readonly string[] Hotline = ["registrar", "hotline"];
    private static readonly string[] Records = ["admin", "registrar"];

    /// <summary>"METHOD /route" → who may use it.</summary>
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["GET /api/v1/deadlines"] = Everyone,
        ["GET /api/v1/deadlines/rules"] = Everyone,
        ["GET /api/v1/calendar/{year}"] = Everyone,
        ["GET /openapi/{documentName}.json"] = Everyone,
        ["ANY /health"] = Everyone,
        ["POST /api/v1/auth/login"] = Everyone,
        ["POST /api/v1/auth/logout"] = SignedIn,
        ["GET /api/v1/me"] = SignedIn,
        ["POST /logout"] = SignedIn,
        ["GET /api/v1/council/"] = Officials,
        ["PUT /api/v1/council/"] = Admin,
        ["GET /api/v1/departments/"] = Officials,
        ["POST /api/v1/departments/"] = Admin,
        ["PUT /api/v1/departments/{id:guid}"] = Admin,
        ["GET /api/v1/officials/"] = Officials,
        ["POST /api/v1/officials/"] = Admin,
        ["PUT /api/v1/officials/{id:guid}"] = Admin,
        ["GET /api/v1/users/"] = Admin,
        ["POST /api/v1/users/"] = Admin,
        ["PUT /api/v1/users/{id:guid}/roles"] = Admin,
        ["POST /api/v1/users/{id:guid}/unlock"] = Admin,
        ["GET /api/v1/roles"] = Admin,
        ["GET /api/v1/journals/"] = Officials,
        ["POST /api/v1/journals/"] = Admin,
        ["PUT /api/v1/journals/{code}"] = Admin,
        ["GET /api/v1/journals/{code}/cards"] = Officials,
        ["POST /api/v1/journals/{code}/cards"] = Registration,
        ["GET /api/v1/audit/"] = Audit,
        ["GET /api/v1/audit/verify"] = Audit,
        ["GET /api/v1/calendar-settings/holidays"] = Admin,
        ["POST /api/v1/calendar-settings/holidays"] = Admin,
        ["DELETE /api/v1/calendar-settings/holidays/{id:guid}"] = Admin,
        ["GET /api/v1/calendar-settings/special-days"] = Admin,
        ["POST /api/v1/calendar-settings/special-days"] = Admin,
        ["DELETE /api/v1/calendar-settings/special-days/{id:guid}"] = Admin,
        ["GET /api/v1/calendar-settings/martial-law"] = Admin,
        ["POST /api/v1/calendar-settings/martial-law"] = Admin,
        ["PUT /api/v1/calendar-settings/martial-law/{id:guid}"] = Admin,
        ["DELETE /api/v1/calendar-settings/martial-law/{id:guid}"] = Admin,
        ["GET /api/v1/cards/{cardId:guid}/resolutions"] = Officials,
        ["POST /api/v1/cards/{cardId:guid}/resolutions"] = Resolution,
        ["POST /api/v1/resolutions/{id:guid}/extensions"] = Resolution,
        ["POST /api/v1/resolutions/{id:guid}/return"] = Officials,
        ["POST /api/v1/resolutions/{id:guid}/remove-from-control"] = Officials,
        ["POST /api/v1/assignments/{id:guid}/reports"] = Officials,
        ["GET /api/v1/assignments/mine"] = Officials,
        ["GET /api/v1/classifiers/{list}"] = Officials,
        ["POST /api/v1/classifiers/{list}"] = Admin,
        ["PUT /api/v1/classifiers/{list}/{id:guid}"] = Admin,
        ["POST /api/v1/appeals/"] = Registration,
        ["GET /api/v1/appeals/"] = Officials,
        ["GET /api/v1/appeals/{id:guid}"] = Officials,
        ["GET /api/v1/appeals/earlier"] = Registration,
        ["GET /api/v1/appeals/export.xlsx"] = Officials,
        ["POST /api/v1/appeals/{id:guid}/forward"] = Registration,
        ["POST /api/v1/appeals/{id:guid}/return"] = Registration,
        ["POST /api/v1/appeals/{id:guid}/not-considered"] = Resolution,
        ["GET /api/v1/appeals/{id:guid}/resolutions"] = Officials,
        ["POST /api/v1/appeals/{id:guid}/resolution"] = Resolution,
        ["POST /api/v1/appeals/{id:guid}/extension"] = Resolution,
        ["POST /api/v1/appeals/{id:guid}/reports"] = Officials,
        ["POST /api/v1/appeals/{id:guid}/answer"] = Officials,
        ["GET /api/v1/appeals/{id:guid}/answer.docx"] = Officials,
        ["POST /api/v1/appeals/{id:guid}/answer/send"] = Officials,
        ["POST /api/v1/appeals/{id:guid}/return-for-rework"] = Officials,
        ["POST /api/v1/appeals/{id:guid}/remove-from-control"] = Officials,
        ["POST /api/v1/deputy-appeals/"] = Registration,
        ["GET /api/v1/deputy-appeals/"] = Officials,
        ["GET /api/v1/deputy-appeals/export.xlsx"] = Officials,
        ["GET /api/v1/deputy-appeals/{id:guid}"] = Officials,
        ["POST /api/v1/deputy-appeals/{id:guid}/hearing"] = Officials,
        ["GET /api/v1/deputy-appeals/{id:guid}/notices"] = Officials,
        ["POST /api/v1/deputy-appeals/{id:guid}/notices/{noticeId:guid}/sent"] = Officials,
        ["POST /api/v1/deputy-appeals/{id:guid}/consideration"] = Officials,
        ["POST /api/v1/deputy-appeals/{id:guid}/answer/send"] = Officials,
        ["GET /api/v1/deputy-appeals/{id:guid}/resolutions"] = Officials,
        ["POST /api/v1/deputy-appeals/{id:guid}/resolution"] = Resolution,
        ["POST /api/v1/deputy-appeals/{id:guid}/extension"] = Resolution,
        ["POST /api/v1/deputy-appeals/{id:guid}/reports"] = Officials,
        ["GET /api/v1/cards/{cardId:guid}/attachments"] = Officials,
        ["POST /api/v1/cards/{cardId:guid}/attachments"] = Officials,
        ["GET /api/v1/attachments/{id:guid}"] = Officials,
        ["GET /api/v1/mail-journal/"] = Registration,
        ["POST /api/v1/mail-journal/check"] = Registration,
        ["GET /api/v1/mail-journal/{id:guid}"] = Registration,
        ["GET /api/v1/mail-journal/{id:guid}/attachments/{attachmentId:guid}"] = Registration,
        ["POST /api/v1/mail-journal/{id:guid}/appeal"] = Registration,
        ["POST /api/v1/mail-journal/{id:guid}/document"] = Registration,
        ["POST /api/v1/mail-journal/{id:guid}/reply"] = Registration,
        ["POST /api/v1/mail-journal/{id:guid}/dismiss"] = Registration,
        ["GET /api/v1/analytics/weekly"] = Analytics,
        ["GET /api/v1/analytics/weekly.xlsx"] = Analytics,
        ["GET /api/v1/analytics/weekly.pdf"] = Analytics,
        ["GET /api/v1/analytics/discipline"] = Analytics,
        ["GET /api/v1/analytics/discipline.xlsx"] = Analytics,
        ["GET /api/v1/analytics/discipline.pdf"] = Analytics,
        ["GET /api/v1/analytics/statistics"] = Analytics,
        ["GET /api/v1/analytics/statistics.xlsx"] = Analytics,
        ["GET /api/v1/analytics/statistics.pdf"] = Analytics,
        ["GET /api/v1/analytics/control-quarterly"] = Analytics,
        ["GET /api/v1/analytics/control-quarterly.xlsx"] = Analytics,
        ["GET /api/v1/analytics/control-quarterly.pdf"] = Analytics,
        ["GET /api/v1/open-data/hotline-appeals.csv"] = Everyone,
        ["GET /api/v1/open-data/hotline-appeals.json"] = Everyone,
        ["POST /api/v1/hotlines/{source}/imports"] = Hotline,
        ["GET /api/v1/hotlines/{source}/mapping"] = Hotline,
        ["PUT /api/v1/hotlines/{source}/mapping"] = Hotline,
        ["GET /api/v1/hotlines/{source}/report-back.xlsx"] = Hotline,
        ["GET /api/v1/hotlines/{source}/control"] = Hotline,
        ["GET /api/v1/hotlines/appeals/{id:guid}/report-backs"] = Hotline,
        ["POST /api/v1/hotlines/appeals/{id:guid}/report-backs"] = Hotline,
        ["GET /api/v1/documents/"] = Officials,
        ["GET /api/v1/documents/export.xlsx"] = Officials,
        ["POST /api/v1/documents/"] = Registration,
        ["GET /api/v1/documents/{id:guid}"] = Officials,
        ["POST /api/v1/documents/{id:guid}/answers"] = Registration,
        ["POST /api/v1/documents/{id:guid}/file"] = Records,
        ["GET /api/v1/case-files/"] = Officials,
        ["POST /api/v1/case-files/"] = Records,
        ["GET /api/v1/case-files/{id:guid}"] = Officials,
        ["PUT /api/v1/case-files/{id:guid}"] = Records,
        ["GET /api/v1/mayor-folder/"] = Officials,
        ["POST /api/v1/mayor-folder/"] = Records,
        ["POST /api/v1/mayor-folder/{id:guid}/handed-over"] = Records,
        ["POST /api/v1/mayor-folder/{id:guid}/considered"] = Records,
        ["POST /api/v1/mayor-folder/{id:guid}/returned"] = Records,
        ["POST /api/v1/information-requests/"] = Registration,
        ["GET /api/v1/information-requests/"] = Officials,
        ["GET /api/v1/information-requests/export.xlsx"] = Officials,
        ["GET /api/v1/information-requests/{id:guid}"] = Officials,
        ["POST /api/v1/information-requests/{id:guid}/urgency"] = Registration,
        ["POST /api/v1/information-requests/{id:guid}/extension"] = Officials,
        ["POST /api/v1/information-requests/{id:guid}/refusal"] = Officials,
        ["POST /api/v1/information-requests/{id:guid}/forward"] = Registration,
        ["POST /api/v1/information-requests/{id:guid}/answer"] = Officials,
        ["GET /api/v1/information-requests/{id:guid}/extension-notice.docx"] = Officials,
        ["GET /api/v1/information-requests/{id:guid}/refusal.docx"] = Officials,
        ["GET /api/v1/information-requests/{id:guid}/forwarding-notice.docx"] = Officials,
        // pages
        ["PAGE /login"] = Everyone,
        ["PAGE /access-denied"] = Everyone,
        ["PAGE /not-found"] = Everyone,
        ["PAGE /"] = SignedIn,
        ["PAGE /deadlines"] = SignedIn,
        ["PAGE /journals"] = Officials,
        ["PAGE /journals/{Code}"] = Officials,
        ["PAGE /cards/{Id:guid}"] = Officials,
        ["PAGE /appeals"] = Officials,
        ["PAGE /public/appeal"] = Everyone,
        ["PAGE /public/status"] = Everyone,
        ["PAGE /public/open-data"] = Everyone,
        ["PAGE /dashboard"] = Dashboard,
        ["PAGE /appeals/new"] = Registration,
        ["PAGE /appeals/{Id:guid}"] = Officials,
        ["PAGE /appeals/{Id:guid}/print"] = Officials,
        ["PAGE /deputy-appeals"] = Officials,
        ["PAGE /deputy-appeals/new"] = Registration,
        ["PAGE /deputy-appeals/{Id:guid}"] = Officials,
        ["PAGE /deputy-appeals/{Id:guid}/print"] = Officials,
        ["PAGE /mail-journal"] = Registration,
        ["PAGE /mail-journal/{Id:guid}"] = Registration,
        ["PAGE /hotlines"] = Hotline,
        ["PAGE /hotlines/{Source}"] = Hotline,
        ["PAGE /hotlines/{Source}/mapping"] = Hotline,
        ["PAGE /information-requests"] = Officials,
        ["PAGE /information-requests/new"] = Registration,
        ["PAGE /information-requests/{Id:guid}"] = Officials,
        ["PAGE /information-requests/{Id:guid}/print"] = Officials,
        ["PAGE /public/information-request"] = Everyone,
        ["PAGE /public/information-request/status"] = Everyone,
        ["PAGE /admin/council"] = Admin,
        ["PAGE /admin/departments"] = Admin,
        ["PAGE /admin/officials"] = Admin,
        ["PAGE /admin/users"] = Admin,
        ["PAGE /admin/roles"] = Admin,
        ["PAGE /admin/journals"] = Admin,
        ["PAGE /admin/classifiers"] = Admin,
        ["PAGE /admin/classifiers/{List}"] = Admin,
        ["PAGE /admin/calendar"] = Admin,
        ["PAGE /admin/audit"] = Audit,
        ["PAGE /analytics"] = Analytics,
        ["PAGE /analytics/weekly"] = Analytics,
        ["PAGE /analytics/discipline"] = Analytics,
        ["PAGE /analytics/statistics"] = Analytics,
        ["PAGE /analytics/control-quarterly"] = Analytics,
        ["PAGE /documents"] = Officials,
        ["PAGE /documents/new"] = Registration,
        ["PAGE /documents/{Id:guid}"] = Officials,
        ["PAGE /documents/{Id:guid}/print"] = Officials,
        ["PAGE /case-files"] = Records,
        ["PAGE /case-files/{Id:guid}"] = Records,
        ["PAGE /mayor-folder"] = Officials,
    };

    /// <summary>The routes of the running app, as "METHOD /route" (pages as "PAGE /route").</summary>
    private IReadOnlyList<string> RouteTable()
    {
        var sources = app.Services.GetRequiredService<EndpointDataSource>();
        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in sources.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            {
                routes.Add($"PAGE {pattern}");
                continue;
            }
            if (IsFramework(pattern)) continue;
            // An endpoint that answers every method (health checks) is listed as ANY and asked with GET.
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
            foreach (var method in methods) routes.Add($"{method} {pattern}");
        }
        return [.. routes];
    }

    // Static files, Blazor's own script endpoints and the API reference UI are served to everyone by design.
    private static bool IsFramework(string pattern) =>
        pattern.StartsWith("/_framework", StringComparison.Ordinal) || pattern.StartsWith("/_content", StringComparison.Ordinal)
        || pattern.StartsWith("/css/", StringComparison.Ordinal) || pattern.StartsWith("/api-docs", StringComparison.Ordinal)
        || pattern.StartsWith("/Ratusha.", StringComparison.Ordinal) || pattern.Contains(":file}", StringComparison.Ordinal) || (pattern.Contains('.', StringComparison.Ordinal) && !pattern.StartsWith("/openapi", StringComparison.Ordinal) && !pattern.StartsWith("/api/", StringComparison.Ordinal));

    [Fact]
    public void Every_route_has_an_expected_access_line()
    {
        var missing = RouteTable().Where(r => !Expected.ContainsKey(r)).ToList();
        Assert.True(missing.Count == 0, "Routes without a line in the authorisation matrix: " + string.Join(", ", missing));
        var stale = Expected.Keys.Where(k => !RouteTable().Contains(k)).ToList();
        Assert.True(stale.Count == 0, "Lines for routes that no longer exist: " + string.Join(", ", stale));
    }

    /// <summary>
    /// Each route of the table says who may use it: a policy or role (<see cref="Microsoft.AspNetCore.Authorization.IAuthorizeData"/>)
    /// or an explicit AllowAnonymous — none relies on the fallback policy by accident.
    /// </summary>
    [Fact]
    public void Every_route_declares_its_authorisation()
    {
        var sources = app.Services.GetRequiredService<EndpointDataSource>();
        var bare = sources.Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsFramework("/" + e.RoutePattern.RawText!.TrimStart('/')) || e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null
                        && e.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Count == 0
                        && e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.AuthorizationPolicy>() is null)
            .Select(e => e.DisplayName ?? e.RoutePattern.RawText)
            .ToList();
        Assert.True(bare.Count == 0, "Routes without a policy or AllowAnonymous: " + string.Join(", ", bare));
    }

    [Fact]
    public async Task Each_role_gets_exactly_what_the_matrix_says()
    {
        var failures = new StringBuilder();
        foreach (var route in RouteTable().Where(Expected.ContainsKey))
        {
            foreach (var who in Everyone)
            {
                var allowed = Expected[route].Contains(who);
                var outcome = await Ask(route, who);
                var ok = allowed ? outcome.GotIn : outcome.Refused(anonymous: who == Anonymous);
                if (!ok) failures.AppendLine($"{route} as {who}: expected {(allowed ? "access" : "refusal")}, got {outcome}");
            }
        }
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private async Task<Outcome> Ask(string route, string who)
    {
        var (verb, pattern) = (route[..route.IndexOf(' ')], route[(route.IndexOf(' ') + 1)..]);
        var path = pattern
            .Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{cardId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{attachmentId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{noticeId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{Id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{code}", "appeals", StringComparison.Ordinal).Replace("{Code}", "appeals", StringComparison.Ordinal)
            .Replace("{year}", "2026", StringComparison.Ordinal)
            .Replace("{source}", "1545", StringComparison.Ordinal).Replace("{Source}", "1545", StringComparison.Ordinal)
            .Replace("{list}", "topic", StringComparison.Ordinal).Replace("{List}", "topic", StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal);
        if (path.EndsWith("/deadlines", StringComparison.Ordinal)) path += "?rule=appeal&from=2026-11-23";
        var method = verb is "PAGE" or "ANY" ? HttpMethod.Get : new HttpMethod(verb);
        using var request = new HttpRequestMessage(method, path);
        if (method != HttpMethod.Get && method != HttpMethod.Delete)
            request.Content = new StringContent(
                route.Contains("login", StringComparison.Ordinal) ? $$"""{"userName":"citizen","password":"{{RatushaApp.Password}}"}""" : "{}",
                Encoding.UTF8, "application/json");
        // Log-in and log-out change the session they are called with, so they get a session of their own.
        var ownSession = route.Contains("login", StringComparison.Ordinal) || route.Contains("logout", StringComparison.Ordinal);
        var client = who == Anonymous ? app.Anonymous()
            : ownSession ? await app.LogInAsync(who, RatushaApp.Password)
            : await app.As(who);
        using var response = await client.SendAsync(request);
        return new Outcome(response.StatusCode, response.Headers.Location?.ToString());
    }

    private sealed record Outcome(HttpStatusCode Status, string? Location)
    {
        private bool ToLogin => Status == HttpStatusCode.Redirect && Location?.Contains("/login", StringComparison.Ordinal) == true;
        private bool ToDenied => Status == HttpStatusCode.Redirect && Location?.Contains("/access-denied", StringComparison.Ordinal) == true;
        public bool GotIn => Status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && !ToLogin && !ToDenied;
        public bool Refused(bool anonymous) => anonymous
            ? Status == HttpStatusCode.Unauthorized || ToLogin
            : Status == HttpStatusCode.Forbidden || ToDenied;
        public override string ToString() => $"{(int)Status}{(Location is null ? "" : " → " + Location)}";
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuthorizationMatrixOnSqlite(SqliteApp app) : AuthorizationMatrixTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuthorizationMatrixOnPostgres(PostgresApp app) : AuthorizationMatrixTests(app);
