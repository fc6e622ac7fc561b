using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;
using Ratusha.Features.Registration;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Control;

/// <summary>The one machine of control, for every kind of registered item: resolution, assignments, replies, removal from control.</summary>
internal static class ControlEndpoints
{
    public static void MapControlEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Контроль виконання").RequireAuthorization(Policies.Official);
        api.MapGet("/cards/{cardId:guid}/resolutions", Resolutions).WithName("ListResolutions").WithSummary("Резолюції, доручення, звіти і продовження за документом");
        api.MapPost("/cards/{cardId:guid}/resolutions", Write).RequireAuthorization(Policies.Resolution)
            .WithName("WriteResolution").WithSummary("Накласти резолюцію: взяти на контроль, призначити виконавців і строк");
        api.MapPost("/resolutions/{id:guid}/extensions", Extend).RequireAuthorization(Policies.Resolution)
            .WithName("ExtendTerm").WithSummary("Продовжити строк (лише автор резолюції; для звернень — не більше 45 днів загалом)");
        api.MapPost("/resolutions/{id:guid}/return", Return).WithName("ReturnForRework").WithSummary("Контролер повертає відповідь на доопрацювання");
        api.MapPost("/resolutions/{id:guid}/remove-from-control", Remove).WithName("RemoveFromControl").WithSummary("Контролер знімає з контролю");
        api.MapPost("/assignments/{id:guid}/reports", Report).WithName("ReportOnAssignment").WithSummary("Проміжна відповідь, матеріали співвиконавця або відповідь виконавця");
        api.MapGet("/assignments/mine", Mine).WithName("MyAssignments").WithSummary("Мої доручення: прострочені першими, далі за строком");
    }

    private static async Task<Results<Ok<ResolutionView[]>, NotFound>> Resolutions(
        Guid cardId, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        await visibility.CanSeeAsync(db, user, cardId, ct)
            ? TypedResults.Ok(await ControlViews.OfCardAsync(db, cardId, OfficeDay.Today(clock), ct, await calendars.GetAsync(ct))) : TypedResults.NotFound();

    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> Write(
        Guid cardId, ResolutionRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await WriteResolution.RunAsync(db, calendars, rulebook, clock, DepartmentScope.OfficialOf(user), cardId, request, ct);
        return await Answer(outcome, db, calendars, clock, v => TypedResults.Created($"/api/v1/cards/{cardId}/resolutions", v), ct);
    }

    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> Extend(
        Guid id, ExtensionRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock,
        IEnumerable<ITermChangeListener> listeners, CancellationToken ct)
    {
        var outcome = await ExtendTerm.RunAsync(db, calendars, rulebook, clock, listeners, DepartmentScope.OfficialOf(user), id, request, ct);
        return await Answer(outcome, db, calendars, clock, v => TypedResults.Created($"/api/v1/cards/{v.CardId}/resolutions", v), ct);
    }

    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> Return(
        Guid id, ReviewRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await ReviewAnswer.ReturnAsync(db, calendars, rulebook, clock, DepartmentScope.OfficialOf(user), id, request, ct);
        return await Answer(outcome, db, calendars, clock, v => TypedResults.Created($"/api/v1/cards/{v.CardId}/resolutions", v), ct);
    }

    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> Remove(
        Guid id, ReviewRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await ReviewAnswer.RemoveFromControlAsync(db, calendars, rulebook, clock, DepartmentScope.OfficialOf(user), id, request, ct);
        return await Answer(outcome, db, calendars, clock, v => TypedResults.Created($"/api/v1/cards/{v.CardId}/resolutions", v), ct);
    }

    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> Report(
        Guid id, ReportRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await ReportOnAssignment.RunAsync(db, rulebook, clock, DepartmentScope.OfficialOf(user), id, request, ct);
        if (outcome.Value is not { } assignment) return Refusal(outcome);
        var resolution = await db.Resolutions.FindAsync([assignment.ResolutionId], ct);
        return await Answer(Outcome.Done(resolution!), db, calendars, clock, v => TypedResults.Created($"/api/v1/cards/{v.CardId}/resolutions", v), ct);
    }

    private static async Task<Results<Ok<MyAssignment[]>, ProblemHttpResult>> Mine(bool? open, ClaimsPrincipal user, RatushaDb db, TimeProvider clock, CancellationToken ct)
    {
        if (DepartmentScope.OfficialOf(user) is not { } official)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Ваш обліковий запис не пов'язано з посадовою особою.");
        return TypedResults.Ok((await ControlViews.MineAsync(db, official, open ?? true, OfficeDay.Today(clock), ct)).ToArray());
    }

    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> Answer(
        Outcome<Resolution> outcome, RatushaDb db, CalendarStore calendars, TimeProvider clock, Func<ResolutionView, Created<ResolutionView>> created, CancellationToken ct)
    {
        if (outcome.Value is not { } resolution) return Refusal(outcome);
        var views = await ControlViews.OfCardAsync(db, resolution.CardId, OfficeDay.Today(clock), ct, await calendars.GetAsync(ct));
        return created(views.Single(v => v.Id == resolution.Id));
    }

    /// <summary>A refused outcome as the API answers it: 403 with the reason, 404, or 400 with the fields.</summary>
    internal static Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult> Refusal<T>(Outcome<T> outcome) where T : class =>
        outcome.Forbidden is { } why ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: why)
        : outcome.NotFound ? TypedResults.NotFound()
        : TypedResults.ValidationProblem(outcome.Errors, title: "Дію не виконано.");
}
