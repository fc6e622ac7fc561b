using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Identity;

namespace Ratusha.Features.Registration;

/// <summary>A module whose items carry personal data decides who sees them (appeals: <c>AppealAccess</c>).</summary>
public interface ICardGuard
{
    /// <summary>The cards the module owns.</summary>
    IQueryable<Guid> Owned(RatushaDb db);

    /// <summary>The cards the user may see: the module's own by its rules, the others as <paramref name="others"/> allows.</summary>
    IQueryable<RegistrationCard> Filter(RatushaDb db, ClaimsPrincipal user, IQueryable<RegistrationCard> cards, DepartmentScope others);
}

/// <summary>
/// Who may see a registered item, in a journal, on a start page or on its own page: for a card a module guards, as
/// the guard says; otherwise council-wide roles, the department it is addressed to, and on its own page everyone
/// the control machine involves (author, controller, executors and their departments). One guard (appeals) for now:
/// a second would need the guards to say which cards are theirs row by row.
/// </summary>
public sealed class CardVisibility(IEnumerable<ICardGuard> guards)
{
    private readonly ICardGuard? guard = guards.SingleOrDefault();

    public IQueryable<RegistrationCard> Filter(RatushaDb db, ClaimsPrincipal user, IQueryable<RegistrationCard> cards)
    {
        var scope = DepartmentScope.Of(user);
        if (guard is not null) return guard.Filter(db, user, cards, scope);
        if (scope.CouncilWide) return cards;
        var department = scope.DepartmentId;
        return cards.Where(c => c.DepartmentId != null && c.DepartmentId == department);
    }

    public async Task<bool> CanSeeAsync(RatushaDb db, ClaimsPrincipal user, Guid cardId, CancellationToken ct)
    {
        var card = db.RegistrationCards.AsNoTracking().Where(c => c.Id == cardId);
        if (await Filter(db, user, card).AnyAsync(ct)) return true;
        if (!await card.AnyAsync(ct)) return false;
        if (guard is not null && await guard.Owned(db).ContainsAsync(cardId, ct)) return false;
        var official = DepartmentScope.OfficialOf(user);
        var department = DepartmentScope.Of(user).DepartmentId;
        return await db.Resolutions.AnyAsync(r => r.CardId == cardId && (r.AuthorId == official || r.ControllerId == official
            || r.Assignments.Any(a => a.ExecutorId == official || (department != null && a.DepartmentId == department))), ct);
    }
}
