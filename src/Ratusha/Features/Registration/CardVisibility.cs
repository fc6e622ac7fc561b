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

    /// <summary>Of those, the ones <paramref name="user"/> may see; null when they may see them all.</summary>
    IQueryable<Guid>? Visible(RatushaDb db, ClaimsPrincipal user);
}

/// <summary>
/// Who may see a registered item, in a journal, on a start page or on its own page: for a card a module guards, as
/// the guard says; otherwise council-wide roles, the department it is addressed to, and on its own page everyone
/// the control machine involves (author, controller, executors and their departments).
/// </summary>
public sealed class CardVisibility(IEnumerable<ICardGuard> guards)
{
    public IQueryable<RegistrationCard> Filter(RatushaDb db, ClaimsPrincipal user, IQueryable<RegistrationCard> cards)
    {
        IQueryable<Guid>? guarded = null;
        foreach (var guard in guards)
        {
            var owned = guard.Owned(db);
            if (guard.Visible(db, user) is { } visible) cards = cards.Where(c => !owned.Contains(c.Id) || visible.Contains(c.Id));
            guarded = guarded is null ? owned : guarded.Concat(owned);
        }
        var scope = DepartmentScope.Of(user);
        if (scope.CouncilWide) return cards;
        var department = scope.DepartmentId;
        return guarded is null
            ? cards.Where(c => c.DepartmentId != null && c.DepartmentId == department)
            : cards.Where(c => guarded.Contains(c.Id) || (c.DepartmentId != null && c.DepartmentId == department));
    }

    public async Task<bool> CanSeeAsync(RatushaDb db, ClaimsPrincipal user, Guid cardId, CancellationToken ct)
    {
        var card = db.RegistrationCards.AsNoTracking().Where(c => c.Id == cardId);
        if (await Filter(db, user, card).AnyAsync(ct)) return true;
        if (!await card.AnyAsync(ct)) return false;
        foreach (var guard in guards)
            if (await guard.Owned(db).ContainsAsync(cardId, ct)) return false;
        var official = DepartmentScope.OfficialOf(user);
        var department = DepartmentScope.Of(user).DepartmentId;
        return await db.Resolutions.AnyAsync(r => r.CardId == cardId && (r.AuthorId == official || r.ControllerId == official
            || r.Assignments.Any(a => a.ExecutorId == official || (department != null && a.DepartmentId == department))), ct);
    }
}
