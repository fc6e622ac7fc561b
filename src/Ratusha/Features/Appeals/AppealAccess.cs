using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Classifiers;
using Ratusha.Features.Identity;
using Ratusha.Features.Registration;

namespace Ratusha.Features.Appeals;

/// <summary>
/// Which appeals a user sees, and with them the applicants' personal data: the registrar, the mayor and the deputy
/// mayors see all; the staff of a department those addressed or assigned to it; every official those they execute or
/// control; the hotline specialist the hotline appeals. Nobody else — the administrator included — sees any.
/// </summary>
public sealed record AppealAccess(bool All, Guid? DepartmentId, Guid? OfficialId, bool Hotline)
{
    public static readonly IReadOnlySet<string> AllAppealsRoles = new HashSet<string> { Roles.Registrar, Roles.Mayor, Roles.DeputyMayor };

    public static readonly AppealAccess Everything = new(true, null, null, false);

    public static AppealAccess Of(ClaimsPrincipal user)
    {
        var department = user.IsInRole(Roles.HeadOfDepartment) || user.IsInRole(Roles.Executor)
            ? DepartmentScope.Of(user).DepartmentId : null;
        return new AppealAccess(AllAppealsRoles.Any(user.IsInRole), department, DepartmentScope.OfficialOf(user), user.IsInRole(Roles.HotlineSpecialist));
    }

    /// <summary>The rows of <paramref name="query"/> this user may see.</summary>
    internal IQueryable<AppealRow> Apply(RatushaDb db, IQueryable<AppealRow> query)
    {
        if (All) return query;
        var department = DepartmentId;
        var official = OfficialId;
        var hotline = Hotline;
        return query.Where(x =>
            (hotline && (x.a.Channel == ClassifierLists.Hotline1545 || x.a.Channel == ClassifierLists.RegionalHotline))
            || (department != null && (x.c.DepartmentId == department || db.Assignments.Where(s => s.CardId == x.c.Id && s.DepartmentId == department).Skip(0).Any()))
            || (official != null && (db.Assignments.Where(s => s.CardId == x.c.Id && s.ExecutorId == official).Skip(0).Any()
                                     || db.Resolutions.Where(r => r.CardId == x.c.Id && r.ControllerId == official).Skip(0).Any())));
    }
}

/// <summary>An appeal with its registration card, the shape every appeal query starts from.</summary>
internal sealed class AppealRow
{
    public required Appeal a { get; init; }
    public required RegistrationCard c { get; init; }

    public static IQueryable<AppealRow> All(RatushaDb db, IQueryable<Appeal>? appeals = null) =>
        from a in (appeals ?? db.Appeals).AsNoTracking()
        join c in db.RegistrationCards on a.CardId equals c.Id
        select new AppealRow { a = a, c = c };
}

/// <summary>Cards of appeals are seen only as <see cref="AppealAccess"/> allows, wherever they are shown.</summary>
internal sealed class AppealCardGuard : ICardGuard
{
    public IQueryable<Guid> Owned(RatushaDb db) => db.Appeals.Select(a => a.CardId);

    public IQueryable<Guid>? Visible(RatushaDb db, ClaimsPrincipal user)
    {
        var access = AppealAccess.Of(user);
        return access.All ? null : access.Apply(db, AppealRow.All(db)).Select(x => x.c.Id);
    }
}
