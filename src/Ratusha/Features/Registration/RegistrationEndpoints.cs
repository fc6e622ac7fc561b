using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;

namespace Ratusha.Features.Registration;

public sealed record JournalResponse(Guid Id, string Code, string Name, string SequenceKey, string NumberFormat, bool IsActive, int Version);
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

    private static async Task<Results<Created<JournalResponse>, ValidationProblem>> Create(JournalCreate request, RatushaDb db, CancellationToken ct) =>
        await SaveJournal.CreateAsync(db, request, ct) switch
        {
            { Value: { } journal } => TypedResults.Created($"/api/v1/journals/{journal.Code}", ToResponse(journal)),
            var invalid => TypedResults.ValidationProblem(invalid.Errors),
        };

    private static async Task<Results<Ok<JournalResponse>, NotFound, ValidationProblem>> Update(
        string code, JournalUpdate update, RatushaDb db, CancellationToken ct) =>
        await SaveJournal.UpdateAsync(db, code, update, ct) switch
        {
            { Value: { } journal } => TypedResults.Ok(ToResponse(journal)),
            { NotFound: true } => TypedResults.NotFound(),
            var invalid => TypedResults.ValidationProblem(invalid.Errors),
        };

    private static async Task<Results<Ok<CardPage>, NotFound>> Cards(
        string code, int? year, int? before, int? limit, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CancellationToken ct)
    {
        var journal = await db.Journals.AsNoTracking().SingleOrDefaultAsync(j => j.Code == code, ct);
        if (journal is null) return TypedResults.NotFound();
        var items = await RegistrationQueries.PageAsync(db, visibility, user, journal, year, before, Math.Clamp(limit ?? 50, 1, 200), ct);
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
