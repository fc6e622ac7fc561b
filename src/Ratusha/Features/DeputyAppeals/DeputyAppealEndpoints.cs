using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Appeals;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;
using Ratusha.Features.Shell;

namespace Ratusha.Features.DeputyAppeals;

/// <summary>
/// Deputy appeals (§5.5): registration, the register, the hearing and its notice, the consideration and the answer's
/// sending; the control routes find the appeal's card and hand over to the one control machine.
/// </summary>
internal static class DeputyAppealEndpoints
{
    public sealed record DeputyReportRequest(ReportKind Kind, string Text);

    public static void MapDeputyAppealEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/deputy-appeals").WithTags("Депутатські звернення");
        api.MapPost("/", Register).RequireAuthorization(Policies.Registration).WithName("RegisterDeputyAppeal")
            .WithSummary("Зареєструвати звернення народного депутата України (PeoplesDeputy) або депутата міської ради (LocalDeputy)");
        api.MapGet("/", List).RequireAuthorization(Policies.Official).WithName("ListDeputyAppeals")
            .WithSummary("Реєстр депутатських звернень: вид, депутат, стан, прострочені, період реєстрації");
        api.MapGet("/export.xlsx", Export).RequireAuthorization(Policies.Official).WithName("ExportDeputyAppeals")
            .WithSummary("Відфільтрований реєстр депутатських звернень у XLSX");
        api.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Official).WithName("GetDeputyAppeal")
            .WithSummary("Картка депутатського звернення: строк (10 днів від одержання), граничний строк, розгляд, повідомлення, відповідь");

        var one = api.MapGroup("/{id:guid}").RequireAuthorization(Policies.Official);
        one.MapPost("/hearing", Hearing).WithName("SetDeputyAppealHearing")
            .WithSummary("Призначити розгляд (дата, час, місце): депутата повідомляють не пізніше ніж за день (народний депутат, п. 5.5.4) або за 5 календарних днів (депутат ради, п. 5.5.8)");
        one.MapGet("/notices", Notices).WithName("ListDeputyNotices").WithSummary("Повідомлення депутату: про продовження строку і про розгляд, з останнім днем і відміткою про запізнення");
        one.MapPost("/notices/{noticeId:guid}/sent", NoticeSent).WithName("DeputyNoticeSent")
            .WithSummary("Зазначити, що повідомлення надіслано поштою, передано телефоном чи вручено особисто");
        one.MapPost("/consideration", Consideration).WithName("DeputyAppealConsidered")
            .WithSummary("Зазначити день розгляду: відповідь народному депутату — не пізніше наступного дня (п. 5.5.5)");
        one.MapPost("/answer/send", Send).WithName("SendDeputyAnswer")
            .WithSummary("Надіслати відповідь депутату електронною поштою або зазначити, що її відправлено поштою чи вручено");
        one.MapGet("/resolutions", Resolutions).WithName("DeputyAppealResolutions").WithSummary("Резолюції, доручення, звіти і продовження за зверненням");
        one.MapPost("/resolution", Write).RequireAuthorization(Policies.Resolution).WithName("WriteDeputyAppealResolution")
            .WithSummary("Накласти резолюцію: строк 10 днів від одержання або дата резолюції, не пізніше граничного строку");
        one.MapPost("/extension", Extend).RequireAuthorization(Policies.Resolution).WithName("ExtendDeputyAppealTerm")
            .WithSummary("Продовжити строк з підставою (народний депутат — до 30 днів, депутат ради — до місяця); депутату — вмотивоване повідомлення");
        one.MapPost("/reports", Report).WithName("ReportOnDeputyAppeal")
            .WithSummary("Проміжна відповідь, матеріали співвиконавця або відповідь (Answer) відповідального виконавця");
    }

    private static Task<DeputyAppealRow?> RowAsync(RatushaDb db, ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        DeputyAppealAccess.Rows(db, user).Where(x => x.d.Id == id).SingleOrDefaultAsync(ct);

    private static async Task<DeputyAppealResponse> ViewAsync(RatushaDb db, CalendarStore calendars, TimeProvider clock, Guid id, CancellationToken ct) =>
        (await DeputyAppealViews.OneAsync(db, AppealAccess.Everything, id, await calendars.GetAsync(ct), OfficeDay.Today(clock), ct))!;

    private static async Task<Results<Created<DeputyAppealResponse>, ValidationProblem>> Register(
        RegisterDeputyAppealRequest request, RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, CancellationToken ct)
    {
        var outcome = await RegisterDeputyAppeal.RunAsync(db, calendars, clock, actor, request, ct);
        if (outcome.Value is not { } appeal) return TypedResults.ValidationProblem(outcome.Errors, title: "Депутатське звернення не зареєстровано.");
        return TypedResults.Created($"/api/v1/deputy-appeals/{appeal.Id}", await ViewAsync(db, calendars, clock, appeal.Id, ct));
    }

    private static async Task<Ok<DeputyAppealPage>> List([AsParameters] DeputyAppealFilter filter, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await DeputyAppealViews.PageAsync(db, AppealAccess.Of(user), filter, await calendars.GetAsync(ct), OfficeDay.Today(clock), ct));

    private static async Task<FileStreamHttpResult> Export([AsParameters] DeputyAppealFilter filter, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, TimeProvider clock, CancellationToken ct)
    {
        var rows = await DeputyAppealViews.ExportRowsAsync(db, AppealAccess.Of(user), filter, await calendars.GetAsync(ct), OfficeDay.Today(clock), 100_000, ct);
        return await Ui.XlsxFile.OfAsync(rows, "deputatski-zvernennia.xlsx", ct);
    }

    private static async Task<Results<Ok<DeputyAppealResponse>, NotFound>> Get(Guid id, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        await DeputyAppealViews.OneAsync(db, AppealAccess.Of(user), id, await calendars.GetAsync(ct), OfficeDay.Today(clock), ct) is { } view
            ? TypedResults.Ok(view) : TypedResults.NotFound();

    /// <summary>The appeal must be in the user's sight (404 otherwise) and theirs to act on (403 with the reason).</summary>
    private static async Task<ProblemHttpResult?> ActRefusalAsync(RatushaDb db, ClaimsPrincipal user, DeputyAppealRow row, CancellationToken ct) =>
        await DeputyAppealAccess.CanActAsync(db, user, row.c.Id, ct) ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: "Розгляд, повідомлення і відповідь депутату оформлюють загальний відділ, керівництво або автор, контролер чи відповідальний виконавець резолюції.");

    private static async Task<Results<Ok<DeputyAppealResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Act(
        Guid id, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, TimeProvider clock, Func<Task<Outcome<DeputyAppeal>>> run, string failed, CancellationToken ct)
    {
        if (await RowAsync(db, user, id, ct) is not { } row) return TypedResults.NotFound();
        if (await ActRefusalAsync(db, user, row, ct) is { } refusal) return refusal;
        var outcome = await run();
        if (outcome.Value is null) return outcome.NotFound ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors, title: failed);
        return TypedResults.Ok(await ViewAsync(db, calendars, clock, id, ct));
    }

    private static Task<Results<Ok<DeputyAppealResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Hearing(
        Guid id, HearingRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        Act(id, user, db, calendars, clock, () => DeputyHearing.SetAsync(db, calendars, clock, id, request, ct), "Розгляд не призначено.", ct);

    private static Task<Results<Ok<DeputyAppealResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Consideration(
        Guid id, ConsiderationRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        Act(id, user, db, calendars, clock, () => DeputyAnswers.ConsideredAsync(db, calendars, clock, id, request, ct), "День розгляду не зазначено.", ct);

    private static Task<Results<Ok<DeputyAppealResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Send(
        Guid id, SendDeputyAnswerRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        Act(id, user, db, calendars, clock, () => DeputyAnswers.SendAsync(db, clock, id, request, ct), "Відповідь не надіслано.", ct);

    private static async Task<Results<Ok<DeputyAppealResponse>, NotFound, ValidationProblem, ProblemHttpResult>> NoticeSent(
        Guid id, Guid noticeId, NoticeSentRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        await Act(id, user, db, calendars, clock, async () =>
        {
            var outcome = await DeputyHearing.NoticeSentAsync(db, clock, id, noticeId, request, ct);
            return outcome.Value is null ? new Outcome<DeputyAppeal>(null, outcome.Errors) : Outcome.Done((await db.DeputyAppeals.FindAsync([id], ct))!);
        }, "Повідомлення не зазначено.", ct);

    private static async Task<Results<Ok<DeputyNoticeView[]>, NotFound>> Notices(Guid id, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        await DeputyAppealViews.OneAsync(db, AppealAccess.Of(user), id, await calendars.GetAsync(ct), OfficeDay.Today(clock), ct) is { } view
            ? TypedResults.Ok(view.Notices) : TypedResults.NotFound();

    private static async Task<Results<Ok<ResolutionView[]>, NotFound>> Resolutions(Guid id, ClaimsPrincipal user, RatushaDb db, TimeProvider clock, CancellationToken ct) =>
        await RowAsync(db, user, id, ct) is { } row ? TypedResults.Ok(await ControlViews.OfCardAsync(db, row.c.Id, OfficeDay.Today(clock), ct)) : TypedResults.NotFound();

    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> Write(
        Guid id, ResolutionRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock, CancellationToken ct)
    {
        if (await RowAsync(db, user, id, ct) is not { } row) return TypedResults.NotFound();
        var outcome = await WriteResolution.RunAsync(db, calendars, rulebook, clock, DepartmentScope.OfficialOf(user), row.c.Id, request, ct);
        return await ResolutionAsync(outcome, id, db, clock, ct);
    }

    private static Task<Guid?> OnControlAsync(RatushaDb db, Guid cardId, CancellationToken ct) =>
        db.Resolutions.Where(r => r.CardId == cardId && r.State == ControlState.OnControl).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(ct);

    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> Extend(
        Guid id, ExtensionRequest request, ClaimsPrincipal user, RatushaDb db, CalendarStore calendars, ControlRulebook rulebook, TimeProvider clock,
        IEnumerable<ITermChangeListener> listeners, CancellationToken ct)
    {
        if (await RowAsync(db, user, id, ct) is not { } row || await OnControlAsync(db, row.c.Id, ct) is not { } resolution) return TypedResults.NotFound();
        var outcome = await ExtendTerm.RunAsync(db, calendars, rulebook, clock, listeners, DepartmentScope.OfficialOf(user), resolution, request, ct);
        return await ResolutionAsync(outcome, id, db, clock, ct);
    }

    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> Report(
        Guid id, DeputyReportRequest request, ClaimsPrincipal user, RatushaDb db, ControlRulebook rulebook, TimeProvider clock, CancellationToken ct)
    {
        if (await RowAsync(db, user, id, ct) is not { } row || await OnControlAsync(db, row.c.Id, ct) is not { } resolution) return TypedResults.NotFound();
        var official = DepartmentScope.OfficialOf(user);
        var assignment = await db.Assignments.Where(a => a.ResolutionId == resolution && a.ExecutorId == official)
            .OrderByDescending(a => a.IsLead).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        if (assignment is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Звітувати може лише виконавець доручення за цим зверненням.");
        var outcome = await ReportOnAssignment.RunAsync(db, rulebook, clock, official, assignment.Value, new ReportRequest(request.Kind, request.Text), ct);
        if (outcome.Value is null) return ControlEndpoints.Refusal(outcome);
        return await ResolutionAsync(Outcome.Done((await db.Resolutions.FindAsync([resolution], ct))!), id, db, clock, ct);
    }

    private static async Task<Results<Created<ResolutionView>, NotFound, ValidationProblem, ProblemHttpResult>> ResolutionAsync(
        Outcome<Resolution> outcome, Guid id, RatushaDb db, TimeProvider clock, CancellationToken ct)
    {
        if (outcome.Value is not { } resolution) return ControlEndpoints.Refusal(outcome);
        var views = await ControlViews.OfCardAsync(db, resolution.CardId, OfficeDay.Today(clock), ct);
        return TypedResults.Created($"/api/v1/deputy-appeals/{id}/resolutions", views.Single(v => v.Id == resolution.Id));
    }
}
