using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Ratusha.Data;

namespace Ratusha.Features.Identity;

public sealed record RoleResponse(string Name, string Title, int Users);

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

    private static async Task<Ok<UserResponse[]>> List(RatushaDb db, UserManager<User> userManager, CancellationToken ct) =>
        TypedResults.Ok(await UserRoles.ListAsync(db, userManager, ct));

    private static async Task<Results<Created<UserResponse>, ValidationProblem>> Create(CreateUserRequest request, UserManager<User> users, RatushaDb db, CancellationToken ct) =>
        await CreateUser.RunAsync(users, db, request, ct) switch
        {
            { Value: { } user } => TypedResults.Created($"/api/v1/users/{user.Id}",
                new UserResponse(user.Id, user.UserName!, user.DisplayName, user.Email, user.OfficialId, request.Roles, false)),
            var invalid => TypedResults.ValidationProblem(invalid.Errors),
        };

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> SetRoles(Guid id, SetRolesRequest request, UserManager<User> users) =>
        await SetUserRoles.RunAsync(users, id, request.Roles, concurrencyStamp: null) switch
        {
            { Value: not null } => TypedResults.NoContent(),
            { NotFound: true } => TypedResults.NotFound(),
            var invalid => TypedResults.ValidationProblem(invalid.Errors),
        };

    private static async Task<Results<NoContent, NotFound>> Unlock(Guid id, UserManager<User> users) =>
        await UnlockUser.RunAsync(users, id) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Ok<RoleResponse[]>> ListRoles(RatushaDb db, CancellationToken ct)
    {
        var counts = await UserRoles.CountsAsync(db, ct);
        return TypedResults.Ok(Roles.All.Select(r => new RoleResponse(r.Name, r.Title, counts.GetValueOrDefault(r.Name))).ToArray());
    }
}
