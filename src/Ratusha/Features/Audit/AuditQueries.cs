using Microsoft.EntityFrameworkCore;
using Ratusha.Data;

namespace Ratusha.Features.Audit;

/// <summary>The audit trail newest written first, a page at a time by keyset (rows written before a row).</summary>
internal static class AuditQueries
{
    public static Task<List<AuditEntry>> PageAsync(RatushaDb db, string? entityType, string? entityId, long? before, int limit, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entityType)) query = query.Where(a => a.EntityType == entityType);
        if (!string.IsNullOrWhiteSpace(entityId)) query = query.Where(a => a.EntityId == entityId);
        if (before is not null) query = query.Where(a => a.Id < before);
        return query.OrderByDescending(a => a.Id).Take(limit).ToListAsync(ct);
    }
}
