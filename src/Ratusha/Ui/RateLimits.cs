using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Ratusha.Ui;

/// <summary>
/// How often one address may log in and use the public forms, per minute (settings <c>RateLimits:*</c>):
/// log-in attempts; submissions of the citizen portal and the information request form; status look-ups by check code
/// and open-data downloads. Over the limit the client gets 429 with a Ukrainian problem and Retry-After.
/// </summary>
internal static class RateLimits
{
    public const string Login = "login";

    private enum Kind { None, Submission, Lookup }

    public static void Configure(RateLimiterOptions o)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.OnRejected = RejectAsync;
        o.AddPolicy(Login, ctx => Window(ctx, "login", Setting(ctx, "LoginPerMinute", 20)));
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx => KindOf(ctx.Request) switch
        {
            Kind.Submission => Window(ctx, "submission", Setting(ctx, "PublicSubmissionsPerMinute", 10)),
            Kind.Lookup => Window(ctx, "lookup", Setting(ctx, "PublicLookupsPerMinute", 60)),
            _ => RateLimitPartition.GetNoLimiter(""),
        });
    }

    private static Kind KindOf(HttpRequest request)
    {
        var path = request.Path;
        if (path.StartsWithSegments("/api/v1/open-data")) return Kind.Lookup;
        if (path.StartsWithSegments("/public/status") || path.StartsWithSegments("/public/information-request/status"))
            return request.Query.ContainsKey("code") || HttpMethods.IsPost(request.Method) ? Kind.Lookup : Kind.None;
        if (HttpMethods.IsPost(request.Method) && (path.StartsWithSegments("/public/appeal") || path.StartsWithSegments("/public/information-request")))
            return Kind.Submission;
        return Kind.None;
    }

    private static int Setting(HttpContext ctx, string name, int fallback) =>
        Math.Max(1, ctx.RequestServices.GetRequiredService<IConfiguration>().GetValue($"RateLimits:{name}", fallback));

    private static RateLimitPartition<string> Window(HttpContext ctx, string kind, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter($"{kind}|{ctx.Connection.RemoteIpAddress}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancel)
    {
        var context = rejected.HttpContext;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after)
            ? ((int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "60";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Забагато запитів з вашої адреси. Зачекайте хвилину й спробуйте знову.",
            },
        });
    }
}
