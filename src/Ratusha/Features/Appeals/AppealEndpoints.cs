using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Classifiers;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Appeals;

public sealed record NotConsideredRequest(
    [property: Required(ErrorMessage = "Оберіть підставу.")] string Reason,
    [property: Required(ErrorMessage = "Вкажіть обґрунтування."), StringLength(2000, ErrorMessage = "Обґрунтування — до 2000 символів.")] string Basis,
    int Version);

/// <summary>Citizens' appeals: registration-control cards, forwarding, return, not considered. Control: <see cref="AppealControlEndpoints"/>.</summary>
internal static class AppealEndpoints
{
    public static void MapAppealEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/appeals").WithTags("Звернення громадян");
        api.MapPost("/", Register).RequireAuthorization(Policies.Registration).WithName("RegisterAppeal")
            .WithSummary("Зареєструвати звернення (реєстраційно-контрольна картка, індекс за Інструкцією №348)");
        api.MapGet("/", List).RequireAuthorization(Policies.Official).WithName("ListAppeals")
            .WithSummary("Звернення: фільтри (стан, форма, тематика, ознака, виконавець, підрозділ, строк, прострочені), повнотекстовий пошук q, пільговики першими");
        api.MapGet("/export.xlsx", Export).RequireAuthorization(Policies.Official).WithName("ExportAppeals")
            .WithSummary("Відфільтрований список звернень у XLSX (до 100 000 рядків)");
        api.MapGet("/earlier", Earlier).RequireAuthorization(Policies.Registration).WithName("EarlierAppeals")
            .WithSummary("Попередні звернення тієї самої особи (з урахуванням описок і варіантів написання) і на ту саму тематику");
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Official).WithName("GetAppeal").WithSummary("Картка звернення з датою, до якої треба відповісти");
        api.MapPost("/{id:guid}/forward", Forward).RequireAuthorization(Policies.Registration).WithName("ForwardAppeal")
            .WithSummary("Переслати за належністю (п. 6.3, ст. 7: до 5 днів, супровідний лист керуючого справами, заявнику — повідомлення)");
        api.MapPost("/{id:guid}/return", Return).RequireAuthorization(Policies.Registration).WithName("ReturnAppeal")
            .WithSummary("Повернути заявнику з роз'ясненнями (п. 6.21: до 5 днів; ст. 5: до 10 днів)");
        api.MapPost("/{id:guid}/not-considered", NotConsidered).RequireAuthorization(Policies.Resolution).WithName("MarkAppealNotConsidered")
            .WithSummary("Залишити без розгляду з підставою зі ст. 8 (рішення керівника)");
    }

    private static async Task<Results<Created<AppealResponse>, ValidationProblem>> Register(
        RegisterAppealRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, CancellationToken ct)
    {
        var outcome = await RegisterAppeal.RunAsync(db, calendars, clock, actor, request, ct);
        if (outcome.Value is not { } appeal) return TypedResults.ValidationProblem(outcome.Errors, title: "Звернення не зареєстровано.");
        var view = await AppealViews.OneAsync(db, AppealAccess.Everything, appeal.Id, await calendars.GetAsync(ct), ct);
        return TypedResults.Created($"/api/v1/appeals/{appeal.Id}", view!);
    }

    private static async Task<Ok<AppealPage>> List([AsParameters] AppealFilter filter, ClaimsPrincipal user, RatushaDb db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await AppealViews.PageAsync(db, AppealAccess.Of(user), filter, OfficeDay.Today(clock), ct));

    private static async Task<FileStreamHttpResult> Export([AsParameters] AppealFilter filter, ClaimsPrincipal user, RatushaDb db, TimeProvider clock, CancellationToken ct)
    {
        var rows = await AppealViews.ExportRowsAsync(db, AppealAccess.Of(user), filter with { After = null }, OfficeDay.Today(clock), 100_000, ct);
        return await Ui.XlsxFile.OfAsync(rows, "zvernennia.xlsx", ct);
    }

    private static async Task<Ok<EarlierAppeal[]>> Earlier(string? surname, string? givenName, string? address, string? phone, string? topic, ClaimsPrincipal user, RatushaDb db, CancellationToken ct) =>
        TypedResults.Ok((await EarlierAppeals.FindAsync(db, AppealAccess.Of(user), surname, givenName, address, phone, topic, ct)).ToArray());

    private static async Task<Results<Ok<AppealResponse>, NotFound>> Get(Guid id, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, CancellationToken ct) =>
        await AppealViews.OneAsync(db, AppealAccess.Of(user), id, await calendars.GetAsync(ct), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Ok<AppealResponse>, NotFound, ValidationProblem>> Forward(
        Guid id, ForwardRequest request, RatushaDb db, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        await Answer(await ForwardOrReturn.ForwardAsync(db, calendars, clock, id, request, ct), db, calendars, ct);

    private static async Task<Results<Ok<AppealResponse>, NotFound, ValidationProblem>> Return(
        Guid id, ReturnRequest request, RatushaDb db, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        await Answer(await ForwardOrReturn.ReturnAsync(db, calendars, clock, id, request, ct), db, calendars, ct);

    private static async Task<Results<Ok<AppealResponse>, NotFound, ValidationProblem>> Answer(Outcome<Appeal> outcome, RatushaDb db, CalendarStore calendars, CancellationToken ct)
    {
        if (outcome.Value is { } appeal)
            return TypedResults.Ok((await AppealViews.OneAsync(db, AppealAccess.Everything, appeal.Id, await calendars.GetAsync(ct), ct))!);
        return outcome.NotFound ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors, title: "Дію не виконано.");
    }

    private static async Task<Results<Ok<AppealResponse>, NotFound, ValidationProblem>> NotConsidered(
        Guid id, NotConsideredRequest request, RatushaDb db, CalendarStore calendars, TimeProvider clock, CancellationToken ct)
    {
        var appeal = await db.Appeals.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (appeal is null) return TypedResults.NotFound();
        var errors = Outcome.Validate(request);
        var reason = await db.ClassifierEntries.AsNoTracking()
            .SingleOrDefaultAsync(e => e.List == ClassifierLists.NotConsideredReason && e.Code == request.Reason && e.IsActive, ct);
        if (errors.Count == 0 && reason is null) errors["reason"] = ["Така підстава не передбачена ст. 8 Закону «Про звернення громадян»."];
        if (appeal.NotConsideredReason is not null) errors["reason"] = ["Звернення вже залишено без розгляду."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        Versions.Expect(db, appeal, request.Version);
        appeal.MarkNotConsidered(reason!.Code, $"{request.Basis.Trim()} ({reason.Source})", OfficeDay.Today(clock));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await AppealViews.OneAsync(db, AppealAccess.Everything, id, await calendars.GetAsync(ct), ct))!);
    }
}
