using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Ratusha.Ui;

namespace Ratusha.Features.Identity;

public sealed record LoginRequest(
    [property: Required(ErrorMessage = "Вкажіть ім'я користувача.")] string UserName,
    [property: Required(ErrorMessage = "Вкажіть пароль.")] string Password);

public sealed record MeResponse(Guid Id, string UserName, string DisplayName, string[] Roles, Guid? DepartmentId, bool CouncilWide);

internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/auth").WithTags("Вхід");
        api.MapPost("/login", Login).AllowAnonymous().RequireRateLimiting(WebSetup.LoginRateLimit)
            .WithName("Login").WithSummary("Вхід: ставить cookie сеансу").ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapPost("/logout", Logout).RequireAuthorization().WithName("Logout").WithSummary("Вихід");
        app.MapGet("/api/v1/me", Me).WithTags("Вхід").RequireAuthorization().WithName("Me").WithSummary("Хто я і що бачу");
        // The log-out button on every page posts here (with the antiforgery token of the form).
        app.MapPost("/logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<User> signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Форму застаріло. Оновіть сторінку й спробуйте знову.");
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/login");
        }).RequireAuthorization().DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Login(LoginRequest request, SignInManager<User> signIn)
    {
        var result = await signIn.PasswordSignInAsync(request.UserName.Trim(), request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return TypedResults.NoContent();
        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: result.IsLockedOut
                ? "Обліковий запис тимчасово заблоковано після кількох невдалих спроб. Спробуйте пізніше."
                : "Невірне ім'я користувача або пароль.");
    }

    private static async Task<NoContent> Logout(SignInManager<User> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static Ok<MeResponse> Me(ClaimsPrincipal user)
    {
        var scope = DepartmentScope.Of(user);
        return TypedResults.Ok(new MeResponse(
            Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!),
            user.Identity!.Name!,
            user.FindFirstValue(DepartmentScope.DisplayNameClaim) ?? "",
            [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)],
            scope.DepartmentId,
            scope.CouncilWide));
    }
}
