using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Identity;
using Ratusha.Ui;

namespace Ratusha.Features.Council;

public sealed record CouncilResponse(string Name, string ExecutiveCommitteeName, string Code, string? KatottgCode, string Address, string? Email, string? Phone, string? Website, int Version);

internal static class CouncilEndpoints
{
    public static void MapCouncilEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/council").WithTags("Рада");
        api.MapGet("/", Get).RequireAuthorization(Policies.Official).WithName("GetCouncil").WithSummary("Реквізити ради");
        api.MapPut("/", Update).RequireAuthorization(Policies.Admin).WithName("UpdateCouncil").WithSummary("Змінити реквізити ради");
    }

    internal static CouncilResponse ToResponse(Council c) =>
        new(c.Name, c.ExecutiveCommitteeName, c.Code, c.KatottgCode, c.Address, c.Email, c.Phone, c.Website, c.Version);

    private static async Task<Results<Ok<CouncilResponse>, NotFound>> Get(RatushaDb db, CancellationToken ct) =>
        await db.Councils.AsNoTracking().FirstOrDefaultAsync(ct) is { } c ? TypedResults.Ok(ToResponse(c)) : TypedResults.NotFound();

    private static async Task<Results<Ok<CouncilResponse>, ValidationProblem>> Update(CouncilUpdate update, RatushaDb db, CouncilName header, CancellationToken ct) =>
        await UpdateCouncil.RunAsync(db, header, update, ct) switch
        {
            { Value: { } council } => TypedResults.Ok(ToResponse(council)),
            var invalid => TypedResults.ValidationProblem(invalid.Errors),
        };
}
