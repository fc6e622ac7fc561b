using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Identity;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Classifiers;

public sealed record ClassifierEntryResponse(Guid Id, string List, string Code, string Name, int SortOrder, bool IsActive, bool IsPrivileged, string? Source, int Version);

public sealed record ClassifierEntryRequest(
    [property: Required(ErrorMessage = "Вкажіть код."), StringLength(40, ErrorMessage = "Код — до 40 символів.")] string Code,
    [property: Required(ErrorMessage = "Вкажіть назву."), StringLength(300, ErrorMessage = "Назва — до 300 символів.")] string Name,
    int SortOrder, bool IsActive = true, bool IsPrivileged = false,
    [property: StringLength(300, ErrorMessage = "Джерело — до 300 символів.")] string? Source = null, int Version = 0)
{
    public ClassifierDetails ToDetails() => new(Code, Name, SortOrder, IsActive, IsPrivileged, Source);
}

/// <summary>Classifier lists: every official reads them; the administrator adds and changes values (never deletes: cards refer to them).</summary>
internal static class ClassifierEndpoints
{
    public static void MapClassifierEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/classifiers").WithTags("Класифікатор звернень");
        api.MapGet("/{list}", List).RequireAuthorization(Policies.Official).WithName("ListClassifier").WithSummary("Значення списку класифікатора");
        api.MapPost("/{list}", Create).RequireAuthorization(Policies.Admin).WithName("AddClassifierEntry").WithSummary("Додати значення");
        api.MapPut("/{list}/{id:guid}", Update).RequireAuthorization(Policies.Admin).WithName("UpdateClassifierEntry").WithSummary("Змінити значення");
    }

    private static ClassifierEntryResponse ToResponse(ClassifierEntry e) => new(e.Id, e.List, e.Code, e.Name, e.SortOrder, e.IsActive, e.IsPrivileged, e.Source, e.Version);

    private static async Task<Results<Ok<ClassifierEntryResponse[]>, NotFound>> List(string list, RatushaDb db, CancellationToken ct)
    {
        if (!ClassifierLists.Titles.ContainsKey(list)) return TypedResults.NotFound();
        var rows = await db.ClassifierEntries.AsNoTracking().Where(e => e.List == list).OrderBy(e => e.SortOrder).ThenBy(e => e.Code).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(ToResponse).ToArray());
    }

    private static async Task<Results<Created<ClassifierEntryResponse>, NotFound, ValidationProblem>> Create(string list, ClassifierEntryRequest request, RatushaDb db, CancellationToken ct)
    {
        var outcome = await SaveClassifierEntry.RunAsync(db, list, null, request, ct);
        if (outcome.Value is { } e) return TypedResults.Created($"/api/v1/classifiers/{list}/{e.Id}", ToResponse(e));
        return outcome.NotFound ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors);
    }

    private static async Task<Results<Ok<ClassifierEntryResponse>, NotFound, ValidationProblem>> Update(string list, Guid id, ClassifierEntryRequest request, RatushaDb db, CancellationToken ct)
    {
        var outcome = await SaveClassifierEntry.RunAsync(db, list, id, request, ct);
        if (outcome.Value is { } e) return TypedResults.Ok(ToResponse(e));
        return outcome.NotFound ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors);
    }
}

/// <summary>Adds a value to a list or changes one at the version the editor saw; codes are unique within a list.</summary>
internal static class SaveClassifierEntry
{
    public static async Task<Outcome<ClassifierEntry>> RunAsync(RatushaDb db, string list, Guid? id, ClassifierEntryRequest request, CancellationToken ct)
    {
        if (!ClassifierLists.Titles.ContainsKey(list)) return Outcome.Missing<ClassifierEntry>();
        var entry = id is null ? null : await db.ClassifierEntries.SingleOrDefaultAsync(e => e.Id == id && e.List == list, ct);
        if (id is not null && entry is null) return Outcome.Missing<ClassifierEntry>();
        var errors = Outcome.Validate(request);
        var code = request.Code?.Trim();
        if (errors.Count == 0 && await db.ClassifierEntries.AnyAsync(e => e.List == list && e.Code == code && e.Id != id, ct))
            errors["code"] = [$"Код «{code}» у цьому списку вже є."];
        if (entry is not null && code is not null && code != entry.Code)
            errors["code"] = ["Код значення не змінюється: картки посилаються на нього. Додайте нове значення, а старе зробіть недіючим."];
        if (errors.Count > 0) return Outcome.Invalid<ClassifierEntry>(errors);
        return await Versions.AddOrChangeAsync(db, entry, request.Version, () => ClassifierEntry.Create(list, request.ToDetails()), e => e.Update(request.ToDetails()), ct);
    }
}
