using System.Linq.Expressions;
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

    /// <summary>
    /// The cards of <paramref name="cards"/> this user may see: an appeal's card by the rules above; any other card
    /// passes when <paramref name="othersPass"/> (another rule decides on it), or never.
    /// </summary>
    internal IQueryable<RegistrationCard> Visible(RatushaDb db, IQueryable<RegistrationCard> cards, bool othersPass = false)
    {
        if (All) return othersPass ? cards : cards.Where(c => db.Appeals.Any(a => a.CardId == c.Id));
        var all = All;
        var department = DepartmentId;
        var official = OfficialId;
        var hotline = Hotline;
        return cards.Where(c => db.Appeals.Any(a => a.CardId == c.Id)
            ? all
              || (hotline && db.Appeals.Any(a => a.CardId == c.Id && (a.Channel == ClassifierLists.Hotline1545 || a.Channel == ClassifierLists.RegionalHotline)))
              || (department != null && (c.DepartmentId == department || db.Assignments.Where(s => s.CardId == c.Id && s.DepartmentId == department).Skip(0).Any()))
              || (official != null && (db.Assignments.Where(s => s.CardId == c.Id && s.ExecutorId == official).Skip(0).Any()
                                       || db.Resolutions.Where(r => r.CardId == c.Id && r.ControllerId == official).Skip(0).Any()))
            : othersPass);
    }

    /// <summary>The appeals (with their cards) this user may see, optionally narrowed to <paramref name="appeals"/> first.</summary>
    internal IQueryable<AppealRow> Rows(RatushaDb db, IQueryable<Appeal>? appeals = null) =>
        from a in (appeals ?? db.Appeals).AsNoTracking()
        join c in Visible(db, db.RegistrationCards.AsNoTracking(), othersPass: true) on a.CardId equals c.Id // the join keeps appeals only
        select new AppealRow { a = a, c = c };
}

/// <summary>An appeal with its registration card, the shape every appeal query starts from.</summary>
internal sealed class AppealRow
{
    public required Appeal a { get; init; }
    public required RegistrationCard c { get; init; }
}

/// <summary>Cards of appeals are seen only as <see cref="AppealAccess"/> allows, wherever they are shown.</summary>
internal sealed class AppealCardGuard : ICardGuard
{
    public Expression<Func<RegistrationCard, bool>> Owns(RatushaDb db) => c => db.Appeals.Where(a => a.CardId == c.Id).Skip(0).Any();

    public IQueryable<RegistrationCard> Filter(RatushaDb db, ClaimsPrincipal user, IQueryable<RegistrationCard> cards) =>
        AppealAccess.Of(user).Visible(db, cards, othersPass: true);
}
