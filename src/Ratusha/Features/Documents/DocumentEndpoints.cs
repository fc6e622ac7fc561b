using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;
using Ratusha.Features.Registration;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Documents;

/// <summary>
/// Documents of the general department (§5.1, §5.3, §5.4): registration once, the list and the card, answers, filing
/// into the case files of the nomenclature, and the mayor's daily folder. Control of execution: <c>/api/v1/cards/{cardId}/resolutions</c>.
/// </summary>
internal static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/v1/documents").WithTags("Документи");
        documents.MapGet("/", List).RequireAuthorization(Policies.Official).WithName("ListDocuments")
            .WithSummary("Документи: фільтри (вид, період реєстрації, підрозділ, стан, контроль, прострочені), пошук q за індексом, змістом, кореспондентом і номером; сторінка offset/limit без підрахунку: hasMore і nextOffset кажуть, чи є наступна");
        documents.MapGet("/export.xlsx", Export).RequireAuthorization(Policies.Official).WithName("ExportDocuments")
            .WithSummary("Відфільтрований список документів у XLSX (до 100 000 рядків)");
        documents.MapPost("/", Register).RequireAuthorization(Policies.Registration).WithName("RegisterDocument")
            .WithSummary("Зареєструвати документ один раз (п. 5.3.3): у день надходження або наступного робочого дня; повторна реєстрація того самого листа — 409 з посиланням на першу");
        documents.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Official).WithName("GetDocument")
            .WithSummary("Картка документа: реквізити, стан контролю, відповіді, справа");
        documents.MapPost("/{id:guid}/answers", Link).RequireAuthorization(Policies.Registration).WithName("LinkDocumentAnswer")
            .WithSummary("Пов'язати вихідний лист-відповідь із вхідним документом");
        documents.MapPost("/{id:guid}/file", File).RequireAuthorization(Policies.Records).WithName("FileDocument")
            .WithSummary("Підшити до справи номенклатури: лише знятий з контролю документ, документ без контролю або «до відома» (п. 5.3.13, 5.3.14, 5.4.7)");

        var cases = app.MapGroup("/api/v1/case-files").WithTags("Номенклатура справ");
        cases.MapGet("/", CaseList).RequireAuthorization(Policies.Official).WithName("ListCaseFiles").WithSummary("Номенклатура справ року (year, типово — поточний)");
        cases.MapPost("/", CaseCreate).RequireAuthorization(Policies.Records).WithName("CreateCaseFile").WithSummary("Додати справу до номенклатури");
        cases.MapGet("/{id:guid}", CaseGet).RequireAuthorization(Policies.Official).WithName("GetCaseFile").WithSummary("Справа і підшиті до неї документи");
        cases.MapPut("/{id:guid}", CaseUpdate).RequireAuthorization(Policies.Records).WithName("UpdateCaseFile").WithSummary("Змінити справу номенклатури (за версією)");

        var folder = app.MapGroup("/api/v1/mayor-folder").WithTags("Документи міському голові");
        folder.MapGet("/", Folder).RequireAuthorization(Policies.Official).WithName("MayorFolder")
            .WithSummary("Папка міському голові за день (date) або всі неповернуті (open=true): кроки і що прострочено на кожному (п. 5.1.13–5.1.16)");
        folder.MapPost("/", Place).RequireAuthorization(Policies.Records).WithName("PlaceInMayorFolder")
            .WithSummary("Покласти документ до папки: до 17:00 робочого дня — у папку цього дня, інакше — наступного робочого");
        folder.MapPost("/{id:guid}/handed-over", (Guid id, FolderStepRequest r, RatushaDb db, CalendarStore c, TimeProvider clock, CancellationToken ct) => Step(id, MayorFolder.HandOver, r, db, c, clock, ct))
            .RequireAuthorization(Policies.Records).WithName("FolderHandedOver").WithSummary("Папку передано міському голові (до 17:00 дня папки)");
        folder.MapPost("/{id:guid}/considered", (Guid id, FolderStepRequest r, RatushaDb db, CalendarStore c, TimeProvider clock, CancellationToken ct) => Step(id, MayorFolder.Consider, r, db, c, clock, ct))
            .RequireAuthorization(Policies.Records).WithName("FolderConsidered").WithSummary("Документ розглянуто (у день подання, не пізніше 3 робочих днів)");
        folder.MapPost("/{id:guid}/returned", (Guid id, FolderStepRequest r, RatushaDb db, CalendarStore c, TimeProvider clock, CancellationToken ct) => Step(id, MayorFolder.Return, r, db, c, clock, ct))
            .RequireAuthorization(Policies.Records).WithName("FolderReturned").WithSummary("Документ повернуто з резолюціями (до 11:00 наступного робочого дня)");
    }

    private static async Task<Ok<DocumentPage>> List([AsParameters] DocumentFilter filter, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await DocumentViews.PageAsync(db, visibility, user, filter, OfficeDay.Today(clock), ct));

    private static async Task<FileStreamHttpResult> Export([AsParameters] DocumentFilter filter, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, TimeProvider clock, CancellationToken ct)
    {
        var rows = await DocumentViews.ExportAsync(db, visibility, user, filter, OfficeDay.Today(clock), 100_000, ct);
        return await Ui.XlsxFile.OfAsync(rows, "dokumenty.xlsx", ct);
    }

    private static async Task<Results<Created<DocumentResponse>, ValidationProblem, ProblemHttpResult>> Register(
        RegisterDocumentRequest request, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, CancellationToken ct)
    {
        var done = await RegisterDocument.RunAsync(db, calendars, clock, actor, request, ct);
        if (done.Duplicate is { } first)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Документ уже зареєстровано.",
                detail: done.Errors.Values.First()[0], type: "https://ratusha.example/problems/document-already-registered",
                extensions: new Dictionary<string, object?>
                {
                    ["existingId"] = first.Id,
                    ["existingIndex"] = first.Index,
                    ["existingRegisteredOn"] = first.RegisteredOn,
                    ["existingUrl"] = first.Url,
                    ["existingApi"] = $"/api/v1/documents/{first.Id}",
                    ["errors"] = done.Errors,
                });
        if (done.Document is not { } document) return TypedResults.ValidationProblem(done.Errors, title: "Документ не зареєстровано.");
        var view = await DocumentViews.OneAsync(db, visibility, user, document.Id, OfficeDay.Today(clock), ct)
                   ?? throw new InvalidOperationException("A registrar sees what they registered.");
        return TypedResults.Created($"/api/v1/documents/{document.Id}", view with { RegistrationExplanation = done.Card!.Explanation });
    }

    private static async Task<Results<Ok<DocumentResponse>, NotFound>> Get(Guid id, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, TimeProvider clock, CancellationToken ct) =>
        await DocumentViews.OneAsync(db, visibility, user, id, OfficeDay.Today(clock), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<Ok<DocumentResponse>, NotFound, ValidationProblem>> Link(
        Guid id, LinkAnswerRequest request, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, TimeProvider clock, CancellationToken ct) =>
        await Answer(await LinkAnswer.RunAsync(db, id, request, ct), id, user, db, visibility, clock, ct);

    private static async Task<Results<Ok<DocumentResponse>, NotFound, ValidationProblem>> File(
        Guid id, FileRequest request, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, TimeProvider clock, CancellationToken ct) =>
        await Answer(await FileDocument.RunAsync(db, clock, id, request, ct), id, user, db, visibility, clock, ct);

    private static async Task<Results<Ok<DocumentResponse>, NotFound, ValidationProblem>> Answer(
        Outcome<Document> outcome, Guid id, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, TimeProvider clock, CancellationToken ct)
    {
        if (outcome.Value is null)
            return outcome.NotFound ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors, title: "Дію не виконано.");
        return TypedResults.Ok((await DocumentViews.OneAsync(db, visibility, user, id, OfficeDay.Today(clock), ct))!);
    }

    private static async Task<Ok<CaseFileView[]>> CaseList(int? year, RatushaDb db, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok((await CaseFiles.ListAsync(db, year ?? OfficeDay.Today(clock).Year, ct)).ToArray());

    private static async Task<Results<Ok<CaseFileDetails>, NotFound>> CaseGet(Guid id, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CancellationToken ct) =>
        await CaseFiles.OneAsync(db, id, visibility.Filter(db, user, db.RegistrationCards), ct) is { } details ? TypedResults.Ok(details) : TypedResults.NotFound();

    private static async Task<Results<Created<CaseFileView>, NotFound, ValidationProblem>> CaseCreate(CaseFileRequest request, RatushaDb db, CancellationToken ct)
    {
        var outcome = await CaseFiles.SaveAsync(db, null, request, ct);
        if (outcome.Value is not { } saved) return TypedResults.ValidationProblem(outcome.Errors, title: "Справу не додано.");
        var view = (await CaseFiles.ListAsync(db, saved.Year, ct)).Single(v => v.Id == saved.Id);
        return TypedResults.Created($"/api/v1/case-files/{saved.Id}", view);
    }

    private static async Task<Results<Ok<CaseFileView>, NotFound, ValidationProblem>> CaseUpdate(Guid id, CaseFileRequest request, RatushaDb db, CancellationToken ct)
    {
        var outcome = await CaseFiles.SaveAsync(db, id, request, ct);
        if (outcome.Value is not { } saved)
            return outcome.NotFound ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors, title: "Справу не змінено.");
        return TypedResults.Ok((await CaseFiles.ListAsync(db, saved.Year, ct)).Single(v => v.Id == saved.Id));
    }

    private static async Task<Ok<FolderItemView[]>> Folder(
        DateOnly? date, bool? open, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok((await MayorFolder.ListAsync(db, visibility.Filter(db, user, db.RegistrationCards.AsNoTracking()), await calendars.GetAsync(ct), clock.GetUtcNow(),
            open == true ? date : date ?? OfficeDay.Today(clock), open == true, ct)).ToArray());

    private static async Task<Results<Created<FolderItemView>, NotFound, ValidationProblem>> Place(FolderPlaceRequest request, RatushaDb db, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        await FolderAnswer(await MayorFolder.PlaceAsync(db, calendars, clock, request, ct), db, calendars, clock, created: true, ct);

    private static async Task<Results<Created<FolderItemView>, NotFound, ValidationProblem>> Step(
        Guid id, string step, FolderStepRequest request, RatushaDb db, CalendarStore calendars, TimeProvider clock, CancellationToken ct) =>
        await FolderAnswer(await MayorFolder.StepAsync(db, clock, id, step, request, ct), db, calendars, clock, created: false, ct);

    private static async Task<Results<Created<FolderItemView>, NotFound, ValidationProblem>> FolderAnswer(
        Outcome<MayorFolderItem> outcome, RatushaDb db, CalendarStore calendars, TimeProvider clock, bool created, CancellationToken ct)
    {
        if (outcome.Value is not { } item)
            return outcome.NotFound ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors, title: "Дію не виконано.");
        var card = await (from d in db.Documents join c in db.RegistrationCards on d.CardId equals c.Id where d.Id == item.DocumentId select new { c.Index, c.Summary }).SingleAsync(ct);
        var view = MayorFolder.View(item, card.Index, card.Summary, await calendars.GetAsync(ct), clock.GetUtcNow());
        return TypedResults.Created($"/api/v1/mayor-folder/{item.Id}", view);
    }
}
