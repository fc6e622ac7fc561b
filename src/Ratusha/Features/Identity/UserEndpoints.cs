using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;

namespace Ratusha.Features.Identity;

public sealed record UserResponse(Guid Id, string UserName, string DisplayName, string? Email, Guid? OfficialId, string[] Roles, bool LockedOut);
public sealed record RoleResponse(string Name, string Title, int Users);

public sealed record CreateUserRequest(
    [property: Required(ErrorMessage = "Вкажіть ім'я користувача."), StringLength(64, ErrorMessage = "Ім'я користувача — до 64 символів.")] string UserName,
    [property: Required(ErrorMessage = "Вкажіть пароль.")] string Password,
    [property: Required(ErrorMessage = "Вкажіть, як показувати користувача."), StringLength(200, ErrorMessage = "До 200 символів.")] string DisplayName,
    [property: EmailAddress(ErrorMessage = "Некоректна адреса електронної пошти.")] string? Email,
    Guid? OfficialId,
    string[] Roles);

public sealed record SetRolesRequest(string[] Roles);

internal static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v1/users").WithTags("Користувачі").RequireAuthorization(Policies.Admin);
        users.MapGet("/", List).WithName("ListUsers").WithSummary("Користувачі та їхні ролі");
        users.MapPost("/", Create).WithName("CreateUser").WithSummary("Додати користувача");
        users.MapPut("/{id:guid}/roles", SetRoles).WithName("SetUserRoles").WithSummary("Призначити ролі");
        users.MapPost("/{id:guid}/unlock", Unlock).WithName("UnlockUser").WithSummary("Зняти блокування входу");
        app.MapGet("/api/v1/roles", ListRoles).WithTags("Користувачі").RequireAuthorization(Policies.Admin).WithName("ListRoles").WithSummary("Ролі");
    }

    private static async Task<Ok<UserResponse[]>> List(RatushaDb db, UserManager<User> userManager, CancellationToken ct)
    {
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var result = new List<UserResponse>(users.Count);
        foreach (var u in users) // Identity decides lockout by its own clock
            result.Add(new UserResponse(u.Id, u.UserName!, u.DisplayName, u.Email, u.OfficialId,
                [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!)], u.LockoutEnd is not null && await userManager.IsLockedOutAsync(u)));
        return TypedResults.Ok(result.ToArray());
    }

    private static async Task<Results<Created<UserResponse>, ValidationProblem>> Create(CreateUserRequest request, UserManager<User> users, RatushaDb db, CancellationToken ct)
    {
        var errors = RoleProblems(request.Roles);
        if (request.OfficialId is { } official && !await db.Officials.AnyAsync(o => o.Id == official, ct))
            errors["officialId"] = ["Такої посадової особи немає."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var user = new User { UserName = request.UserName.Trim(), DisplayName = request.DisplayName.Trim(), Email = request.Email, OfficialId = request.OfficialId };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded) return TypedResults.ValidationProblem(IdentityProblems(created));
        var added = await users.AddToRolesAsync(user, request.Roles);
        if (!added.Succeeded) return TypedResults.ValidationProblem(IdentityProblems(added));
        return TypedResults.Created($"/api/v1/users/{user.Id}", new UserResponse(user.Id, user.UserName, user.DisplayName, user.Email, user.OfficialId, request.Roles, false));
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> SetRoles(Guid id, SetRolesRequest request, UserManager<User> users)
    {
        var errors = RoleProblems(request.Roles);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return TypedResults.NotFound();
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(request.Roles));
        if (!removed.Succeeded) return TypedResults.ValidationProblem(IdentityProblems(removed));
        var added = await users.AddToRolesAsync(user, request.Roles.Except(current));
        if (!added.Succeeded) return TypedResults.ValidationProblem(IdentityProblems(added));
        await users.UpdateSecurityStampAsync(user); // the user's cookie is re-issued with the new roles
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound>> Unlock(Guid id, UserManager<User> users)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return TypedResults.NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<RoleResponse[]>> ListRoles(RatushaDb db, CancellationToken ct)
    {
        var counts = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id group ur by r.Name into g select new { Name = g.Key!, Count = g.Count() })
            .ToDictionaryAsync(x => x.Name, x => x.Count, ct);
        return TypedResults.Ok(Roles.All.Select(r => new RoleResponse(r.Name, r.Title, counts.GetValueOrDefault(r.Name))).ToArray());
    }

    internal static Dictionary<string, string[]> RoleProblems(string[]? roles)
    {
        var errors = new Dictionary<string, string[]>();
        var unknown = (roles ?? []).Where(r => Roles.All.All(known => known.Name != r)).ToList();
        if (roles is null || roles.Length == 0) errors["roles"] = ["Оберіть хоча б одну роль."];
        else if (unknown.Count > 0) errors["roles"] = [$"Невідомі ролі: {string.Join(", ", unknown)}."];
        return errors;
    }

    internal static Dictionary<string, string[]> IdentityProblems(IdentityResult result) =>
        result.Errors.GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : e.Code.Contains("UserName", StringComparison.Ordinal) ? "userName" : "user")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
}
