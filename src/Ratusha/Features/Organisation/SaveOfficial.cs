using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Organisation;

public sealed record OfficialRequest(
    [property: Required(ErrorMessage = "Вкажіть прізвище."), StringLength(100, ErrorMessage = "Прізвище — до 100 символів.")] string Surname,
    [property: Required(ErrorMessage = "Вкажіть ім'я."), StringLength(100, ErrorMessage = "Ім'я — до 100 символів.")] string GivenName,
    [property: StringLength(100, ErrorMessage = "По батькові — до 100 символів.")] string? Patronymic,
    [property: Required(ErrorMessage = "Вкажіть посаду."), StringLength(300, ErrorMessage = "Посада — до 300 символів.")] string Position,
    Guid DepartmentId,
    [property: EmailAddress(ErrorMessage = "Некоректна адреса електронної пошти."), StringLength(254, ErrorMessage = "Адреса електронної пошти — до 254 символів.")] string? Email,
    [property: StringLength(40, ErrorMessage = "Телефон — до 40 символів.")] string? Phone,
    bool IsActive = true, int Version = 0)
{
    public OfficialDetails ToDetails() => new(Surname, GivenName, Patronymic, Position, DepartmentId, Email, Phone, IsActive);
}

/// <summary>Adds an official (no id) or changes one at the version the editor saw. The department must exist.</summary>
internal static class SaveOfficial
{
    public static async Task<Outcome<Official>> RunAsync(RatushaDb db, Guid? id, OfficialRequest request, CancellationToken ct)
    {
        var errors = Outcome.Validate(request);
        var official = id is null ? null : await db.Officials.FindAsync([id], ct);
        if (id is not null && official is null) return Outcome.Missing<Official>();
        if (errors.Count == 0 && !await db.Departments.AnyAsync(d => d.Id == request.DepartmentId, ct))
            errors["departmentId"] = ["Оберіть підрозділ."];
        if (errors.Count > 0) return Outcome.Invalid<Official>(errors);

        return await Versions.AddOrChangeAsync(db, official, request.Version, () => Official.Create(request.ToDetails()), o => o.Update(request.ToDetails()), ct);
    }
}
