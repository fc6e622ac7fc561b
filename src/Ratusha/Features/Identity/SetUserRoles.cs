using Microsoft.AspNetCore.Identity;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Identity;

public sealed record SetRolesRequest(string[] Roles);

/// <summary>
/// Gives a user exactly these roles. With the concurrency stamp the editor saw, a change made meanwhile by someone else
/// is refused; Identity's own stamp check covers a change between this read and the write. The user's cookie is
/// re-issued with the new roles.
/// </summary>
internal static class SetUserRoles
{
    public static async Task<Outcome<User>> RunAsync(UserManager<User> users, Guid id, string[]? roles, string? concurrencyStamp)
    {
        if (UserRoles.Problems(roles) is { Count: > 0 } errors) return Outcome.Invalid<User>(errors);
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return Outcome.Missing<User>();
        if (concurrencyStamp is not null && concurrencyStamp != user.ConcurrencyStamp) return Outcome.Invalid<User>(Outcome.Error("user", Outcome.Conflict));

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(roles!));
        if (!removed.Succeeded) return Outcome.Invalid<User>(UserRoles.IdentityProblems(removed));
        var added = await users.AddToRolesAsync(user, roles!.Except(current));
        if (!added.Succeeded) return Outcome.Invalid<User>(UserRoles.IdentityProblems(added));
        await users.UpdateSecurityStampAsync(user);
        return Outcome.Done(user);
    }
}
