using System.Linq.Expressions;
using System.Security.Claims;
using Ratusha.Data;
using Ratusha.Features.Identity;
using Ratusha.Features.Registration;

namespace Ratusha.Features.InformationRequests;

/// <summary>
/// Who sees public information requests, and with them the requester's name and addresses: the registrar, the
/// specialist who answers requests (the hotline specialist, seed 000 §2.12–2.13), the mayor and the deputy mayors
/// all; the staff of a department those addressed or assigned to it; every official those they execute, control or
/// resolved. The administrator and a controller of other items see none — wherever cards are shown.
/// </summary>
internal sealed class InformationRequestCardGuard : ICardGuard
{
    private static readonly string[] AllRequests = [Roles.Registrar, Roles.HotlineSpecialist, Roles.Mayor, Roles.DeputyMayor];

    public Expression<Func<RegistrationCard, bool>> Owns(RatushaDb db) => c => db.InformationRequests.Where(r => r.CardId == c.Id).Skip(0).Any();

    public IQueryable<RegistrationCard> Filter(RatushaDb db, ClaimsPrincipal user, IQueryable<RegistrationCard> cards)
    {
        if (AllRequests.Any(user.IsInRole)) return cards;
        var department = user.IsInRole(Roles.HeadOfDepartment) || user.IsInRole(Roles.Executor) ? DepartmentScope.Of(user).DepartmentId : null;
        var official = DepartmentScope.OfficialOf(user);
        return cards.Where(c => !db.InformationRequests.Any(r => r.CardId == c.Id)
            || (department != null && (c.DepartmentId == department || db.Assignments.Where(s => s.CardId == c.Id && s.DepartmentId == department).Skip(0).Any()))
            || (official != null && (db.Assignments.Where(s => s.CardId == c.Id && s.ExecutorId == official).Skip(0).Any()
                                     || db.Resolutions.Where(r => r.CardId == c.Id && (r.ControllerId == official || r.AuthorId == official)).Skip(0).Any())));
    }
}
