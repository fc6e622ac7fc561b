using Microsoft.AspNetCore.Http.HttpResults;
using Ratusha.Data;
using Ratusha.Features.Identity;

namespace Ratusha.Features.Audit;

/// <summary>One row of the trail; <c>sequence</c> and <c>hash</c> are null for the moments until the row is sealed into the chain.</summary>
public sealed record AuditEntryResponse(long Id, long? Sequence, DateTimeOffset At, string UserName, string EntityType, string EntityId, string Action, string? Before, string? After, string? Hash);

internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/audit").WithTags("Журнал змін").RequireAuthorization(Policies.Audit);
        api.MapGet("/", List).WithName("ListAudit").WithSummary("Журнал змін, новіші першими");
        api.MapGet("/verify", Verify).WithName("VerifyAudit").WithSummary("Перевірити цілісність ланцюжка журналу змін");
    }

    private static async Task<Ok<AuditEntryResponse[]>> List(string? entityType, string? entityId, long? before, int? limit, RatushaDb db, CancellationToken ct)
    {
        var rows = await AuditQueries.PageAsync(db, entityType, entityId, before, Math.Clamp(limit ?? 50, 1, 500), ct);
        return TypedResults.Ok(rows.Select(a => new AuditEntryResponse(a.Id, a.Sequence, a.At, a.UserName, a.EntityType, a.EntityId, a.Action, a.Before, a.After, a.Hash)).ToArray());
    }

    private static async Task<Ok<AuditVerificationResult>> Verify(RatushaDb db, CancellationToken ct) =>
        TypedResults.Ok(await AuditVerification.VerifyAsync(db, ct));
}
