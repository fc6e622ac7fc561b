using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Documents;

public sealed record CaseFileRequest(
    [property: Range(2000, 2100, ErrorMessage = "Вкажіть рік номенклатури.")] int Year,
    [property: Required(ErrorMessage = "Вкажіть індекс справи."), StringLength(30, ErrorMessage = "Індекс справи — до 30 символів.")] string Index,
    [property: Required(ErrorMessage = "Вкажіть заголовок справи."), StringLength(500, ErrorMessage = "Заголовок — до 500 символів.")] string Title,
    Guid? DepartmentId,
    [property: Required(ErrorMessage = "Вкажіть строк зберігання."), StringLength(100, ErrorMessage = "Строк зберігання — до 100 символів.")] string Retention,
    int Version = 0);

public sealed record CaseFileView(Guid Id, int Year, string Index, string Title, Guid? DepartmentId, string? DepartmentName, string Retention, int Items, int Version);

public sealed record CaseFileItem(Guid Id, string Index, string Kind, string RegisteredOn, string Summary, string? Correspondent, string FiledOn);

public sealed record CaseFileDetails(CaseFileView CaseFile, CaseFileItem[] Items);

/// <summary>The nomenclature of case files for a year (§5.3.1, §5.4.7): one index per case file and year.</summary>
internal static class CaseFiles
{
    public static async Task<Outcome<CaseFile>> SaveAsync(RatushaDb db, Guid? id, CaseFileRequest r, CancellationToken ct)
    {
        var existing = id is { } key ? await db.CaseFiles.SingleOrDefaultAsync(f => f.Id == key, ct) : null;
        if (id is not null && existing is null) return Outcome.Missing<CaseFile>();
        var errors = Outcome.Validate(r);
        var index = r.Index?.Trim() ?? "";
        if (existing is not null && existing.Year != r.Year) errors.TryAdd("year", ["Рік номенклатури справи не змінюють; додайте справу до номенклатури іншого року."]);
        if (index.Length > 0 && await db.CaseFiles.AnyAsync(f => f.Year == r.Year && f.Index == index && f.Id != (id ?? Guid.Empty), ct))
            errors.TryAdd("index", [$"Справа з індексом «{index}» уже є в номенклатурі {r.Year} року."]);
        if (r.DepartmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department, ct))
            errors.TryAdd("departmentId", ["Такого підрозділу немає."]);
        if (errors.Count > 0) return Outcome.Invalid<CaseFile>(errors);
        return await Versions.AddOrChangeAsync(db, existing, r.Version, () => CaseFile.Create(r), f => f.With(r), ct);
    }

    public static async Task<List<CaseFileView>> ListAsync(RatushaDb db, int year, CancellationToken ct)
    {
        var rows = await (from f in db.CaseFiles.AsNoTracking()
                          where f.Year == year
                          join d in db.Departments on f.DepartmentId equals d.Id into ds
                          from d in ds.DefaultIfEmpty()
                          select new { f, Department = d == null ? null : d.Name, Items = db.Documents.Count(x => x.CaseFileId == f.Id) }).ToListAsync(ct);
        return [.. rows.OrderBy(x => x.f.Index, StringComparer.Ordinal)
            .Select(x => new CaseFileView(x.f.Id, x.f.Year, x.f.Index, x.f.Title, x.f.DepartmentId, x.Department, x.f.Retention, x.Items, x.f.Version))];
    }

    /// <summary>A case file with the documents filed into it that <paramref name="visible"/> lets the user see.</summary>
    public static async Task<CaseFileDetails?> OneAsync(RatushaDb db, Guid id, IQueryable<Registration.RegistrationCard> visible, CancellationToken ct)
    {
        var file = await db.CaseFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
        if (file is null) return null;
        var department = file.DepartmentId is { } dep ? await db.Departments.Where(d => d.Id == dep).Select(d => d.Name).SingleOrDefaultAsync(ct) : null;
        var items = await (from d in db.Documents.AsNoTracking()
                           join c in visible on d.CardId equals c.Id
                           where d.CaseFileId == id
                           orderby d.FiledOn, c.RegisteredOn, c.Number
                           select new { d.Id, c.Index, d.Kind, c.RegisteredOn, c.Summary, c.Correspondent, d.FiledOn }).ToListAsync(ct);
        var count = await db.Documents.CountAsync(d => d.CaseFileId == id, ct);
        return new CaseFileDetails(
            new CaseFileView(file.Id, file.Year, file.Index, file.Title, file.DepartmentId, department, file.Retention, count, file.Version),
            [.. items.Select(i => new CaseFileItem(i.Id, i.Index, i.Kind, Deadlines.DeadlineEndpoints.Iso(i.RegisteredOn), i.Summary, i.Correspondent, Deadlines.DeadlineEndpoints.Iso(i.FiledOn!.Value)))]);
    }
}
