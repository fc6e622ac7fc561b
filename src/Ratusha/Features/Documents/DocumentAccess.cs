using System.Linq.Expressions;
using System.Security.Claims;
using Ratusha.Data;
using Ratusha.Features.Identity;
using Ratusha.Features.Registration;

namespace Ratusha.Features.Documents;

/// <summary>
/// Who sees a document, wherever its card is shown (the journal, the card, the control pages, case files).
/// A document «для службового користування» only the records office (the registrar), the mayor and the deputy mayors
/// see all of; anyone else only when it is addressed or assigned to their department (heads and executors), or they
/// execute, control or resolved it. An open document: the council-wide roles all; heads and executors those addressed
/// or assigned to their department and those they execute, control or resolved — an executor of another department
/// assigned on it sees it in the journal too.
/// </summary>
internal sealed class DocumentCardGuard : ICardGuard
{
    private static readonly string[] AllDocuments = [Roles.Registrar, Roles.Mayor, Roles.DeputyMayor];

    public Expression<Func<RegistrationCard, bool>> Owns(RatushaDb db) => c => db.Documents.Where(d => d.CardId == c.Id).Skip(0).Any();

    public IQueryable<RegistrationCard> Filter(RatushaDb db, ClaimsPrincipal user, IQueryable<RegistrationCard> cards)
    {
        if (AllDocuments.Any(user.IsInRole)) return cards;
        var department = user.IsInRole(Roles.HeadOfDepartment) || user.IsInRole(Roles.Executor) ? DepartmentScope.Of(user).DepartmentId : null;
        var official = DepartmentScope.OfficialOf(user);
        if (DepartmentScope.Of(user).CouncilWide)
        {
            // The administrator, the hotline specialist, a controller: every open document, a restricted one only as above.
            return cards.Where(c => !db.Documents.Where(d => d.CardId == c.Id && d.AccessLevel == AccessLevels.OfficialUse).Skip(0).Any()
                || (department != null && (c.DepartmentId == department || db.Assignments.Where(s => s.CardId == c.Id && s.DepartmentId == department).Skip(0).Any()))
                || (official != null && (db.Assignments.Where(s => s.CardId == c.Id && s.ExecutorId == official).Skip(0).Any()
                                         || db.Resolutions.Where(r => r.CardId == c.Id && (r.ControllerId == official || r.AuthorId == official)).Skip(0).Any())));
        }
        return cards.Where(c => !db.Documents.Where(d => d.CardId == c.Id).Skip(0).Any()
            || (department != null && (c.DepartmentId == department || db.Assignments.Where(s => s.CardId == c.Id && s.DepartmentId == department).Skip(0).Any()))
            || (official != null && (db.Assignments.Where(s => s.CardId == c.Id && s.ExecutorId == official).Skip(0).Any()
                                     || db.Resolutions.Where(r => r.CardId == c.Id && (r.ControllerId == official || r.AuthorId == official)).Skip(0).Any())));
    }
}
