using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;

namespace Ratusha.Features.Registration;

public sealed record JournalResponse(Guid Id, string Code, string Name, string SequenceKey, string NumberFormat, bool IsActive, int Version);
public sealed record JournalUpdate(string Name, string? SequenceKey, string NumberFormat, bool IsActive, int Version);
public sealed record JournalCreate(string Code, string Name, string? SequenceKey, string NumberFormat);
public sealed record CardResponse(Guid Id, int Year, int Number, string Index, string RegisteredOn, DateTimeOffset ReceivedAt, string Summary, string? Correspondent, Guid? DepartmentId);
public sealed record CardPage(IReadOnlyList<CardResponse> Items, string? Next);

internal static class RegistrationEndpoints
{
    public static void MapRegistrationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/journals").WithTags("Журнали реєстрації");
        api.MapGet("/", List).RequireAuthorization(Policies.Official).WithName("ListJournals").WithSummary("Журнали реєстрації");
        api.MapPost("/", Create).RequireAuthorization(Policies.Admin).WithName("CreateJournal").WithSummary("Додати журнал реєстрації");
        api.MapPut("/{code}", Update).RequireAuthorization(Policies.Admin).WithName("UpdateJournal").WithSummary("Змінити журнал (формат номера, спільна нумерація)");
        api.MapGet("/{code}/cards", Cards).RequireAuthorization(Policies.Official).WithName("ListCards").WithSummary("Зареєстровані в журналі, новіші першими");
        api.MapPost("/{code}/cards", Register).RequireAuthorization(Policies.Registration).WithName("RegisterCard").WithSummary("Зареєструвати в журналі");
    }

    private static async Task<Ok<JournalResponse[]>> List(RatushaDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.Journals.AsNoTracking().OrderBy(j => j.Name)
            .Select(j => new JournalResponse(j.Id, j.Code, j.Name, j.SequenceKey, j.NumberFormat, j.IsActive, j.Version)).ToArrayAsync(ct));

    private static JournalResponse ToResponse(Journal j) => new(j.Id, j.Code, j.Name, j.SequenceKey, j.NumberFormat, j.IsActive, j.Version);

    private static async Task<Results<Created<JournalResponse>, ValidationProblem>> Create(JournalCreate request, RatushaDb db, CancellationToken ct)
    {
        var errors = JournalProblems(request.Name, request.NumberFormat, request.SequenceKey);
        var code = request.Code?.Trim() ?? "";
        if (!System.Text.RegularExpressions.Regex.IsMatch(code, "^[a-z0-9-]{2,50}$"))
            errors["code"] = ["Код журналу — від 2 до 50 малих латинських літер, цифр чи дефісів."];
        else if (await db.Journals.AnyAsync(j => j.Code == code, ct))
            errors["code"] = [$"Журнал з кодом «{code}» уже є."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var journal = Journal.Create(new JournalDetails(code, request.Name, request.SequenceKey, request.NumberFormat));
        db.Journals.Add(journal);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/journals/{journal.Code}", ToResponse(journal));
    }

    private static Dictionary<string, string[]> JournalProblems(string? name, string? numberFormat, string? sequenceKey)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200) errors["name"] = ["Вкажіть назву журналу (до 200 символів)."];
        if (NumberFormat.Problem(numberFormat ?? "") is { } problem) errors["numberFormat"] = [problem];
        if (sequenceKey is { Length: > 50 }) errors["sequenceKey"] = ["Ключ спільної нумерації — до 50 символів."];
        return errors;
    }

    private static async Task<Results<Ok<JournalResponse>, NotFound, ValidationProblem>> Update(
        string code, JournalUpdate update, RatushaDb db, CancellationToken ct)
    {
        var journal = await db.Journals.SingleOrDefaultAsync(j => j.Code == code, ct);
        if (journal is null) return TypedResults.NotFound();
        var errors = JournalProblems(update.Name, update.NumberFormat, update.SequenceKey);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        db.Entry(journal).Property(j => j.Version).OriginalValue = update.Version;
        journal.Update(new JournalDetails(code, update.Name, update.SequenceKey, update.NumberFormat, update.IsActive));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToResponse(journal));
    }

    private static async Task<Results<Ok<CardPage>, NotFound>> Cards(
        string code, int? year, int? before, int? limit, ClaimsPrincipal user, RatushaDb db, CancellationToken ct)
    {
        var journal = await db.Journals.AsNoTracking().SingleOrDefaultAsync(j => j.Code == code, ct);
        if (journal is null) return TypedResults.NotFound();
        var items = await RegistrationQueries.PageAsync(db, DepartmentScope.Of(user), journal, year, before, Math.Clamp(limit ?? 50, 1, 200), ct);
        var next = items.Count > 0 && items.Count == Math.Clamp(limit ?? 50, 1, 200) ? items[^1].Number.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return TypedResults.Ok(new CardPage(items, next));
    }

    private static async Task<Results<Created<RegisteredCard>, ValidationProblem>> Register(
        string code, RegisterCardRequest request, RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, CancellationToken ct)
    {
        var (card, errors) = await RegisterCard.RunAsync(db, calendars, clock, actor, code, request, ct);
        if (card is null) return TypedResults.ValidationProblem(errors, title: "Не вдалося зареєструвати.");
        return TypedResults.Created($"/api/v1/journals/{code}/cards/{card.Id}", card);
    }
}
