using System.Text;
using MimeKit.Text;

namespace Ratusha.Features.MailJournal;

/// <summary>
/// The readable text of an HTML-only message: paragraphs, line breaks and list items kept, scripts, styles and the head
/// left out, character references decoded, whitespace of the markup collapsed.
/// </summary>
internal static class HtmlText
{
    public static string ToText(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var hidden = 0;
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader) { DecodeCharacterReferences = true };
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when tag.Id is HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Head or HtmlTagId.Title:
                    if (!tag.IsEmptyElement) hidden = Math.Max(0, hidden + (tag.IsEndTag ? -1 : 1));
                    break;
                case HtmlTagToken { Id: HtmlTagId.Body }:
                    hidden = 0; // a head without its end tag ends here
                    break;
                case HtmlTagToken { Id: HtmlTagId.Br }:
                    text.Append('\n');
                    break;
                case HtmlTagToken { Id: HtmlTagId.LI, IsEndTag: false }:
                    NewLine(text);
                    text.Append("• ");
                    break;
                case HtmlTagToken { Id: HtmlTagId.TD or HtmlTagId.TH, IsEndTag: true }:
                    text.Append('\t');
                    break;
                case HtmlTagToken tag when IsBlock(tag.Id):
                    NewLine(text);
                    if (tag.Id is HtmlTagId.P or HtmlTagId.Table or HtmlTagId.BlockQuote || (tag.Id >= HtmlTagId.H1 && tag.Id <= HtmlTagId.H6))
                        text.Append('\n');
                    break;
                case HtmlDataToken data when hidden == 0:
                    AppendCollapsed(text, data.Data);
                    break;
            }
        }
        return Tidy(text.ToString());
    }

    private static bool IsBlock(HtmlTagId id) => id is HtmlTagId.P or HtmlTagId.Div or HtmlTagId.TR or HtmlTagId.Table or HtmlTagId.UL
        or HtmlTagId.OL or HtmlTagId.BlockQuote or HtmlTagId.Pre or HtmlTagId.HR or HtmlTagId.H1 or HtmlTagId.H2 or HtmlTagId.H3
        or HtmlTagId.H4 or HtmlTagId.H5 or HtmlTagId.H6 or HtmlTagId.Address or HtmlTagId.Center;

    private static void NewLine(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != '\n') text.Append('\n');
    }

    private static void AppendCollapsed(StringBuilder text, string data)
    {
        foreach (var ch in data)
        {
            if (char.IsWhiteSpace(ch) && ch != '\u00A0')
            {
                if (text.Length > 0 && text[^1] is not (' ' or '\n' or '\t')) text.Append(' ');
            }
            else
            {
                text.Append(ch == '\u00A0' ? ' ' : ch);
            }
        }
    }

    /// <summary>No spaces at the ends of lines, at most one empty line in a row, none at the start or end.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim(' ', '\t'));
        var result = new StringBuilder(text.Length);
        var empty = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                if (++empty > 1 || result.Length == 0) continue;
            }
            else
            {
                empty = 0;
            }
            result.Append(line).Append('\n');
        }
        return result.ToString().TrimEnd('\n');
    }
}
