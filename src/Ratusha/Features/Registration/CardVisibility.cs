using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Identity;

namespace Ratusha.Features.Registration;

/// <summary>A module whose items carry personal data decides who sees them (appeals: <c>AppealAccess</c>).</summary>
public interface ICardGuard
{
    /// <summary>The cards the module owns: those with its record beside them.</summary>
    IQueryable<Guid> Owned(RatushaDb db);

    /// <summary>The cards the user may see of those the module guards; every other card passes unchanged.</summary>
    IQueryable<RegistrationCard> Filter(RatushaDb db, ClaimsPrincipal user, IQueryable<RegistrationCard> cards);
}

/// <summary>
/// Who may see a registered item, in a journal, on a start page or on its own page: for a card a module guards, as
/// the guard says; otherwise council-wide roles, the department it is addressed to, and on its own page everyone
/// the control machine involves (author, controller, executors and their departments).
/// </summary>
public sealed class CardVisibility(IEnumerable<ICardGuard> guards)
{
    private readonly ICardGuard[] guards = [.. guards];

    public IQueryable<RegistrationCard> Filter(RatushaDb db, ClaimsPrincipal user, IQueryable<RegistrationCard> cards)
    {
        foreach (var guard in guards) cards = guard.Filter(db, user, cards);
        var scope = DepartmentScope.Of(user);
        if (scope.CouncilWide) return cards;
        var department = scope.DepartmentId;
        // A guarded card has passed its guard; any other needs the department it is addressed to.
        var guarded = Guarded(db);
        return cards.Where(c => (c.DepartmentId != null && c.DepartmentId == department) || guarded.Contains(c.Id));
    }

    public async Task<bool> CanSeeAsync(RatushaDb db, ClaimsPrincipal user, Guid cardId, CancellationToken ct)
    {
        var card = db.RegistrationCards.AsNoTracking().Where(c => c.Id == cardId);
        if (await Filter(db, user, card).AnyAsync(ct)) return true;
        if (!await card.AnyAsync(ct)) return false;
        if (await Guarded(db).ContainsAsync(cardId, ct)) return false;
        var official = DepartmentScope.OfficialOf(user);
        var department = DepartmentScope.Of(user).DepartmentId;
        return await db.Resolutions.AnyAsync(r => r.CardId == cardId && (r.AuthorId == official || r.ControllerId == official
            || r.Assignments.Any(a => a.ExecutorId == official || (department != null && a.DepartmentId == department))), ct);
    }

    private IQueryable<Guid> Guarded(RatushaDb db) =>
        guards.Length == 0 ? db.RegistrationCards.Where(_ => false).Select(c => c.Id) : guards.Select(g => g.Owned(db)).Aggregate(Queryable.Concat);
}
