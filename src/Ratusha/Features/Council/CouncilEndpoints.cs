using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Identity;

namespace Ratusha.Features.Council;

public sealed record CouncilResponse(string Name, string ExecutiveCommitteeName, string Code, string? KatottgCode, string Address, string? Email, string? Phone, string? Website, int Version);

public sealed record CouncilUpdate(
    [property: Required(ErrorMessage = "Вкажіть назву ради."), StringLength(300, ErrorMessage = "Назва — до 300 символів.")] string Name,
    [property: Required(ErrorMessage = "Вкажіть назву виконавчого комітету."), StringLength(300, ErrorMessage = "Назва — до 300 символів.")] string ExecutiveCommitteeName,
    [property: Required(ErrorMessage = "Вкажіть код ЄДРПОУ."), RegularExpression(@"^\d{8}$", ErrorMessage = "Код ЄДРПОУ — 8 цифр.")] string Code,
    [property: RegularExpression(@"^UA\d{17}$", ErrorMessage = "Код КАТОТТГ має вигляд UA та 17 цифр.")] string? KatottgCode,
    [property: Required(ErrorMessage = "Вкажіть адресу."), StringLength(500, ErrorMessage = "Адреса — до 500 символів.")] string Address,
    [property: EmailAddress(ErrorMessage = "Некоректна адреса електронної пошти.")] string? Email,
    [property: StringLength(40, ErrorMessage = "Телефон — до 40 символів.")] string? Phone,
    [property: Url(ErrorMessage = "Некоректна адреса сайту.")] string? Website,
    int Version)
{
    public CouncilDetails ToDetails() => new(Name, ExecutiveCommitteeName, Code, KatottgCode, Address, Email, Phone, Website);
}

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

    private static async Task<Ok<CouncilResponse>> Update(CouncilUpdate update, RatushaDb db, CancellationToken ct)
    {
        var council = await db.Councils.FirstOrDefaultAsync(ct);
        if (council is null)
        {
            council = Council.Create(update.ToDetails());
            db.Councils.Add(council);
        }
        else
        {
            db.Entry(council).Property(c => c.Version).OriginalValue = update.Version;
            council.Update(update.ToDetails());
        }
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToResponse(council));
    }
}
