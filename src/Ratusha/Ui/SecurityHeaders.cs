namespace Ratusha.Ui;

/// <summary>Headers every response carries; the browsable API reference needs inline scripts and gets a looser policy.</summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Strict = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
                                  "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    private const string ApiDocs = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; " +
                                   "script-src 'self' 'unsafe-inline'; font-src 'self' data:; frame-ancestors 'none'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-docs") ? ApiDocs : Strict;
        return next(context);
    }
}
