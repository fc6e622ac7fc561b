using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Appeals;
using Ratusha.Features.Control;
using Ratusha.Features.Registration;

namespace Ratusha.Features.DeputyAppeals;

/// <summary>A deputy appeal with its registration card, the shape every query of the register starts from.</summary>
internal sealed class DeputyAppealRow
{
    public required DeputyAppeal d { get; init; }
    public required RegistrationCard c { get; init; }
}

/// <summary>
/// Who sees deputy appeals — as appeals (<see cref="AppealAccess"/>): the registrar, the mayor and the deputy mayors
/// all; the staff of a department those addressed or assigned to it; every official those they execute, control or
/// resolved. Who acts on one (hearing, notices, consideration, sending the answer): the registrar, the mayor and the
/// deputy mayors, or the author, controller and lead executor of its resolution.
/// </summary>
internal static class DeputyAppealAccess
{
    public static IQueryable<DeputyAppealRow> Rows(RatushaDb db, ClaimsPrincipal user) => Rows(db, AppealAccess.Of(user));

    public static IQueryable<DeputyAppealRow> Rows(RatushaDb db, AppealAccess access)
    {
        var rows = from d in db.DeputyAppeals.AsNoTracking()
                   join c in db.RegistrationCards.AsNoTracking() on d.CardId equals c.Id
                   select new DeputyAppealRow { d = d, c = c };
        if (access.All) return rows;
        var department = access.DepartmentId;
        var official = access.OfficialId;
        return rows.Where(x =>
            (department != null && (x.c.DepartmentId == department || db.Assignments.Where(s => s.CardId == x.c.Id && s.DepartmentId == department).Any()))
            || (official != null && (db.Assignments.Where(s => s.CardId == x.c.Id && s.ExecutorId == official).Any()
                                     || db.Resolutions.Where(r => r.CardId == x.c.Id && (r.ControllerId == official || r.AuthorId == official)).Any())));
    }

    /// <summary>Whether this user may record the hearing, the notices, the consideration and the answer's sending.</summary>
    public static async Task<bool> CanActAsync(RatushaDb db, ClaimsPrincipal user, Guid cardId, CancellationToken ct)
    {
        var access = AppealAccess.Of(user);
        if (access.All) return true;
        var official = access.OfficialId;
        return official is not null && await db.Resolutions.AnyAsync(r => r.CardId == cardId && r.State == ControlState.OnControl
            && (r.AuthorId == official || r.ControllerId == official || r.Assignments.Any(a => a.IsLead && a.ExecutorId == official)), ct);
    }
}

/// <summary>Cards of deputy appeals are seen only as <see cref="DeputyAppealAccess"/> allows, wherever they are shown (the control page too).</summary>
internal sealed class DeputyAppealCardGuard : ICardGuard
{
    public Expression<Func<RegistrationCard, bool>> Owns(RatushaDb db) => c => db.DeputyAppeals.Where(d => d.CardId == c.Id).Skip(0).Any();

    public IQueryable<RegistrationCard> Filter(RatushaDb db, ClaimsPrincipal user, IQueryable<RegistrationCard> cards)
    {
        var visible = DeputyAppealAccess.Rows(db, user).Select(x => x.c.Id);
        return cards.Where(c => !db.DeputyAppeals.Any(d => d.CardId == c.Id) || visible.Contains(c.Id));
    }
}
