using System.Text.Json;
using System.Text.Json.Serialization;
using Ratusha.Data;

namespace Ratusha.Ui;

/// <summary>
/// Text that no form or API field may carry — NUL and other control characters, broken UTF-16 (a lone surrogate) — is
/// refused at the door with a Ukrainian 400 problem: in the query string, in a posted HTML form and in JSON bodies.
/// A form whose antiforgery token does not belong to the session is refused the same way. Nothing reaches a use case or
/// the database.
/// </summary>
internal sealed class InputGuard(RequestDelegate next)
{
    public const string BadText = "Текст містить недопустимі символи (нульовий символ, керівні символи або пошкоджений Unicode). Виправте його й спробуйте знову.";

    public const string StaleForm = "Форму застаріло або її надіслано не з вашого сеансу. Оновіть сторінку й спробуйте знову.";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<Microsoft.AspNetCore.Antiforgery.IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            await RefuseAsync(context, StaleForm);
            return;
        }
        var request = context.Request;
        var clean = request.Query.All(q => StoredText.IsClean(q.Key) && q.Value.All(v => v is null || StoredText.IsClean(v)));
        if (clean && request.HasFormContentType && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            var form = await request.ReadFormAsync(context.RequestAborted);
            clean = form.All(f => StoredText.IsClean(f.Key) && f.Value.All(v => v is null || StoredText.IsClean(v)));
        }
        if (clean)
        {
            await next(context);
            return;
        }
        await RefuseAsync(context, BadText);
    }

    private static async Task RefuseAsync(HttpContext context, string title)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = title },
        });
    }

    /// <summary>Strings of JSON bodies: a lone surrogate or a control character makes the body unreadable (400).</summary>
    public sealed class CleanStrings : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string? text;
            try
            {
                text = reader.GetString();
            }
            catch (InvalidOperationException e)
            {
                throw new JsonException(BadText, e);
            }
            return text is null || StoredText.IsClean(text) ? text : throw new JsonException(BadText);
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
