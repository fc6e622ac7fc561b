using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Data;
using Ratusha.Features.Registration;

namespace Ratusha.Features.Documents;

/// <summary>The kinds of document of the general department (§5.3, §5.4, §2.8.11) and the journal each is registered in.</summary>
public static class DocumentKinds
{
    public const string Incoming = "incoming";
    public const string Outgoing = "outgoing";
    public const string Internal = "internal";
    public const string Telephonogram = "telephonogram";

    public static readonly IReadOnlyList<(string Code, string Title, string Journal)> All =
    [
        (Incoming, "Вхідний", "incoming"),
        (Outgoing, "Вихідний", "outgoing"),
        (Internal, "Внутрішній", "internal"),
        (Telephonogram, "Телефонограма", "telephonograms"),
    ];

    public static bool IsKnown(string? code) => All.Any(k => k.Code == code);

    public static string Title(string code) => All.FirstOrDefault(k => k.Code == code).Title ?? code;

    public static string JournalOf(string code) => All.First(k => k.Code == code).Journal;
}

/// <summary>Who may read a document: everyone in the council, or for official use only (службового користування).</summary>
public static class AccessLevels
{
    public const string Public = "public";
    public const string OfficialUse = "official-use";

    public static readonly IReadOnlyList<(string Code, string Title)> All = [(Public, "Відкритий"), (OfficialUse, "Для службового користування")];

    public static string Title(string code) => All.FirstOrDefault(a => a.Code == code).Title ?? code;
}

/// <summary>
/// Вхідний, вихідний, внутрішній документ чи телефонограма: the module's record beside its <see cref="RegistrationCard"/>
/// (which holds the index, the day of registration, the summary, the correspondent and the addressed department).
/// A document is registered once (§5.3.3): the correspondent, their outgoing number and date identify it.
/// </summary>
public sealed partial class Document : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid CardId { get; private set; }
    public string Kind { get; private set; } = "";
    /// <summary>The correspondent's own outgoing number and date (of an incoming document).</summary>
    public string? CorrespondentNumber { get; private set; }
    public DateOnly? CorrespondentDate { get; private set; }
    /// <summary>Correspondent, their number and date as compared: a second registration of the same letter is refused.</summary>
    public string? DuplicateKey { get; private set; }
    public int? Pages { get; private set; }
    public string AccessLevel { get; private set; } = AccessLevels.Public;
    /// <summary>The incoming document this outgoing letter answers (§5.4.1, §5.4.11).</summary>
    public Guid? AnswersId { get; private set; }
    /// <summary>A telephonogram (§2.8.11): who transmitted it, who received it, and when.</summary>
    public string? TransmittedBy { get; private set; }
    public string? ReceivedBy { get; private set; }
    public DateTimeOffset? TransmittedAt { get; private set; }
    /// <summary>The case file of the nomenclature the finished document is filed into (§5.4.7, §5.3.14 «До справи»).</summary>
    public Guid? CaseFileId { get; private set; }
    public DateOnly? FiledOn { get; private set; }
    /// <summary>Index, summary, correspondent and number in lower case, for the search of the list on both databases.</summary>
    public string SearchText { get; private set; } = "";
    public int Version { get; private set; }

    internal static Document Create(RegistrationCard card, RegisterDocumentRequest r) => new()
    {
        CardId = card.Id,
        Kind = r.Kind,
        CorrespondentNumber = Clean(r.CorrespondentNumber),
        CorrespondentDate = r.CorrespondentDate,
        DuplicateKey = KeyOf(r),
        Pages = r.Pages,
        AccessLevel = string.IsNullOrWhiteSpace(r.AccessLevel) ? AccessLevels.Public : r.AccessLevel,
        AnswersId = r.AnswersTo,
        TransmittedBy = Clean(r.TransmittedBy),
        ReceivedBy = Clean(r.ReceivedBy),
        TransmittedAt = r.Kind == DocumentKinds.Telephonogram ? (r.TransmittedAt ?? card.ReceivedAt).ToUniversalTime() : null,
        SearchText = string.Join(' ', card.Index, card.Summary, card.Correspondent, r.CorrespondentNumber).ToLowerInvariant(),
    };

    /// <summary>
    /// The identity of an incoming letter: the correspondent (case, spaces and quotes ignored), their number (spaces
    /// ignored) and their date. Only an incoming document with all three has one.
    /// </summary>
    internal static string? KeyOf(RegisterDocumentRequest r)
    {
        if (r.Kind != DocumentKinds.Incoming || r.CorrespondentDate is not { } date) return null;
        var number = Clean(r.CorrespondentNumber);
        var correspondent = Clean(r.Correspondent);
        if (number is null || correspondent is null) return null;
        var who = Quotes().Replace(Spaces().Replace(correspondent.ToLowerInvariant(), " "), "");
        var key = $"{who}|{Spaces().Replace(number.ToLowerInvariant(), "")}|{date:yyyy-MM-dd}";
        return key.Length <= 400 ? key : key[..400];
    }

    internal void AnswerTo(Guid incomingId) => AnswersId = incomingId;

    internal void File(Guid caseFileId, DateOnly on)
    {
        CaseFileId = caseFileId;
        FiledOn = on;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("[\"'«»“”„’`]")]
    private static partial Regex Quotes();
}

internal sealed class DocumentMapping : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.ToTable("documents");
        b.Property(d => d.Kind).HasMaxLength(20);
        b.Property(d => d.CorrespondentNumber).HasMaxLength(60);
        b.Property(d => d.DuplicateKey).HasMaxLength(400);
        b.Property(d => d.AccessLevel).HasMaxLength(20);
        b.Property(d => d.TransmittedBy).HasMaxLength(300);
        b.Property(d => d.ReceivedBy).HasMaxLength(300);
        b.Property(d => d.SearchText).HasMaxLength(3000);
        b.HasIndex(d => d.CardId).IsUnique();
        // The last guard of "registered once": two clerks registering the same letter at the same moment.
        b.HasIndex(d => d.DuplicateKey).IsUnique();
        b.HasIndex(d => d.AnswersId);
        b.HasIndex(d => new { d.CaseFileId, d.FiledOn });
        b.HasOne<RegistrationCard>().WithMany().HasForeignKey(d => d.CardId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(d => d.AnswersId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CaseFile>().WithMany().HasForeignKey(d => d.CaseFileId).OnDelete(DeleteBehavior.Restrict);
    }
}
