using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Scalar.AspNetCore;

namespace Ratusha.Ui;

internal static class WebSetup
{
    public const string LoginRateLimit = RateLimits.Login;

    public static IServiceCollection AddRatushaWeb(this IServiceCollection services)
    {
        services.AddRazorComponents();
        // Pages carry Ukrainian as text, not as &#x…; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings =
            new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.BasicLatin, System.Text.Unicode.UnicodeRanges.Cyrillic,
                System.Text.Unicode.UnicodeRanges.GeneralPunctuation, System.Text.Unicode.UnicodeRanges.Latin1Supplement));
        services.AddSingleton<CouncilName>();
        services.AddScoped<Ratusha.Features.Shell.StartPageQueries>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "ratusha.af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = UkrainianProblems.Customize);
        // Unreadable bodies and parameters reach the exception handler, which answers a Ukrainian 400 problem.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddValidation();
        // Ukrainian text stays readable in JSON; HTML-sensitive characters are still escaped.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new InputGuard.CleanStrings()));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder =
            System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.BasicLatin, System.Text.Unicode.UnicodeRanges.Cyrillic,
                System.Text.Unicode.UnicodeRanges.GeneralPunctuation, System.Text.Unicode.UnicodeRanges.Latin1Supplement));
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "Ratusha API";
                doc.Info.Description = "API виконавчого комітету міської ради: строки, календар, журнали реєстрації, організація.";
                return Task.CompletedTask;
            });
            ApiResponses.Add(o);
        });
        services.AddHealthChecks().AddDbContextCheck<RatushaDb>("database");
        services.AddRateLimiter(RateLimits.Configure);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // Behind a reverse proxy the client's address and scheme come from X-Forwarded-For/-Proto, believed only from
        // loopback (the defaults) and the addresses in ForwardedHeaders:KnownProxies.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                if (System.Net.IPAddress.TryParse(proxy, out var address)) o.KnownProxies.Add(address);
        });
        return services;
    }

    public static WebApplication UseRatushaWeb(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // Strict-Transport-Security on responses over TLS; the developer exception page is never used: errors are problems.
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = WriteProblemAsync,
            // A user's bad input or a lost update is an answer, not an incident: not logged as an error.
            SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException or InvalidDataException or DbUpdateConcurrencyException
                or DbUpdateException { InnerException: System.Data.Common.DbException { SqlState: "22001" or "22021" or "23505" } },
        });
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/not-found"));
        app.UseMiddleware<SecurityHeaders>();
        app.MapStaticAssets().AllowAnonymous();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseMiddleware<InputGuard>();

        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api-docs", o => o.WithTitle("Ratusha API")).AllowAnonymous();
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }

    /// <summary>Errors a user can cause get a 4xx problem; anything else is a 500 without a stack trace.</summary>
    private static async Task WriteProblemAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, title) = error switch
        {
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "Запис уже змінив інший користувач. Оновіть дані й спробуйте знову."),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, "Запит завеликий: файл перевищує дозволений розмір."),
            BadHttpRequestException bad => (bad.StatusCode, "Некоректний запит: перевірте формат даних і параметри."),
            InvalidDataException => (StatusCodes.Status400BadRequest, "Форма завелика або пошкоджена: перевірте розмір полів і спробуйте знову."),
            OperationCanceledException => (499, "Запит скасовано."),
            DbUpdateException { InnerException: System.Data.Common.DbException { SqlState: "22001" } } => (StatusCodes.Status400BadRequest, "Одне зі значень задовге для збереження. Скоротіть його й спробуйте знову."),
            DbUpdateException { InnerException: System.Data.Common.DbException { SqlState: "22021" } } => (StatusCodes.Status400BadRequest, InputGuard.BadText),
            DbUpdateException { InnerException: System.Data.Common.DbException { SqlState: "23505" } } => (StatusCodes.Status409Conflict, "Такий запис уже є: значення має бути унікальним."),
            _ when IsTransient(error) => (StatusCodes.Status503ServiceUnavailable, "Сервіс тимчасово перевантажений або база даних недоступна. Спробуйте ще раз за кілька секунд."),
            _ => (StatusCodes.Status500InternalServerError, "Внутрішня помилка сервера. Спробуйте пізніше."),
        };
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "5";
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title },
        });
    }

    /// <summary>A database that is busy or briefly gone (pool exhausted, connection lost): the client may retry, nothing was stored.</summary>
    private static bool IsTransient(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
            if (e is System.Data.Common.DbException { IsTransient: true } or TimeoutException) return true;
        return false;
    }
}
