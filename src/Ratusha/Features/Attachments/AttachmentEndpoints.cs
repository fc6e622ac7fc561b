using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ratusha.Data;
using Ratusha.Features.Identity;
using Ratusha.Features.Registration;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Attachments;

public sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Length, string Sha256, DateTimeOffset UploadedAt);

/// <summary>Files of a registered item: whoever may see the item lists, downloads and adds them; nobody deletes them.</summary>
internal static class AttachmentEndpoints
{
    public static void MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Додатки").RequireAuthorization(Policies.Official);
        api.MapGet("/cards/{cardId:guid}/attachments", List).WithName("ListAttachments").WithSummary("Додатки до документа чи звернення");
        api.MapPost("/cards/{cardId:guid}/attachments", Upload).WithName("UploadAttachment").DisableAntiforgery()
            .WithSummary("Додати файл: multipart/form-data, поле «file» (PDF, JPEG, PNG, TIFF, DOCX, XLSX, ODT, DOC, XLS, TXT; розмір — Attachments:MaxBytes, типово 10 МБ)");
        api.MapGet("/attachments/{id:guid}", Download).WithName("DownloadAttachment").WithSummary("Завантажити файл");
    }

    private static async Task<Results<Ok<AttachmentView[]>, NotFound>> List(Guid cardId, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CancellationToken ct)
    {
        if (!await visibility.CanSeeAsync(db, user, cardId, ct)) return TypedResults.NotFound();
        var rows = await db.Attachments.AsNoTracking().Where(a => a.CardId == cardId).OrderBy(a => a.UploadedAt).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(View).ToArray());
    }

    private static async Task<Results<Created<AttachmentView>, NotFound, ValidationProblem>> Upload(
        Guid cardId, HttpRequest request, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, IOptions<AttachmentOptions> options,
        ICurrentActor actor, TimeProvider clock, CancellationToken ct)
    {
        if (!await visibility.CanSeeAsync(db, user, cardId, ct)) return TypedResults.NotFound();
        // Read here rather than bound, so that the right to the item is checked before the body's type.
        if (!request.HasFormContentType)
            return TypedResults.ValidationProblem(Outcome.Error("file", "Надішліть файл як multipart/form-data у полі «file»."), title: "Файл не додано.");
        // The server reads no more than one file of the configured size and its form around it.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = options.Value.MaxBytes + 64 * 1024;
        var file = (await request.ReadFormAsync(ct)).Files.GetFile("file");
        var outcome = await AddAttachment.RunAsync(db, options.Value, cardId, file, actor.UserId, clock.GetUtcNow(), ct);
        return outcome.Value is { } a
            ? TypedResults.Created($"/api/v1/attachments/{a.Id}", View(a))
            : TypedResults.ValidationProblem(outcome.Errors, title: "Файл не додано.");
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Download(Guid id, ClaimsPrincipal user, RatushaDb db, CardVisibility visibility, CancellationToken ct)
    {
        var attachment = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (attachment?.CardId is not { } cardId || !await visibility.CanSeeAsync(db, user, cardId, ct)) return TypedResults.NotFound();
        var bytes = await db.AttachmentContents.AsNoTracking().Where(c => c.AttachmentId == id).Select(c => c.Bytes).SingleAsync(ct);
        return TypedResults.File(bytes, attachment.ContentType, attachment.FileName);
    }

    private static AttachmentView View(Attachment a) => new(a.Id, a.FileName, a.ContentType, a.Length, a.Sha256, a.UploadedAt);
}
