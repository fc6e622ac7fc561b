using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;

namespace Ratusha.Features.Identity;

public sealed record UserResponse(Guid Id, string UserName, string DisplayName, string? Email, Guid? OfficialId, string[] Roles, bool LockedOut);

/// <summary>Who has which role: the list the API and the users page show, the role counts, and the checks of a role list.</summary>
internal static class UserRoles
{
    public static async Task<UserResponse[]> ListAsync(RatushaDb db, UserManager<User> userManager, CancellationToken ct)
    {
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var result = new List<UserResponse>(users.Count);
        foreach (var u in users) // Identity decides lockout by its own clock
            result.Add(new UserResponse(u.Id, u.UserName!, u.DisplayName, u.Email, u.OfficialId,
                [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!)], u.LockoutEnd is not null && await userManager.IsLockedOutAsync(u)));
        return [.. result];
    }

    public static async Task<Dictionary<string, int>> CountsAsync(RatushaDb db, CancellationToken ct) =>
        await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id group ur by r.Name into g select new { Name = g.Key!, Count = g.Count() })
            .ToDictionaryAsync(x => x.Name, x => x.Count, ct);

    public static Dictionary<string, string[]> Problems(string[]? roles)
    {
        var errors = new Dictionary<string, string[]>();
        var unknown = (roles ?? []).Where(r => Roles.All.All(known => known.Name != r)).ToList();
        if (roles is null || roles.Length == 0) errors["roles"] = ["Оберіть хоча б одну роль."];
        else if (unknown.Count > 0) errors["roles"] = [$"Невідомі ролі: {string.Join(", ", unknown)}."];
        return errors;
    }

    public static Dictionary<string, string[]> IdentityProblems(IdentityResult result) =>
        result.Errors.GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : e.Code.Contains("UserName", StringComparison.Ordinal) ? "userName" : "user")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
}
