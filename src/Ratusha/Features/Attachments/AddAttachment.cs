using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Attachments;

/// <summary>Limits of the file store: size of one file, files per item, and the total the council's storage allows.</summary>
public sealed class AttachmentOptions
{
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
    public int MaxPerCard { get; set; } = 20;
    public long QuotaBytes { get; set; } = 20L * 1024 * 1024 * 1024;
}

/// <summary>
/// Accepts a file for an item only if its type is one a council works with — checked by its first bytes, not by the
/// name alone — and it fits the limits; then stores record and bytes in one transaction, so nothing is half-written.
/// </summary>
internal static class AddAttachment
{
    private static readonly Dictionary<string, (string ContentType, Func<byte[], bool> Looks)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", b => Starts(b, "%PDF-"u8)),
        [".jpg"] = ("image/jpeg", b => Starts(b, [0xFF, 0xD8, 0xFF])),
        [".jpeg"] = ("image/jpeg", b => Starts(b, [0xFF, 0xD8, 0xFF])),
        [".png"] = ("image/png", b => Starts(b, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        [".tif"] = ("image/tiff", b => Starts(b, "II*\0"u8) || Starts(b, "MM\0*"u8)),
        [".tiff"] = ("image/tiff", b => Starts(b, "II*\0"u8) || Starts(b, "MM\0*"u8)),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", b => Starts(b, "PK\u0003\u0004"u8)),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b => Starts(b, "PK\u0003\u0004"u8)),
        [".odt"] = ("application/vnd.oasis.opendocument.text", b => Starts(b, "PK\u0003\u0004"u8)),
        [".doc"] = ("application/msword", b => Starts(b, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])),
        [".xls"] = ("application/vnd.ms-excel", b => Starts(b, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])),
        [".txt"] = ("text/plain; charset=utf-8", IsUtf8Text),
    };

    public static string Allowed => string.Join(", ", Types.Keys.Select(k => k.TrimStart('.').ToUpperInvariant()).Distinct());

    public static async Task<Outcome<Attachment>> RunAsync(
        RatushaDb db, AttachmentOptions limits, Guid cardId, IFormFile? file, Guid? by, DateTimeOffset now, CancellationToken ct)
    {
        if (!await db.RegistrationCards.AnyAsync(c => c.Id == cardId, ct)) return Outcome.Missing<Attachment>();
        if (file is null || file.Length == 0) return Invalid("Оберіть файл.");
        if (file.Length > limits.MaxBytes) return Invalid(TooBig(limits));
        var name = SafeName(file.FileName);
        if (name is null || !Types.ContainsKey(Path.GetExtension(name))) return Invalid(UnknownType);

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var checkedFile = Check(name, buffer.ToArray(), limits);
        if (checkedFile.Refusal is { } refusal) return Invalid(refusal);

        // The limits that depend on what is stored are checked in the transaction that stores the file, with the
        // store locked (FileStoreQuota): uploads sent together are counted one after another, not all against the same room.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var room = await FileStoreQuota.RoomAsync(db, limits, ct);
        if (await db.Attachments.CountAsync(a => a.CardId == cardId, ct) >= limits.MaxPerCard) return Invalid(TooMany(limits));
        if (checkedFile.Bytes.LongLength > room) return Invalid(StoreFull);

        var (attachment, content) = Attachment.Create(cardId, checkedFile.Name, checkedFile.ContentType!, checkedFile.Bytes, by, now);
        db.Attachments.Add(attachment);
        db.AttachmentContents.Add(content);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome.Done(attachment);
    }

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? string.Create(System.Globalization.CultureInfo.GetCultureInfo("uk-UA"), $"{bytes / (1024.0 * 1024):0.#} МБ")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} КБ");

    /// <summary>
    /// The checks of one file that need no database: a name, a size within the limit, a type a council works with and
    /// content that is of that type. Used for uploads and for the files that come with an e-mail.
    /// </summary>
    public static CheckedFile Check(string? fileName, byte[] bytes, AttachmentOptions limits)
    {
        var name = SafeName(fileName) ?? "";
        if (bytes.Length == 0) return new(name, null, bytes, "Порожній файл.");
        if (bytes.LongLength > limits.MaxBytes) return new(name, null, bytes, TooBig(limits));
        if (name.Length == 0 || !Types.TryGetValue(Path.GetExtension(name), out var type)) return new(name, null, bytes, UnknownType);
        if (!type.Looks(bytes)) return new(name, null, bytes, "Вміст файлу не відповідає його типу.");
        return new(name, type.ContentType, bytes, null);
    }

    public static string TooMany(AttachmentOptions limits) => $"До одного документа можна додати не більше {limits.MaxPerCard} файлів.";

    public const string StoreFull = "Сховище файлів заповнене: зверніться до адміністратора.";

    private static string UnknownType => $"Такий тип файлу не приймається. Дозволено: {Allowed}.";

    private static string TooBig(AttachmentOptions limits) => $"Файл більший за {Size(limits.MaxBytes)}.";

    private static Outcome<Attachment> Invalid(string message) => Outcome.Invalid<Attachment>(Outcome.Error("file", message));

    private static bool Starts(byte[] bytes, ReadOnlySpan<byte> prefix) => bytes.AsSpan().StartsWith(prefix);

    private static bool IsUtf8Text(byte[] bytes)
    {
        try
        {
            var text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return !text.Contains('\0');
        }
        catch (System.Text.DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The file's own name without any path, control characters or more than 255 characters.</summary>
    private static string? SafeName(string? raw)
    {
        var name = Path.GetFileName((raw ?? "").Replace('\\', '/'));
        name = new string([.. name.Where(ch => !char.IsControl(ch))]).Trim();
        if (name.Length == 0 || name is "." or "..") return null;
        return name.Length <= 255 ? name : name[^255..];
    }
}

/// <summary>A file after <see cref="AddAttachment.Check"/>: its safe name, and either its content type or why it is refused.</summary>
public sealed record CheckedFile(string Name, string? ContentType, byte[] Bytes, string? Refusal);
