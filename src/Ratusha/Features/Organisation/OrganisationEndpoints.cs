using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Identity;

namespace Ratusha.Features.Organisation;

public sealed record DepartmentResponse(Guid Id, string Name, string ShortName, string Code, Guid? ParentId, int SortOrder, bool IsActive, int Version);

public sealed record OfficialResponse(Guid Id, string Surname, string GivenName, string? Patronymic, string FullName, string Position, Guid DepartmentId, string? Email, string? Phone, bool IsActive, int Version);

internal static class OrganisationEndpoints
{
    public static void MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        var departments = app.MapGroup("/api/v1/departments").WithTags("Структура");
        departments.MapGet("/", ListDepartments).RequireAuthorization(Policies.Official).WithName("ListDepartments").WithSummary("Структурні підрозділи");
        departments.MapPost("/", CreateDepartment).RequireAuthorization(Policies.Admin).WithName("CreateDepartment").WithSummary("Додати підрозділ");
        departments.MapPut("/{id:guid}", UpdateDepartment).RequireAuthorization(Policies.Admin).WithName("UpdateDepartment").WithSummary("Змінити підрозділ");

        var officials = app.MapGroup("/api/v1/officials").WithTags("Структура");
        officials.MapGet("/", ListOfficials).RequireAuthorization(Policies.Official).WithName("ListOfficials").WithSummary("Посадові особи (у межах свого підрозділу, якщо роль не загальна)");
        officials.MapPost("/", CreateOfficial).RequireAuthorization(Policies.Admin).WithName("CreateOfficial").WithSummary("Додати посадову особу");
        officials.MapPut("/{id:guid}", UpdateOfficial).RequireAuthorization(Policies.Admin).WithName("UpdateOfficial").WithSummary("Змінити посадову особу");
    }

    private static DepartmentResponse ToResponse(Department d) => new(d.Id, d.Name, d.ShortName, d.Code, d.ParentId, d.SortOrder, d.IsActive, d.Version);

    private static OfficialResponse ToResponse(Official o) =>
        new(o.Id, o.Surname, o.GivenName, o.Patronymic, o.FullName, o.Position, o.DepartmentId, o.Email, o.Phone, o.IsActive, o.Version);

    private static async Task<Ok<DepartmentResponse[]>> ListDepartments(RatushaDb db, CancellationToken ct) =>
        TypedResults.Ok((await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Code).ToListAsync(ct)).Select(ToResponse).ToArray());

    private static async Task<Results<Created<DepartmentResponse>, ValidationProblem>> CreateDepartment(DepartmentRequest request, RatushaDb db, CancellationToken ct) =>
        await SaveDepartment.RunAsync(db, null, request, ct) switch
        {
            { Value: { } d } => TypedResults.Created($"/api/v1/departments/{d.Id}", ToResponse(d)),
            var invalid => TypedResults.ValidationProblem(invalid.Errors),
        };

    private static async Task<Results<Ok<DepartmentResponse>, NotFound, ValidationProblem>> UpdateDepartment(Guid id, DepartmentRequest request, RatushaDb db, CancellationToken ct) =>
        await SaveDepartment.RunAsync(db, id, request, ct) switch
        {
            { Value: { } d } => TypedResults.Ok(ToResponse(d)),
            { NotFound: true } => TypedResults.NotFound(),
            var invalid => TypedResults.ValidationProblem(invalid.Errors),
        };

    private static async Task<Ok<OfficialResponse[]>> ListOfficials(Guid? departmentId, ClaimsPrincipal user, RatushaDb db, CancellationToken ct)
    {
        var scope = DepartmentScope.Of(user);
        var query = db.Officials.AsNoTracking();
        if (!scope.CouncilWide) query = query.Where(o => o.DepartmentId == scope.DepartmentId);
        if (departmentId is not null) query = query.Where(o => o.DepartmentId == departmentId);
        var rows = await query.OrderBy(o => o.Surname).ThenBy(o => o.GivenName).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(ToResponse).ToArray());
    }

    private static async Task<Results<Created<OfficialResponse>, ValidationProblem>> CreateOfficial(OfficialRequest request, RatushaDb db, CancellationToken ct) =>
        await SaveOfficial.RunAsync(db, null, request, ct) switch
        {
            { Value: { } o } => TypedResults.Created($"/api/v1/officials/{o.Id}", ToResponse(o)),
            var invalid => TypedResults.ValidationProblem(invalid.Errors),
        };

    private static async Task<Results<Ok<OfficialResponse>, NotFound, ValidationProblem>> UpdateOfficial(Guid id, OfficialRequest request, RatushaDb db, CancellationToken ct) =>
        await SaveOfficial.RunAsync(db, id, request, ct) switch
        {
            { Value: { } o } => TypedResults.Ok(ToResponse(o)),
            { NotFound: true } => TypedResults.NotFound(),
            var invalid => TypedResults.ValidationProblem(invalid.Errors),
        };
}
