using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Appeals;
using Ratusha.Features.Control;
using Ratusha.Features.Shell;
using static Ratusha.Features.InformationRequests.InformationRequestRules;

namespace Ratusha.Features.InformationRequests;

/// <summary>
/// The letters to the requester as DOCX (the same builder as the appeals' answer letter, <see cref="AnswerLetter"/>):
/// the notice of the extension to 20 working days with its reasons (art. 20 p. 4), the refusal citing the clause of
/// art. 22 p. 1 with its reasons and the route of appeal (art. 22 p. 4), and the notice of forwarding to the holder
/// (art. 22 p. 3). Each exists only once the request is extended, refused or forwarded.
/// </summary>
internal static class InformationRequestNotices
{
    public const string Extension = "extension";
    public const string Refusal = "refusal";
    public const string Forwarding = "forwarding";

    public sealed record Letter(string FileName, byte[] Content);

    public static async Task<Outcome<Letter>> BuildAsync(RatushaDb db, Guid id, string notice, CancellationToken ct)
    {
        var x = await (from ir in db.InformationRequests.AsNoTracking()
                       join card in db.RegistrationCards.AsNoTracking() on ir.CardId equals card.Id
                       where ir.Id == id
                       select new { ir, card }).SingleOrDefaultAsync(ct);
        if (x is null) return Outcome.Missing<Letter>();
        var (r, c) = (x.ir, x.card);
        var missing = notice switch
        {
            Extension when !r.IsExtended => "Строк розгляду цього запиту не продовжувався.",
            Refusal when r.State != RequestState.Refused => "У задоволенні цього запиту не відмовлено.",
            Forwarding when r.State != RequestState.Forwarded => "Цей запит не направлявся іншому розпоряднику.",
            _ => null,
        };
        if (missing is not null) return Outcome.Invalid<Letter>(Outcome.Error("notice", missing));

        var council = await db.Councils.AsNoTracking().Select(k => k.Name).FirstOrDefaultAsync(ct) ?? "";
        // Signed by who refused or forwarded it, or by the lead executor of its resolution; else a line to sign by hand.
        var signerId = r.ClosedById ?? await db.Assignments.Where(a => a.CardId == c.Id && a.IsLead)
            .OrderByDescending(a => a.WrittenOn).Select(a => (Guid?)a.ExecutorId).FirstOrDefaultAsync(ct);
        var signer = signerId is { } sid ? await db.Officials.AsNoTracking().SingleOrDefaultAsync(o => o.Id == sid, ct) : null;
        var values = new Dictionary<string, string?>
        {
            ["council"] = council,
            ["date"] = Ui.Formats.Date(notice == Extension ? r.ExtendedOn!.Value : r.ClosedOn!.Value),
            ["index"] = c.Index,
            ["receivedOn"] = Ui.Formats.Date(c.RegisteredOn),
            ["addressee"] = r.RequesterName,
            ["address"] = r.Email ?? r.PostalAddress,
            ["request"] = $"«{c.Summary}»",
            ["dueDate"] = Ui.Formats.Date(r.DueDate),
            ["reasons"] = notice switch { Extension => r.ExtensionReason, Refusal => r.RefusalReasons, _ => r.AnswerText },
            ["ground"] = r.RefusalGround is { } g ? $"{RefusalGrounds[g].Title} ({RefusalCitation(g)})" : null,
            ["appealRoute"] = r.AppealRoute ?? DefaultAppealRoute,
            ["holder"] = r.ForwardedTo,
            ["signerPosition"] = signer?.Position ?? "Відповідальна особа з питань доступу до публічної інформації",
            ["signer"] = signer is null ? "____________" : $"{signer.GivenName} {signer.Surname.ToUpperInvariant()}",
        };
        (Func<IEnumerable<Paragraph>> Template, string File) letter = notice switch
        {
            Extension => (ExtensionTemplate, "prodovzhennia"),
            Refusal => (RefusalTemplate, "vidmova"),
            _ => (ForwardingTemplate, "napravlennia"),
        };
        return Outcome.Done(new Letter($"{letter.File}-{c.Index.Replace('/', '-')}.docx", AnswerLetter.Build(values, null, letter.Template)));
    }

    private static IEnumerable<Paragraph> Head(string subject) =>
    [
        AnswerLetter.Line("{{council}}", bold: true, center: true),
        AnswerLetter.Line("ВИКОНАВЧИЙ КОМІТЕТ", bold: true, center: true),
        AnswerLetter.Line(""),
        AnswerLetter.Line("{{date}} № {{index}}"),
        AnswerLetter.Line(""),
        AnswerLetter.Line("{{addressee}}", right: true),
        AnswerLetter.Line("{{address}}", right: true),
        AnswerLetter.Line(""),
        AnswerLetter.Line(subject, bold: true),
        AnswerLetter.Line(""),
    ];

    private static IEnumerable<Paragraph> Signature() =>
    [
        AnswerLetter.Line(""),
        AnswerLetter.Line("{{signerPosition}}          {{signer}}"),
    ];

    private static IEnumerable<Paragraph> ExtensionTemplate() =>
    [
        .. Head("Повідомлення про продовження строку розгляду запиту на інформацію"),
        AnswerLetter.Line("Ваш запит на інформацію від {{receivedOn}} № {{index}} {{request}} стосується надання великого обсягу інформації " +
            "або потребує пошуку інформації серед значної кількості даних.", indent: true),
        AnswerLetter.Line("Відповідно до частини четвертої статті 20 Закону України «Про доступ до публічної інформації» строк розгляду " +
            "запиту продовжено до 20 робочих днів — до {{dueDate}}.", indent: true),
        AnswerLetter.Line("Обґрунтування: {{reasons}}", indent: true),
        .. Signature(),
    ];

    private static IEnumerable<Paragraph> RefusalTemplate() =>
    [
        .. Head("Про відмову в задоволенні запиту на інформацію"),
        AnswerLetter.Line("Розглянувши Ваш запит на інформацію від {{receivedOn}} № {{index}} {{request}}, повідомляємо про відмову в його " +
            "задоволенні з підстави: {{ground}}.", indent: true),
        AnswerLetter.Line("Мотиви відмови: {{reasons}}", indent: true),
        AnswerLetter.Line("Порядок оскарження: {{appealRoute}}", indent: true),
        .. Signature(),
    ];

    private static IEnumerable<Paragraph> ForwardingTemplate() =>
    [
        .. Head("Повідомлення про направлення запиту належному розпоряднику"),
        AnswerLetter.Line("Ваш запит на інформацію від {{receivedOn}} № {{index}} {{request}} відповідно до частини третьої статті 22 " +
            "Закону України «Про доступ до публічної інформації» направлено належному розпоряднику: {{holder}}.", indent: true),
        AnswerLetter.Line("{{reasons}}", indent: true),
        .. Signature(),
    ];
}
