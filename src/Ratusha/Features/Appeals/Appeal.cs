using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Data;
using Ratusha.Features.Registration;

namespace Ratusha.Features.Appeals;

/// <summary>
/// Реєстраційно-контрольна картка звернення: the classifier attributes, the applicant and the text of a citizen's
/// appeal, registered once in the appeals journal — a hotline appeal in its hotline's journal (§6.2) — (its <see cref="RegistrationCard"/> holds the index and the date).
/// Codes refer to classifier lists, which are data.
/// </summary>
public sealed class Appeal : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid CardId { get; private set; }
    public string Channel { get; private set; } = "";
    public string Sign { get; private set; } = "";
    public string Type { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public int? Signatories { get; private set; }
    public string? Surname { get; private set; }
    public string? GivenName { get; private set; }
    public string? Patronymic { get; private set; }
    public string? Address { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? Sex { get; private set; }
    public List<string> Categories { get; private set; } = [];
    public string? SocialStatus { get; private set; }
    public string? Topic { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>The surname as <see cref="ApplicantMatching"/> compares it: for finding earlier appeals of the same person.</summary>
    public string SurnameKey { get; private set; } = "";
    public string PhoneDigits { get; private set; } = "";
    public string? ForwardedBy { get; private set; }
    public string? ForwardedNumber { get; private set; }
    public DateOnly? ForwardedOn { get; private set; }
    public bool NoAdditionalStudy { get; private set; }
    /// <summary>A hotline appeal's case number at its contact centre (1545 or the regional hotline): unique per channel (§6.2).</summary>
    public string? ExternalCaseNumber { get; private set; }
    /// <summary>When the contact centre received the call; the card's <see cref="RegistrationCard.ReceivedAt"/> is when it reached the council.</summary>
    public DateTimeOffset? CentreReceivedAt { get; private set; }
    /// <summary>The author has privileges established by law: considered first (art. 20).</summary>
    public bool IsPrivileged { get; private set; }
    /// <summary>forward (outside competence, §6.3), return (data lacking, §6.21) or return-form (art. 5).</summary>
    public string? Disposal { get; private set; }
    public string? DisposalTo { get; private set; }
    public string? DisposalText { get; private set; }
    public DateOnly? DisposalDue { get; private set; }
    public DateOnly? DisposedOn { get; private set; }
    public string? NotConsideredReason { get; private set; }
    public string? NotConsideredBasis { get; private set; }
    public DateOnly? NotConsideredOn { get; private set; }
    /// <summary>What the applicant types on the public status page; reveals nothing personal.</summary>
    public string TrackingCode { get; private set; } = NewTrackingCode();
    /// <summary>The key of a public form submission: the same form sent twice registers one appeal.</summary>
    public Guid? SubmissionKey { get; private set; }
    public int Version { get; private set; }

    public string ApplicantName => string.Join(' ', new[] { Surname, GivenName, Patronymic }.Where(s => !string.IsNullOrWhiteSpace(s)));

    internal static string NewTrackingCode()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = System.Security.Cryptography.RandomNumberGenerator.GetItems<char>(alphabet, 8);
        return $"{new string(chars[..4])}-{new string(chars[4..])}";
    }

    internal static Appeal Create(Guid cardId, RegisterAppealRequest r, bool privileged) => new()
    {
        SubmissionKey = r.SubmissionKey,
        CardId = cardId,
        Channel = r.Channel,
        Sign = r.Sign,
        Type = r.Type,
        Subject = r.Subject,
        Signatories = r.Signatories,
        Surname = Clean(r.Surname),
        GivenName = Clean(r.GivenName),
        Patronymic = Clean(r.Patronymic),
        Address = Clean(r.Address),
        Phone = Clean(r.Phone),
        Email = Clean(r.Email),
        Sex = Clean(r.Sex),
        Categories = [.. (r.Categories ?? []).Distinct()],
        SocialStatus = Clean(r.SocialStatus),
        Topic = Clean(r.Topic),
        Text = r.Text.Trim(),
        SurnameKey = ApplicantMatching.Normalize(r.Surname),
        PhoneDigits = ApplicantMatching.Digits(r.Phone),
        ForwardedBy = Clean(r.ForwardedBy),
        ForwardedNumber = Clean(r.ForwardedNumber),
        ForwardedOn = r.ForwardedOn,
        NoAdditionalStudy = r.NoAdditionalStudy,
        ExternalCaseNumber = Clean(r.ExternalCaseNumber),
        CentreReceivedAt = r.CentreReceivedAt?.ToUniversalTime(),
        IsPrivileged = privileged,
    };

    internal void Dispose(string kind, string? to, string text, DateOnly due, DateOnly on)
    {
        Disposal = kind;
        DisposalTo = to?.Trim();
        DisposalText = text.Trim();
        DisposalDue = due;
        DisposedOn = on;
    }

    /// <summary>Recorded, never dropped: the reason, its article, and the day (art. 8; §6.20, §6.22).</summary>
    internal void MarkNotConsidered(string reason, string basis, DateOnly on)
    {
        NotConsideredReason = reason;
        NotConsideredBasis = basis.Trim();
        NotConsideredOn = on;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

internal sealed class AppealMapping : IEntityTypeConfiguration<Appeal>
{
    public void Configure(EntityTypeBuilder<Appeal> b)
    {
        b.ToTable("appeals");
        foreach (var p in new[] { nameof(Appeal.Channel), nameof(Appeal.Sign), nameof(Appeal.Type), nameof(Appeal.Subject), nameof(Appeal.Sex),
                     nameof(Appeal.SocialStatus), nameof(Appeal.Topic), nameof(Appeal.NotConsideredReason) })
            b.Property(p).HasMaxLength(40);
        b.Property(a => a.Surname).HasMaxLength(100);
        b.Property(a => a.GivenName).HasMaxLength(100);
        b.Property(a => a.Patronymic).HasMaxLength(100);
        b.Property(a => a.Address).HasMaxLength(500);
        b.Property(a => a.Phone).HasMaxLength(40);
        b.Property(a => a.Email).HasMaxLength(254);
        b.Property(a => a.Text).HasMaxLength(20000);
        b.Property(a => a.ForwardedBy).HasMaxLength(300);
        b.Property(a => a.ForwardedNumber).HasMaxLength(60);
        b.Property(a => a.NotConsideredBasis).HasMaxLength(2000);
        b.Property(a => a.Disposal).HasMaxLength(20);
        b.Property(a => a.DisposalTo).HasMaxLength(300);
        b.Property(a => a.DisposalText).HasMaxLength(4000);
        b.Ignore(a => a.ApplicantName);
        b.HasOne<RegistrationCard>().WithOne().HasForeignKey<Appeal>(a => a.CardId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.CardId).IsUnique();
        b.Property(a => a.SurnameKey).HasMaxLength(100);
        b.Property(a => a.PhoneDigits).HasMaxLength(20);
        b.HasIndex(a => a.SurnameKey);
        b.HasIndex(a => a.PhoneDigits);
        b.Property(a => a.TrackingCode).HasMaxLength(9);
        b.HasIndex(a => a.TrackingCode).IsUnique();
        b.HasIndex(a => a.SubmissionKey).IsUnique();
        b.HasIndex(a => new { a.IsPrivileged, a.CardId });
        b.Property(a => a.ExternalCaseNumber).HasMaxLength(60);
        // One case of a contact centre is one appeal: the import skips what is already here (NULLs do not collide).
        b.HasIndex(a => new { a.Channel, a.ExternalCaseNumber }).IsUnique();
    }
}
