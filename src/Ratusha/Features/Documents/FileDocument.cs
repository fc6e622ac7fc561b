using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Control;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Documents;

public sealed record FileRequest(Guid CaseFileId, int? Version = null);

public sealed record LinkAnswerRequest(Guid OutgoingId);

/// <summary>
/// A finished document goes into its case file of the nomenclature (§5.4.7): only once the controller removed it from
/// control (§5.3.14 «До справи»), or when it needs no control; a «до відома» item is filed when it comes back, and
/// filing closes its resolution (§5.3.13). The case file must be of the year the document was registered in.
/// </summary>
internal static class FileDocument
{
    public static async Task<Outcome<Document>> RunAsync(RatushaDb db, TimeProvider clock, Guid documentId, FileRequest request, CancellationToken ct)
    {
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null) return Outcome.Missing<Document>();
        var card = await db.RegistrationCards.AsNoTracking().Where(c => c.Id == document.CardId).Select(c => new { c.Year, c.Index }).SingleAsync(ct);
        var caseFile = await db.CaseFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == request.CaseFileId, ct);

        var errors = new Dictionary<string, string[]>();
        if (caseFile is null) errors["caseFileId"] = ["Оберіть справу з номенклатури."];
        else if (caseFile.Year != card.Year) errors["caseFileId"] = [$"Документ {card.Year} року підшивають до справи номенклатури {card.Year} року."];
        if (document.CaseFileId is not null) errors["state"] = ["Документ уже підшито до справи."];
        var standing = await ForInformationFiling.StandingAsync(db, document.CardId, ct);
        if (standing == ControlStanding.OnControl)
            errors["state"] = ["Документ на контролі: до справи його підшивають після зняття з контролю посадовою особою, яка наклала резолюцію (п. 5.3.14 Регламенту)."];
        if (errors.Count > 0) return Outcome.Invalid<Document>(errors);

        if (request.Version is { } version) Versions.Expect(db, document, version);
        var today = OfficeDay.Today(clock);
        if (standing == ControlStanding.ForInformation)
            await ForInformationFiling.CloseAsync(db, document.CardId, $"До справи № {caseFile!.Index} (п. 5.3.13 Регламенту: повернуто для формування справ).", today, ct);
        document.File(caseFile!.Id, today);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(document);
    }
}

/// <summary>Links an outgoing letter to the incoming document it answers (§5.4.1, §5.4.2): the incoming card lists its answers.</summary>
internal static class LinkAnswer
{
    public static async Task<Outcome<Document>> RunAsync(RatushaDb db, Guid incomingId, LinkAnswerRequest request, CancellationToken ct)
    {
        var incoming = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == incomingId, ct);
        if (incoming is null) return Outcome.Missing<Document>();
        var outgoing = await db.Documents.SingleOrDefaultAsync(d => d.Id == request.OutgoingId, ct);
        var errors = new Dictionary<string, string[]>();
        if (incoming.Kind != DocumentKinds.Incoming) errors["id"] = ["Відповідь пов'язують із вхідним документом."];
        if (outgoing is null || outgoing.Kind != DocumentKinds.Outgoing) errors["outgoingId"] = ["Оберіть вихідний лист."];
        else if (outgoing.AnswersId is { } other && other != incomingId) errors["outgoingId"] = ["Цей вихідний лист уже є відповіддю на інший документ."];
        if (errors.Count > 0) return Outcome.Invalid<Document>(errors);
        outgoing!.AnswerTo(incomingId);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(outgoing);
    }
}
