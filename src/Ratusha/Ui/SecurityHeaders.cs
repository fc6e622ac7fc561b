namespace Ratusha.Ui;

/// <summary>
/// Headers every response carries. Pages have no inline scripts or styles, so the policy needs no 'unsafe-inline';
/// only the browsable API reference (a third-party page) needs inline scripts and gets a looser policy.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Strict = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
                                  "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    private const string ApiDocs = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
                                   "script-src 'self' 'unsafe-inline'; font-src 'self' data:; form-action 'self'; " +
                                   "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    private const string Permissions = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = Permissions;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["X-XSS-Protection"] = "0"; // the old filters are off (OWASP); the CSP protects instead
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-docs") ? ApiDocs : Strict;
        return next(context);
    }
}
