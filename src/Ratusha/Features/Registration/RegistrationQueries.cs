using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using System.Security.Claims;

namespace Ratusha.Features.Registration;

internal static class RegistrationQueries
{
    /// <summary>A page of a journal's cards for one year, newest first, by keyset on the number; only the cards the user may see.</summary>
    public static async Task<List<CardResponse>> PageAsync(
        RatushaDb db, CardVisibility visibility, ClaimsPrincipal user, Journal journal, int? year, int? beforeNumber, int limit, CancellationToken ct)
    {
        var query = visibility.Filter(db, user, db.RegistrationCards.AsNoTracking().Where(c => c.JournalId == journal.Id));
        if (year is not null) query = query.Where(c => c.Year == year);
        if (beforeNumber is not null) query = query.Where(c => c.Number < beforeNumber);
        var rows = await query.OrderByDescending(c => c.Year).ThenByDescending(c => c.Number).Take(limit).ToListAsync(ct);
        return rows.ConvertAll(c => new CardResponse(c.Id, c.Year, c.Number, c.Index, DeadlineEndpoints.Iso(c.RegisteredOn), c.ReceivedAt, c.Summary, c.Correspondent, c.DepartmentId));
    }
}
