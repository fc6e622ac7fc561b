using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ratusha.Data;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Appeals;

/// <summary>
/// The control machine addressed by appeal: resolution, assignments, extension, replies, answer, its letter and its
/// sending, review by the controller. Each route finds the appeal's card (or its resolution on control, or the
/// caller's assignment) and hands over to the same use cases as /api/v1/cards/… — nothing of the machine is copied.
/// </summary>
internal static class AppealControlEndpoints
{
    public static void MapAppealControlEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/appeals/{id:guid}").WithTags("Звернення громадян").RequireAuthorization(Policies.Official);
        api.MapGet("/resolutions", Resolutions).WithName("AppealResolutions").WithSummary("Резолюції, доручення, звіти, продовження і відповідь за зверненням");
        api.MapPost("/resolution", Write).RequireAuthorization(Policies.Resolution).WithName("WriteAppealResolution")
            .WithSummary("Накласти резолюцію: відповідальний виконавець, співвиконавці (строк на 3 робочі дні раніше, п. 6.14), контролер, строк (30 днів; 15 — без додаткового вивчення; ст. 20)");
        api.MapPost("/extension", Extend).RequireAuthorization(Policies.Resolution).WithName("ExtendAppealTerm")
            .WithSummary("Продовжити строк (автор резолюції, з підставою; загалом не більше 45 днів, ст. 20; заявнику — повідомлення)");
        api.MapPost("/reports", Report).WithName("ReportOnAppeal")
            .WithSummary("Проміжна відповідь (InterimReply) або матеріали співвиконавця відповідальному виконавцю (CoExecutorReport)");
        api.MapPost("/answer", Answer).WithName("AnswerAppeal")
            .WithSummary("Відповідь відповідального виконавця: результат розгляду; для відмови — норми законодавства, мотиви і порядок оскарження (ст. 15, 19; п. 6.23)");
        api.MapGet("/answer.docx", Letter).WithName("AppealAnswerLetter").WithSummary("Лист-відповідь у DOCX за шаблоном з реквізитами картки");
        api.MapPost("/answer/send", Send).WithName("SendAppealAnswer")
            .WithSummary("Надіслати відповідь заявнику електронною поштою (з листом DOCX) або зазначити, що її відправлено поштою");
        api.MapPost("/return-for-rework", Return).WithName("ReturnAppealForRework")
            .WithSummary("Контролер повертає відповідь на доопрацювання (до 5 днів, п. 5.3.10)");
        api.MapPost("/remove-from-control", Remove).WithName("RemoveAppealFromControl")
            .WithSummary("Контролер знімає звернення з контролю після перевірки відповіді (п. 5.3.10)");
    }

    public sealed record AppealReportRequest(ReportKind Kind, string Text);

    public sealed record AnswerRequest(string Text, string? Result, string? Grounds = null, string? AppealRoute = null);

    /// <summary>The card of an appeal the user may see; nothing for an appeal out of their sight.</summary>
    private static Task<Guid?> CardOfAsync(RatushaDb db, ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        AppealAccess.Of(user).Rows(db).Where(x => x.a.Id == id).Select(x => (Guid?)x.c.Id).SingleOrDefaultAsync(ct);

    private static Task<Guid?> OnControlAsync(RatushaDb db, Guid cardId, CancellationToken ct) =>
        db.Resolutions.Where(r => r.CardId == cardId && r.State == ControlState.OnControl).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(ct);

    private static async Task<Results<Ok<ResolutionView[]>, NotFound>> Resolutions(Guid id, ClaimsPrincipal user, RatushaDb db, TimeProvider clock, CancellationToken ct) =>
        await CardOfAsync(db, user, id, ct) is { } card ? TypedResults.Ok(await ControlViews.OfCardAsync(db, card, OfficeDay.Today(clock), ct)) : TypedResults.NotFound();

    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> Write(
        Guid id, ResolutionRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock, CancellationToken ct)
    {
        if (await CardOfAsync(db, user, id, ct) is not { } card) return TypedResults.NotFound();
        var outcome = await WriteResolution.RunAsync(db, calendars, rulebook, clock, DepartmentScope.OfficialOf(user), card, request, ct);
        return await ViewAsync(outcome, id, db, user, clock, ct);
    }

    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> Extend(
        Guid id, ExtensionRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock,
        IEnumerable<ITermChangeListener> listeners, CancellationToken ct)
    {
        if (await CardOfAsync(db, user, id, ct) is not { } card || await OnControlAsync(db, card, ct) is not { } resolution) return TypedResults.NotFound();
        var outcome = await ExtendTerm.RunAsync(db, calendars, rulebook, clock, listeners, DepartmentScope.OfficialOf(user), resolution, request, ct);
        return await ViewAsync(outcome, id, db, user, clock, ct);
    }

    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> Report(
        Guid id, AppealReportRequest request, ClaimsPrincipal user, RatushaDb db, ControlRulebook rulebook, TimeProvider clock, CancellationToken ct)
    {
        if (request.Kind == ReportKind.Answer)
            return TypedResults.ValidationProblem(Outcome.Error("kind", "Відповідь подається через /answer з результатом розгляду."));
        return await ReportAsync(id, new ReportRequest(request.Kind, request.Text), user, db, rulebook, clock, ct);
    }

    private static Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> Answer(
        Guid id, AnswerRequest request, ClaimsPrincipal user, RatushaDb db, ControlRulebook rulebook, TimeProvider clock, CancellationToken ct) =>
        ReportAsync(id, new ReportRequest(ReportKind.Answer, request.Text, request.Result, request.Grounds, request.AppealRoute), user, db, rulebook, clock, ct);

    /// <summary>A reply on the caller's own open assignment of the appeal (the lead's for an answer).</summary>
    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> ReportAsync(
        Guid id, ReportRequest request, ClaimsPrincipal user, RatushaDb db, ControlRulebook rulebook, TimeProvider clock, CancellationToken ct)
    {
        if (await CardOfAsync(db, user, id, ct) is not { } card || await OnControlAsync(db, card, ct) is not { } resolution) return TypedResults.NotFound();
        var official = DepartmentScope.OfficialOf(user);
        var assignment = await db.Assignments.Where(a => a.ResolutionId == resolution && a.ExecutorId == official)
            .OrderByDescending(a => a.IsLead).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        if (assignment is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Звітувати може лише виконавець доручення за цим зверненням.");
        var outcome = await ReportOnAssignment.RunAsync(db, rulebook, clock, official, assignment.Value, request, ct);
        if (outcome.Value is null) return ControlEndpoints.Refusal(outcome);
        return await ViewAsync(Outcome.Done((await db.Resolutions.FindAsync([resolution], ct))!), id, db, user, clock, ct);
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> Letter(
        Guid id, ClaimsPrincipal user, RatushaDb db, TimeProvider clock, IOptions<AnswerLetterOptions> options, CancellationToken ct)
    {
        if (await CardOfAsync(db, user, id, ct) is null) return TypedResults.NotFound();
        if (await AppealAnswers.LetterAsync(db, id, OfficeDay.Today(clock), ct) is not { } fields)
            return TypedResults.ValidationProblem(Outcome.Error("answer", "Відповідальний виконавець ще не підготував відповідь."));
        return TypedResults.File(AnswerLetter.Build(fields, options.Value.AnswerTemplate), AnswerLetter.ContentType, $"vidpovid-{fields.Index}.docx");
    }

    private static async Task<Results<Ok<AppealResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Send(
        Guid id, SendAnswerRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, TimeProvider clock,
        IOptions<AnswerLetterOptions> options, CancellationToken ct)
    {
        if (await CardOfAsync(db, user, id, ct) is null) return TypedResults.NotFound();
        var outcome = await AppealAnswers.SendAsync(db, clock, options.Value.AnswerTemplate, DepartmentScope.OfficialOf(user),
            user.IsInRole(Roles.Registrar), id, request, ct);
        if (outcome.Forbidden is { } why) return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: why);
        if (outcome.Value is null) return outcome.NotFound ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors, title: "Відповідь не надіслано.");
        return TypedResults.Ok((await AppealViews.OneAsync(db, AppealAccess.Everything, id, await calendars.GetAsync(ct), ct))!);
    }

    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> Return(
        Guid id, ReviewRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock, CancellationToken ct)
    {
        if (await CardOfAsync(db, user, id, ct) is not { } card || await OnControlAsync(db, card, ct) is not { } resolution) return TypedResults.NotFound();
        var outcome = await ReviewAnswer.ReturnAsync(db, calendars, rulebook, clock, DepartmentScope.OfficialOf(user), resolution, request, ct);
        return await ViewAsync(outcome, id, db, user, clock, ct);
    }

    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> Remove(
        Guid id, ReviewRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock, CancellationToken ct)
    {
        if (await CardOfAsync(db, user, id, ct) is not { } card || await OnControlAsync(db, card, ct) is not { } resolution) return TypedResults.NotFound();
        var outcome = await ReviewAnswer.RemoveFromControlAsync(db, calendars, rulebook, clock, DepartmentScope.OfficialOf(user), resolution, request, ct);
        return await ViewAsync(outcome, id, db, user, clock, ct);
    }

    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> ViewAsync(
        Outcome<Resolution> outcome, Guid appealId, RatushaDb db, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        if (outcome.Value is not { } resolution) return ControlEndpoints.Refusal(outcome);
        var views = await ControlViews.OfCardAsync(db, resolution.CardId, OfficeDay.Today(clock), ct);
        return TypedResults.Created($"/api/v1/appeals/{appealId}/resolutions", views.Single(v => v.Id == resolution.Id));
    }
}
