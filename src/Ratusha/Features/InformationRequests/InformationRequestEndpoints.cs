using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;
using Ratusha.Features.Registration;
using Ratusha.Features.Shell;

namespace Ratusha.Features.InformationRequests;

/// <summary>
/// Public information requests: registration, the register, one request, and what is done with it. Resolutions,
/// assignments and removal from control are the control machine's (<c>/api/v1/cards/{cardId}/resolutions</c>).
/// </summary>
internal static class InformationRequestEndpoints
{
    public static void MapInformationRequestEndpoints(this IEndpointRouteBuilder app)
    {
        // The use cases check every rule at once and key the errors by the JSON names (the framework's own check would stop at the first attribute).
        var api = app.MapGroup("/api/v1/information-requests").WithTags("Запити на публічну інформацію").DisableValidation();
        api.MapPost("/", Register).RequireAuthorization(Policies.Registration).WithName("RegisterInformationRequest")
            .WithSummary("Зареєструвати запит (ім'я запитувача і поштова або електронна адреса — ч. 5 ст. 19; строк — 5 робочих днів з дня отримання або 48 годин, ст. 20)");
        api.MapGet("/", List).RequireAuthorization(Policies.Official).WithName("ListInformationRequests")
            .WithSummary("Реєстр запитів: фільтри за станом, періодом реєстрації, терміновістю, продовженням і простроченням");
        api.MapGet("/export.xlsx", Export).RequireAuthorization(Policies.Official).WithName("ExportInformationRequests")
            .WithSummary("Відфільтрований реєстр запитів у XLSX (до 100 000 рядків)");
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Official).WithName("GetInformationRequest")
            .WithSummary("Запит з його строком (дата, а для термінового — дата і час) і поясненням розрахунку");
        api.MapPost("/{id:guid}/urgency", Urgency).RequireAuthorization(Policies.Registration).WithName("MarkInformationRequestUrgent")
            .WithSummary("Позначити запит як терміновий (48 годин, ч. 2 ст. 20) або зняти позначку — з підставою");
        api.MapPost("/{id:guid}/extension", Extend).RequireAuthorization(Policies.Official).WithName("ExtendInformationRequest")
            .WithSummary("Продовжити строк до 20 робочих днів (великий обсяг або значна кількість даних) з письмовим повідомленням запитувача не пізніше 5 робочих днів з дня отримання (ч. 4 ст. 20)");
        api.MapPost("/{id:guid}/refusal", Refuse).RequireAuthorization(Policies.Official).WithName("RefuseInformationRequest")
            .WithSummary("Відмовити лише з підстав ч. 1 ст. 22 з мотивами і порядком оскарження (ч. 4 ст. 22)");
        api.MapPost("/{id:guid}/forward", Forward).RequireAuthorization(Policies.Registration).WithName("ForwardInformationRequest")
            .WithSummary("Направити запит належному розпоряднику не пізніше 5 робочих днів з дня отримання, повідомивши запитувача (ч. 3 ст. 22)");
        api.MapPost("/{id:guid}/answer", Answer).RequireAuthorization(Policies.Official).WithName("AnswerInformationRequest")
            .WithSummary("Надати відповідь запитувачу: електронною поштою (через поштову чергу) або поштою");
        api.MapGet("/{id:guid}/extension-notice.docx", (Guid id, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CancellationToken ct) =>
                Notice(id, InformationRequestNotices.Extension, user, db, visibility, ct))
            .RequireAuthorization(Policies.Official).WithName("InformationRequestExtensionNotice")
            .WithSummary("Повідомлення запитувачу про продовження строку до 20 робочих днів з обґрунтуванням (ч. 4 ст. 20), DOCX");
        api.MapGet("/{id:guid}/refusal.docx", (Guid id, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CancellationToken ct) =>
                Notice(id, InformationRequestNotices.Refusal, user, db, visibility, ct))
            .RequireAuthorization(Policies.Official).WithName("InformationRequestRefusalLetter")
            .WithSummary("Відмова в задоволенні запиту з підставою ч. 1 ст. 22, мотивами і порядком оскарження (ч. 4 ст. 22), DOCX");
        api.MapGet("/{id:guid}/forwarding-notice.docx", (Guid id, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CancellationToken ct) =>
                Notice(id, InformationRequestNotices.Forwarding, user, db, visibility, ct))
            .RequireAuthorization(Policies.Official).WithName("InformationRequestForwardingNotice")
            .WithSummary("Повідомлення запитувачу про направлення запиту належному розпоряднику (ч. 3 ст. 22), DOCX");
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> Notice(
        Guid id, string notice, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CancellationToken ct)
    {
        if (await InformationRequestViews.CardAsync(db, id, ct) is not { } card || !await visibility.CanSeeAsync(db, user, card, ct)) return TypedResults.NotFound();
        var outcome = await InformationRequestNotices.BuildAsync(db, id, notice, ct);
        if (outcome.Value is not { } letter)
            return outcome.NotFound ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors, title: "Листа немає.");
        return TypedResults.File(letter.Content, Appeals.AnswerLetter.ContentType, letter.FileName);
    }

    private static async Task<Results<Created<InformationRequestResponse>, ValidationProblem>> Register(
        RegisterRequestCommand request, RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, CancellationToken ct)
    {
        var outcome = await RegisterInformationRequest.RunAsync(db, calendars, clock, actor, request, ct);
        if (outcome.Value is not { } registered) return TypedResults.ValidationProblem(outcome.Errors, title: "Запит не зареєстровано.");
        return TypedResults.Created($"/api/v1/information-requests/{registered.Id}", (await ViewAsync(db, calendars, clock, registered.Id, ct))!);
    }

    private static async Task<Ok<InformationRequestPage>> List(
        [AsParameters] InformationRequestFilter filter, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await InformationRequestViews.PageAsync(db, visibility, user, filter, clock.GetUtcNow(), OfficeDay.Today(clock), ct));

    private static async Task<FileStreamHttpResult> Export(
        [AsParameters] InformationRequestFilter filter, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, TimeProvider clock, CancellationToken ct)
    {
        var rows = await InformationRequestViews.ExportRowsAsync(db, visibility, user, filter, clock.GetUtcNow(), OfficeDay.Today(clock), 100_000, ct);
        return await Ui.XlsxFile.OfAsync(rows, "zapyty-na-informatsiiu.xlsx", ct);
    }

    private static async Task<Results<Ok<InformationRequestResponse>, NotFound>> Get(
        Guid id, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CalendarStore calendars, TimeProvider clock, CancellationToken ct)
    {
        if (await InformationRequestViews.CardAsync(db, id, ct) is not { } card || !await visibility.CanSeeAsync(db, user, card, ct)) return TypedResults.NotFound();
        return TypedResults.Ok((await ViewAsync(db, calendars, clock, id, ct))!);
    }

    private static async Task<Results<Ok<InformationRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Urgency(
        Guid id, UrgencyCommand command, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        await Act(id, user, db, visibility, calendars, clock, () => InformationRequestActions.MarkUrgentAsync(db, calendars, clock, user, id, command, ct), ct);

    private static async Task<Results<Ok<InformationRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Extend(
        Guid id, ExtensionCommand command, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        await Act(id, user, db, visibility, calendars, clock, () => InformationRequestActions.ExtendAsync(db, calendars, clock, user, id, command, ct), ct);

    private static async Task<Results<Ok<InformationRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Refuse(
        Guid id, RefusalCommand command, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        await Act(id, user, db, visibility, calendars, clock, () => InformationRequestActions.RefuseAsync(db, calendars, clock, user, id, command, ct), ct);

    private static async Task<Results<Ok<InformationRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Forward(
        Guid id, ForwardCommand command, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        await Act(id, user, db, visibility, calendars, clock, () => InformationRequestActions.ForwardAsync(db, calendars, clock, user, id, command, ct), ct);

    private static async Task<Results<Ok<InformationRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Answer(
        Guid id, AnswerCommand command, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        await Act(id, user, db, visibility, calendars, clock, () => InformationRequestActions.AnswerAsync(db, calendars, clock, user, id, command, ct), ct);

    /// <summary>An action on a request the user may see: 200 with the request, 403 with the reason, 404, or 400 with the fields.</summary>
    private static async Task<Results<Ok<InformationRequestResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Act(
        Guid id, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CalendarStore calendars, TimeProvider clock,
        Func<Task<Outcome<InformationRequest>>> action, CancellationToken ct)
    {
        if (await InformationRequestViews.CardAsync(db, id, ct) is not { } card || !await visibility.CanSeeAsync(db, user, card, ct)) return TypedResults.NotFound();
        var outcome = await action();
        if (outcome.Forbidden is { } why) return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: why);
        if (outcome.Value is null) return outcome.NotFound ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors, title: "Дію не виконано.");
        return TypedResults.Ok((await ViewAsync(db, calendars, clock, id, ct))!);
    }

    private static async Task<InformationRequestResponse?> ViewAsync(RatushaDb db, CalendarStore calendars, TimeProvider clock, Guid id, CancellationToken ct) =>
        await InformationRequestViews.OneAsync(db, id, await calendars.GetAsync(ct), clock.GetUtcNow(), OfficeDay.Today(clock), ct);
}
