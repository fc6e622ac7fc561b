using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ratusha.Data;
using Ratusha.Features.Appeals;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Identity;
using Ratusha.Features.Registration;
using Ratusha.Features.Shell;

namespace Ratusha.Features.MailJournal;

/// <summary>
/// The e-mail journal (§6.10, §7). The mailbox holds personal data: only those who register incoming items see it
/// (<see cref="Policies.Registration"/>).
/// </summary>
internal static class MailJournalEndpoints
{
    public static void MapMailJournalEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/mail-journal").WithTags("Журнал електронної пошти").RequireAuthorization(Policies.Registration);
        api.MapGet("/", List).WithName("ListMailJournal")
            .WithSummary("Листи з визначеної електронної адреси, новіші першими: фільтр за станом, пошук q за відправником і темою, сторінки за before");
        api.MapPost("/check", Check).WithName("CheckMailbox").WithSummary("Прочитати поштову скриньку зараз (нові листи — до журналу)");
        api.MapGet("/{id:guid}", Get).WithName("GetMailEntry").WithSummary("Лист: текст, додатки, відхилені файли з причиною, відповіді, реєстрація");
        api.MapGet("/{id:guid}/attachments/{attachmentId:guid}", Download).WithName("DownloadMailAttachment").WithSummary("Завантажити додаток листа");
        api.MapPost("/{id:guid}/appeal", RegisterAppealFromMail).WithName("RegisterMailAsAppeal")
            .WithSummary("Зареєструвати лист як звернення: дата надходження — час надходження листа на скриньку (п. 6.10), додатки листа переходять до картки");
        api.MapPost("/{id:guid}/document", RegisterDocumentFromMail).WithName("RegisterMailAsDocument")
            .WithSummary("Зареєструвати лист як вхідний документ (кореспондент — відправник, дата надходження — час отримання листа), додатки листа переходять до документа");
        api.MapPost("/{id:guid}/reply", Reply).WithName("ReplyToMail").WithSummary("Відповісти відправникові електронною поштою (через чергу відправлення)");
        api.MapPost("/{id:guid}/dismiss", Dismiss).WithName("DismissMail").WithSummary("Не реєструвати лист (спам, копія, повідомлення) із зазначенням причини");
    }

    private static async Task<Results<Ok<MailJournalPage>, ValidationProblem>> List(
        MailEntryState? state, string? q, string? before, int? limit, RatushaDb db, CancellationToken ct)
    {
        if (!MailJournalViews.IsCursor(before))
            return TypedResults.ValidationProblem(Outcome.Error("before", "Некоректне значення: використовуйте «next» з попередньої сторінки."));
        return TypedResults.Ok(await MailJournalViews.PageAsync(db, new MailJournalFilter(state, q, before, limit), ct));
    }

    private static async Task<Results<Ok<MailIngestRound>, ProblemHttpResult>> Check(MailIngest ingest, IOptions<MailIngestOptions> options, CancellationToken ct)
    {
        if (!options.Value.IsConfigured)
            return TypedResults.Problem(title: "Поштову скриньку не налаштовано (MailIngest:Host, MailIngest:User).", statusCode: StatusCodes.Status409Conflict);
        try
        {
            return TypedResults.Ok(await ingest.IngestOnceAsync(ct));
        }
        catch (Exception e) when (MailIngest.IsUnreachable(e))
        {
            return TypedResults.Problem(title: "Поштова скринька недоступна. Спробуйте пізніше.", detail: e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<Results<Ok<MailEntryView>, NotFound>> Get(Guid id, RatushaDb db, CancellationToken ct) =>
        await MailJournalViews.OneAsync(db, id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> Download(Guid id, Guid attachmentId, RatushaDb db, CancellationToken ct)
    {
        var file = await db.Attachments.AsNoTracking().Where(a => a.Id == attachmentId && a.MailEntryId == id)
            .Select(a => new { a.FileName, a.ContentType, Bytes = db.AttachmentContents.Where(c => c.AttachmentId == a.Id).Select(c => c.Bytes).Single() })
            .SingleOrDefaultAsync(ct);
        return file is null ? TypedResults.NotFound() : TypedResults.File(file.Bytes, file.ContentType, file.FileName);
    }

    private static async Task<Results<Created<AppealResponse>, NotFound, ValidationProblem>> RegisterAppealFromMail(
        Guid id, RegisterAppealRequest request, RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, CancellationToken ct)
    {
        var outcome = await RegisterFromMail.AsAppealAsync(db, calendars, clock, actor, id, request, ct);
        if (outcome.Value is not { } appeal)
            return outcome.NotFound ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors, title: "Звернення не зареєстровано.");
        var view = await AppealViews.OneAsync(db, AppealAccess.Everything, appeal.Id, await calendars.GetAsync(ct), ct);
        return TypedResults.Created($"/api/v1/appeals/{appeal.Id}", view!);
    }

    private static async Task<Results<Created<RegisteredCard>, NotFound, ValidationProblem>> RegisterDocumentFromMail(
        Guid id, RegisterMailDocumentRequest request, RatushaDb db, CalendarStore calendars, TimeProvider clock, ICurrentActor actor, CancellationToken ct)
    {
        var outcome = await RegisterFromMail.AsDocumentAsync(db, calendars, clock, actor, id, request, ct);
        if (outcome.Value is not { } done)
            return outcome.NotFound ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors, title: "Документ не зареєстровано.");
        return TypedResults.Created($"/api/v1/documents/{done.DocumentId}", done.Card);
    }

    private static async Task<Results<Created<MailEntryView>, NotFound, ValidationProblem>> Reply(
        Guid id, MailReplyRequest request, RatushaDb db, TimeProvider clock, ICurrentActor actor, CancellationToken ct)
    {
        var outcome = await ReplyToMail.RunAsync(db, clock, actor, id, request, ct);
        if (outcome.Value is null)
            return outcome.NotFound ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors, title: "Відповідь не надіслано.");
        return TypedResults.Created($"/api/v1/mail-journal/{id}", (await MailJournalViews.OneAsync(db, id, ct))!);
    }

    private static async Task<Results<Ok<MailEntryView>, NotFound, ValidationProblem>> Dismiss(
        Guid id, DismissMailRequest request, RatushaDb db, TimeProvider clock, ICurrentActor actor, CancellationToken ct)
    {
        var outcome = await DismissMail.RunAsync(db, clock, actor, id, request, ct);
        if (outcome.Value is null)
            return outcome.NotFound ? TypedResults.NotFound() : TypedResults.ValidationProblem(outcome.Errors, title: "Лист не позначено.");
        return TypedResults.Ok((await MailJournalViews.OneAsync(db, id, ct))!);
    }
}
