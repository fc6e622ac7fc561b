using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Ratusha.Data;
using Ratusha.Features.Identity;

namespace Ratusha.Features.Registration;

/// <summary>A module whose items carry personal data decides who sees them (appeals: <c>AppealAccess</c>).</summary>
public interface ICardGuard
{
    /// <summary>
    /// Whether a card is the module's (its record stands beside it), as a per-row check the database can probe by key
    /// (end the subquery in <c>.Skip(0)</c>, so that PostgreSQL does not hash the whole table for it).
    /// </summary>
    Expression<Func<RegistrationCard, bool>> Owns(RatushaDb db);

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
        Expression<Func<RegistrationCard, bool>> addressed = c => c.DepartmentId != null && c.DepartmentId == department;
        return cards.Where(guards.Aggregate(addressed, (either, guard) => Or(either, guard.Owns(db))));
    }

    public async Task<bool> CanSeeAsync(RatushaDb db, ClaimsPrincipal user, Guid cardId, CancellationToken ct)
    {
        var card = db.RegistrationCards.AsNoTracking().Where(c => c.Id == cardId);
        if (await Filter(db, user, card).AnyAsync(ct)) return true;
        if (!await card.AnyAsync(ct)) return false;
        if (guards.Length > 0 && await card.AnyAsync(guards.Skip(1).Aggregate(guards[0].Owns(db), (either, guard) => Or(either, guard.Owns(db))), ct))
            return false;
        var official = DepartmentScope.OfficialOf(user);
        var department = DepartmentScope.Of(user).DepartmentId;
        return await db.Resolutions.AnyAsync(r => r.CardId == cardId && (r.AuthorId == official || r.ControllerId == official
            || r.Assignments.Any(a => a.ExecutorId == official || (department != null && a.DepartmentId == department))), ct);
    }

    private static Expression<Func<RegistrationCard, bool>> Or(Expression<Func<RegistrationCard, bool>> a, Expression<Func<RegistrationCard, bool>> b) =>
        Expression.Lambda<Func<RegistrationCard, bool>>(
            Expression.OrElse(a.Body, ReplacingExpressionVisitor.Replace(b.Parameters[0], a.Parameters[0], b.Body)), a.Parameters[0]);
}
