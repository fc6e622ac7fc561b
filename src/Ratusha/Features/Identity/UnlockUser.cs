using Microsoft.AspNetCore.Identity;

namespace Ratusha.Features.Identity;

/// <summary>Lifts the lockout after failed log-ins and forgets the failures.</summary>
internal static class UnlockUser
{
    public static async Task<bool> RunAsync(UserManager<User> users, Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return false;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return true;
    }
}
