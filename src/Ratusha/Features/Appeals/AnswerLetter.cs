using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ratusha.Features.Appeals;

/// <summary>The card's details that go into an answer letter; every field fills one {{placeholder}} of the template.</summary>
public sealed record AnswerLetterFields(
    string Council, string Addressee, string? Address, DateOnly Date, string Index, DateOnly ReceivedOn, string Body,
    string Result, string? Grounds, string? AppealRoute, string SignerPosition, string Signer, string Executor)
{
    public IReadOnlyDictionary<string, string?> Values => new Dictionary<string, string?>
    {
        ["council"] = Council,
        ["addressee"] = Addressee,
        ["address"] = Address,
        ["date"] = Ui.Formats.Date(Date),
        ["index"] = Index,
        ["receivedOn"] = Ui.Formats.Date(ReceivedOn),
        ["body"] = Body,
        ["result"] = Result,
        ["grounds"] = Grounds is null ? null : $"Підстави відмови: {Grounds}",
        ["appealRoute"] = AppealRoute is null ? null : $"Порядок оскарження: {AppealRoute}",
        ["signerPosition"] = SignerPosition,
        ["signer"] = Signer,
        ["executor"] = Executor,
    };
}

/// <summary>
/// The answer letter as DOCX, filled from a template: the council's own (<c>Appeals:AnswerTemplate</c>, a .docx with
/// {{placeholders}}) or the built-in one. A paragraph whose placeholders are all empty is left out (no grounds line
/// in a positive answer); a multi-line value becomes several paragraphs. Other letters of the council (the notices on
/// information requests) are built by the same means from their own built-in template.
/// </summary>
public static partial class AnswerLetter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Build(AnswerLetterFields fields, string? templatePath = null) => Build(fields.Values, templatePath, DefaultTemplate);

    /// <summary>A letter from <paramref name="templatePath"/> or, when there is none, from the paragraphs of <paramref name="builtIn"/>.</summary>
    internal static byte[] Build(IReadOnlyDictionary<string, string?> values, string? templatePath, Func<IEnumerable<Paragraph>> builtIn)
    {
        using var stream = new MemoryStream();
        if (templatePath is not null && File.Exists(templatePath))
        {
            using var file = File.OpenRead(templatePath);
            file.CopyTo(stream);
        }
        else
        {
            WriteTemplate(stream, builtIn());
        }
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            foreach (var paragraph in body.Descendants<Paragraph>().ToList())
                Fill(paragraph, values);
            document.MainDocumentPart.Document.Save();
        }
        return stream.ToArray();
    }

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();

    private static void Fill(Paragraph paragraph, IReadOnlyDictionary<string, string?> values)
    {
        var runs = paragraph.Elements<Run>().ToList();
        var text = string.Concat(runs.SelectMany(r => r.Elements<Text>()).Select(t => t.Text));
        var names = Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToList();
        if (names.Count == 0) return;
        if (names.All(n => string.IsNullOrWhiteSpace(values.GetValueOrDefault(n))))
        {
            paragraph.Remove();
            return;
        }
        var filled = Placeholder().Replace(text, m => values.GetValueOrDefault(m.Groups[1].Value) ?? "");
        var lines = filled.Replace("\r\n", "\n").Split('\n');
        var first = runs[0];
        foreach (var run in runs.Skip(1)) run.Remove();
        first.RemoveAllChildren<Text>();
        first.RemoveAllChildren<Break>();
        first.Append(new Text(lines[0]) { Space = SpaceProcessingModeValues.Preserve });
        var after = paragraph;
        foreach (var line in lines.Skip(1))
        {
            var next = (Paragraph)paragraph.CloneNode(deep: true);
            var run = next.Elements<Run>().First();
            run.RemoveAllChildren<Text>();
            run.Append(new Text(line) { Space = SpaceProcessingModeValues.Preserve });
            after.InsertAfterSelf(next);
            after = next;
        }
    }

    /// <summary>The built-in template: letterhead, addressee, reference to the appeal, the answer, refusal lines, signature.</summary>
    private static IEnumerable<Paragraph> DefaultTemplate() =>
        [
            Line("{{council}}", bold: true, center: true),
            Line("ВИКОНАВЧИЙ КОМІТЕТ", bold: true, center: true),
            Line(""),
            Line("{{date}} № {{index}}"),
            Line(""),
            Line("{{addressee}}", right: true),
            Line("{{address}}", right: true),
            Line(""),
            Line("Про розгляд звернення від {{receivedOn}} № {{index}}", bold: true),
            Line(""),
            Line("{{body}}", indent: true),
            Line(""),
            Line("Результат розгляду: {{result}}.", indent: true),
            Line("{{grounds}}", indent: true),
            Line("{{appealRoute}}", indent: true),
            Line(""),
            Line("{{signerPosition}}          {{signer}}"),
            Line(""),
            Line("Виконавець: {{executor}}", small: true),
        ];

    /// <summary>An A4 document of the given paragraphs (margins of ДСТУ 4163: 30 mm left, 15 mm right, 20 mm top and bottom).</summary>
    private static void WriteTemplate(Stream stream, IEnumerable<Paragraph> paragraphs)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body(paragraphs);
        body.Append(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 850, Header = 708, Footer = 708, Gutter = 0 }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    internal static Paragraph Line(string text, bool bold = false, bool center = false, bool right = false, bool indent = false, bool small = false)
    {
        var properties = new ParagraphProperties();
        if (center) properties.Append(new Justification { Val = JustificationValues.Center });
        else if (right) properties.Append(new Justification { Val = JustificationValues.Right });
        else if (indent) properties.Append(new Indentation { FirstLine = "709" }, new Justification { Val = JustificationValues.Both });
        var runProperties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" });
        if (bold) runProperties.Append(new Bold()); // schema order: fonts, bold, size
        runProperties.Append(new FontSize { Val = small ? "20" : "28" });
        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
