using System.Security.Claims;

namespace Ratusha.Features.Identity;

/// <summary>What part of the council a user sees: all of it, or only their own department.</summary>
public sealed record DepartmentScope(bool CouncilWide, Guid? DepartmentId)
{
    public const string DepartmentClaim = "ratusha:department";
    public const string OfficialClaim = "ratusha:official";
    public const string DisplayNameClaim = "ratusha:display-name";

    public static DepartmentScope Of(ClaimsPrincipal user)
    {
        var councilWide = Roles.CouncilWide.Any(user.IsInRole);
        var department = Guid.TryParse(user.FindFirstValue(DepartmentClaim), out var id) ? id : (Guid?)null;
        return new DepartmentScope(councilWide, department);
    }

    /// <summary>The official the signed-in user is, if any.</summary>
    public static Guid? OfficialOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(OfficialClaim), out var id) ? id : null;

    public bool Allows(Guid? departmentId) => CouncilWide || (departmentId is not null && departmentId == DepartmentId);
}
