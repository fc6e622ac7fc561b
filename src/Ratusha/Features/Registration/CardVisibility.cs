using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Identity;

namespace Ratusha.Features.Registration;

/// <summary>A module whose items carry personal data decides who sees them (appeals: <c>AppealAccess</c>); null: not its item.</summary>
public interface ICardGuard
{
    Task<bool?> CanSeeAsync(RatushaDb db, ClaimsPrincipal user, Guid cardId, CancellationToken ct);
}

/// <summary>
/// Who may see a registered item: as its module's guard says; otherwise council-wide roles, the department it is
/// addressed to, and everyone the control machine involves (author, controller, executors and their departments).
/// </summary>
public sealed class CardVisibility(IEnumerable<ICardGuard> guards)
{
    public async Task<bool> CanSeeAsync(RatushaDb db, ClaimsPrincipal user, Guid cardId, CancellationToken ct)
    {
        var card = await db.RegistrationCards.AsNoTracking().Where(c => c.Id == cardId).Select(c => new { c.DepartmentId }).SingleOrDefaultAsync(ct);
        if (card is null) return false;
        foreach (var guard in guards)
            if (await guard.CanSeeAsync(db, user, cardId, ct) is { } verdict) return verdict;
        var scope = DepartmentScope.Of(user);
        if (scope.Allows(card.DepartmentId)) return true;
        var official = DepartmentScope.OfficialOf(user);
        var department = scope.DepartmentId;
        return await db.Resolutions.AnyAsync(r => r.CardId == cardId && (r.AuthorId == official || r.ControllerId == official
            || r.Assignments.Any(a => a.ExecutorId == official || (department != null && a.DepartmentId == department))), ct);
    }
}
