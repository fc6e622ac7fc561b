using System.Security.Cryptography;
using MimeKit;
using Ratusha.Features.Attachments;

namespace Ratusha.Features.MailJournal;

/// <summary>One file of a message: accepted with its content type, or refused with the reason.</summary>
internal sealed record IncomingFile(string Name, string? ContentType, byte[] Bytes, string? Refusal);

/// <summary>
/// What the journal keeps of a message, read with MimeKit (which decodes the charsets: windows-1251, KOI8-U, RFC 2047
/// headers…): the sender, the subject, the plain text (HTML converted when there is no plain part), and every file,
/// checked as an upload is (<see cref="AddAttachment.Check"/>).
/// </summary>
internal sealed record IncomingMail(
    string MessageId, string FromAddress, string? FromName, string Subject, DateTimeOffset? SentAt, DateTimeOffset ReceivedAt,
    string Text, IReadOnlyList<IncomingFile> Files)
{
    public static IncomingMail From(MimeMessage message, DateTimeOffset receivedAt, AttachmentOptions limits)
    {
        var from = message.From.Mailboxes.FirstOrDefault() ?? message.Sender;
        var text = message.TextBody is { } plain ? plain.Trim()
            : message.HtmlBody is { } html ? HtmlText.ToText(html)
            : "";
        return new IncomingMail(
            IdOf(message), from?.Address ?? "", string.IsNullOrWhiteSpace(from?.Name) ? null : from.Name.Trim(), (message.Subject ?? "").Trim(),
            message.Headers.Contains(HeaderId.Date) && message.Date != DateTimeOffset.MinValue ? message.Date : null, receivedAt, text.ReplaceLineEndings("\n"), FilesOf(message, limits));
    }

    /// <summary>A message too big to fetch: its envelope only, and a note where the rest is.</summary>
    public static IncomingMail TooBig(MailKit.Envelope envelope, DateTimeOffset receivedAt, long size)
    {
        var from = envelope.From.Mailboxes.FirstOrDefault() ?? envelope.Sender.Mailboxes.FirstOrDefault();
        var id = Normalize(envelope.MessageId)
            ?? Hash($"{envelope.From}\n{envelope.To}\n{envelope.Date:O}\n{envelope.Subject}\n{size}");
        return new IncomingMail(id, from?.Address ?? "", from?.Name, (envelope.Subject ?? "").Trim(), envelope.Date, receivedAt,
            $"[Повідомлення завелике ({size / 1024 / 1024} МБ) і не завантажене: відкрийте його в поштовій скриньці.]", []);
    }

    /// <summary>The Message-ID without angle brackets; without one, a hash of the headers that identify the message and its body.</summary>
    private static string IdOf(MimeMessage message)
    {
        if (Normalize(message.MessageId) is { } id) return id;
        using var buffer = new MemoryStream();
        foreach (var header in message.Headers.Where(h => h.Id is HeaderId.From or HeaderId.To or HeaderId.Cc or HeaderId.Date or HeaderId.Subject))
            buffer.Write(header.RawValue);
        message.Body?.WriteTo(buffer);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    internal static string? Normalize(string? messageId)
    {
        var id = messageId?.Trim().TrimStart('<').TrimEnd('>').Trim();
        if (string.IsNullOrEmpty(id)) return null;
        return id.Length <= 400 ? id : Hash(id);
    }

    private static string Hash(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// Every part that is not the message's text: attachments, inline images, attached messages. A file over the
    /// count a card may carry is refused with that reason rather than dropped.
    /// </summary>
    private static List<IncomingFile> FilesOf(MimeMessage message, AttachmentOptions limits)
    {
        var files = new List<IncomingFile>();
        var accepted = 0;
        foreach (var entity in message.BodyParts)
        {
            if (entity is TextPart { IsAttachment: false } text && (text.IsPlain || text.IsHtml)) continue; // the text itself and its alternatives
            var (name, bytes) = Content(entity, files.Count + 1);
            var file = AddAttachment.Check(name, bytes, limits);
            var refusal = file.Refusal ?? (++accepted > limits.MaxPerCard ? AddAttachment.TooMany(limits) : null);
            files.Add(new IncomingFile(file.Name.Length > 0 ? file.Name : name, refusal is null ? file.ContentType : entity.ContentType.MimeType, bytes, refusal));
        }
        return files;
    }

    private static (string Name, byte[] Bytes) Content(MimeEntity entity, int number)
    {
        using var buffer = new MemoryStream();
        switch (entity)
        {
            case MimePart part:
                part.Content?.DecodeTo(buffer);
                break;
            case MessagePart attached:
                attached.Message?.WriteTo(buffer);
                break;
            default:
                entity.WriteTo(buffer);
                break;
        }
        var name = entity.ContentDisposition?.FileName ?? entity.ContentType.Name;
        if (string.IsNullOrWhiteSpace(name))
            name = entity is MessagePart ? $"повідомлення-{number}.eml" : $"частина-{number}{Extension(entity.ContentType.MimeType)}";
        return (name, buffer.ToArray());
    }

    private static string Extension(string mimeType) => MimeTypes.TryGetExtension(mimeType, out var extension) ? extension : ".bin";
}
