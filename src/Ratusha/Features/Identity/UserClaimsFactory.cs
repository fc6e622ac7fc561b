using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ratusha.Data;

namespace Ratusha.Features.Identity;

/// <summary>Puts the official's department into the cookie so that every request knows its scope without a query.</summary>
internal sealed class UserClaimsFactory(
    UserManager<User> users, RoleManager<Role> roles, IOptions<IdentityOptions> options, RatushaDb db)
    : UserClaimsPrincipalFactory<User, Role>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DepartmentScope.DisplayNameClaim, user.DisplayName));
        if (user.OfficialId is { } officialId)
        {
            identity.AddClaim(new Claim(DepartmentScope.OfficialClaim, officialId.ToString()));
            var department = await db.Officials.Where(o => o.Id == officialId).Select(o => (Guid?)o.DepartmentId).SingleOrDefaultAsync();
            if (department is not null)
                identity.AddClaim(new Claim(DepartmentScope.DepartmentClaim, department.Value.ToString()));
        }
        return identity;
    }
}
