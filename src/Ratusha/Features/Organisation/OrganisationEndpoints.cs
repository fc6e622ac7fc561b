using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Identity;

namespace Ratusha.Features.Organisation;

public sealed record DepartmentResponse(Guid Id, string Name, string ShortName, string Code, Guid? ParentId, int SortOrder, bool IsActive, int Version);

public sealed record DepartmentRequest(
    [property: Required(ErrorMessage = "Вкажіть назву підрозділу."), StringLength(300, ErrorMessage = "Назва — до 300 символів.")] string Name,
    [property: Required(ErrorMessage = "Вкажіть скорочену назву."), StringLength(100, ErrorMessage = "Скорочена назва — до 100 символів.")] string ShortName,
    [property: Required(ErrorMessage = "Вкажіть індекс підрозділу."), RegularExpression(@"^[0-9А-ЯІЇЄҐA-Z.\-]{1,10}$", ErrorMessage = "Індекс — до 10 цифр чи великих літер.")] string Code,
    Guid? ParentId, int SortOrder, bool IsActive = true, int Version = 0);

public sealed record OfficialResponse(Guid Id, string Surname, string GivenName, string? Patronymic, string FullName, string Position, Guid DepartmentId, string? Email, string? Phone, bool IsActive, int Version);

public sealed record OfficialRequest(
    [property: Required(ErrorMessage = "Вкажіть прізвище."), StringLength(100, ErrorMessage = "Прізвище — до 100 символів.")] string Surname,
    [property: Required(ErrorMessage = "Вкажіть ім'я."), StringLength(100, ErrorMessage = "Ім'я — до 100 символів.")] string GivenName,
    [property: StringLength(100, ErrorMessage = "По батькові — до 100 символів.")] string? Patronymic,
    [property: Required(ErrorMessage = "Вкажіть посаду."), StringLength(300, ErrorMessage = "Посада — до 300 символів.")] string Position,
    Guid DepartmentId,
    [property: EmailAddress(ErrorMessage = "Некоректна адреса електронної пошти.")] string? Email,
    [property: StringLength(40, ErrorMessage = "Телефон — до 40 символів.")] string? Phone,
    bool IsActive = true, int Version = 0)
{
    public OfficialDetails ToDetails() => new(Surname, GivenName, Patronymic, Position, DepartmentId, Email, Phone, IsActive);
}

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

    private static async Task<Results<Created<DepartmentResponse>, ValidationProblem>> CreateDepartment(DepartmentRequest request, RatushaDb db, CancellationToken ct)
    {
        if (await DepartmentProblems(request, null, db, ct) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        var department = Department.Create(new DepartmentDetails(request.Name, request.ShortName, request.Code, request.ParentId, request.SortOrder, request.IsActive));
        db.Departments.Add(department);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/departments/{department.Id}", ToResponse(department));
    }

    private static async Task<Results<Ok<DepartmentResponse>, NotFound, ValidationProblem>> UpdateDepartment(Guid id, DepartmentRequest request, RatushaDb db, CancellationToken ct)
    {
        var department = await db.Departments.FindAsync([id], ct);
        if (department is null) return TypedResults.NotFound();
        if (await DepartmentProblems(request, id, db, ct) is { Count: > 0 } errors) return TypedResults.ValidationProblem(errors);
        db.Entry(department).Property(d => d.Version).OriginalValue = request.Version;
        department.Update(new DepartmentDetails(request.Name, request.ShortName, request.Code, request.ParentId, request.SortOrder, request.IsActive));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToResponse(department));
    }

    private static async Task<Dictionary<string, string[]>> DepartmentProblems(DepartmentRequest r, Guid? id, RatushaDb db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var code = r.Code.Trim();
        if (await db.Departments.AnyAsync(d => d.Code == code && d.Id != id, ct)) errors["code"] = [$"Індекс «{code}» уже має інший підрозділ."];
        if (r.ParentId is { } parent && (parent == id || !await db.Departments.AnyAsync(d => d.Id == parent, ct)))
            errors["parentId"] = ["Такого вищого підрозділу немає."];
        return errors;
    }

    private static async Task<Ok<OfficialResponse[]>> ListOfficials(Guid? departmentId, ClaimsPrincipal user, RatushaDb db, CancellationToken ct)
    {
        var scope = DepartmentScope.Of(user);
        var query = db.Officials.AsNoTracking();
        if (!scope.CouncilWide) query = query.Where(o => o.DepartmentId == scope.DepartmentId);
        if (departmentId is not null) query = query.Where(o => o.DepartmentId == departmentId);
        var rows = await query.OrderBy(o => o.Surname).ThenBy(o => o.GivenName).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(ToResponse).ToArray());
    }

    private static async Task<Results<Created<OfficialResponse>, ValidationProblem>> CreateOfficial(OfficialRequest request, RatushaDb db, CancellationToken ct)
    {
        if (!await db.Departments.AnyAsync(d => d.Id == request.DepartmentId, ct))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["departmentId"] = ["Оберіть підрозділ."] });
        var official = Official.Create(request.ToDetails());
        db.Officials.Add(official);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/officials/{official.Id}", ToResponse(official));
    }

    private static async Task<Results<Ok<OfficialResponse>, NotFound, ValidationProblem>> UpdateOfficial(Guid id, OfficialRequest request, RatushaDb db, CancellationToken ct)
    {
        var official = await db.Officials.FindAsync([id], ct);
        if (official is null) return TypedResults.NotFound();
        if (!await db.Departments.AnyAsync(d => d.Id == request.DepartmentId, ct))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["departmentId"] = ["Оберіть підрозділ."] });
        db.Entry(official).Property(o => o.Version).OriginalValue = request.Version;
        official.Update(request.ToDetails());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToResponse(official));
    }
}
