using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Organisation;

public sealed record DepartmentRequest(
    [property: Required(ErrorMessage = "Вкажіть назву підрозділу."), StringLength(300, ErrorMessage = "Назва — до 300 символів.")] string Name,
    [property: Required(ErrorMessage = "Вкажіть скорочену назву."), StringLength(100, ErrorMessage = "Скорочена назва — до 100 символів.")] string ShortName,
    [property: Required(ErrorMessage = "Вкажіть індекс підрозділу."), RegularExpression(@"^[0-9А-ЯІЇЄҐA-Z.\-]{1,10}$", ErrorMessage = "Індекс — до 10 цифр чи великих літер.")] string Code,
    Guid? ParentId, int SortOrder, bool IsActive = true, int Version = 0)
{
    public DepartmentDetails ToDetails() => new(Name, ShortName, Code, ParentId, SortOrder, IsActive);
}

/// <summary>Adds a department (no id) or changes one at the version the editor saw. The index is unique; the parent must exist.</summary>
internal static class SaveDepartment
{
    public static async Task<Outcome<Department>> RunAsync(RatushaDb db, Guid? id, DepartmentRequest request, CancellationToken ct)
    {
        var errors = Outcome.Validate(request);
        var department = id is null ? null : await db.Departments.FindAsync([id], ct);
        if (id is not null && department is null) return Outcome.Missing<Department>();
        if (errors.Count == 0) await CheckAsync(db, id, request, errors, ct);
        if (errors.Count > 0) return Outcome.Invalid<Department>(errors);

        return await Versions.AddOrChangeAsync(db, department, request.Version, () => Department.Create(request.ToDetails()), d => d.Update(request.ToDetails()), ct);
    }

    private static async Task CheckAsync(RatushaDb db, Guid? id, DepartmentRequest r, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var code = r.Code.Trim();
        if (await db.Departments.AnyAsync(d => d.Code == code && d.Id != id, ct)) errors["code"] = [$"Індекс «{code}» уже має інший підрозділ."];
        if (r.ParentId is { } parent && (parent == id || !await db.Departments.AnyAsync(d => d.Id == parent, ct)))
            errors["parentId"] = ["Такого вищого підрозділу немає."];
    }
}
