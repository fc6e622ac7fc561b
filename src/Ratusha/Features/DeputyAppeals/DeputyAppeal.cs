using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Data;
using Ratusha.Features.Registration;

namespace Ratusha.Features.DeputyAppeals;

/// <summary>Whose appeal it is: a people's deputy of Ukraine (§5.5.2–5.5.5) or a deputy of the local council (§5.5.6–5.5.8).</summary>
public enum DeputyKind { PeoplesDeputy, LocalDeputy }

/// <summary>How a notice or an answer reached the deputy.</summary>
public enum DeputyDelivery { Email, Post, Phone, InPerson }

/// <summary>
/// Депутатське звернення: the deputy, the text and the hearing of an appeal registered once in its journal (its
/// <see cref="RegistrationCard"/> holds the index, the receipt and the summary). The term and its control are the
/// control machine's (resolution, assignments, extension, rework, removal); here are the deputy's own rights —
/// to be told of the hearing in time (§5.5.4, §5.5.8) and, for a people's deputy, to get the answer by the next day
/// after consideration (§5.5.5).
/// </summary>
public sealed class DeputyAppeal : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid CardId { get; private set; }
    public DeputyKind Kind { get; private set; }
    public string DeputyName { get; private set; } = "";
    /// <summary>The name in lower case, for finding a deputy by part of it on both databases.</summary>
    public string DeputyKey { get; private set; } = "";
    public string? Convocation { get; private set; }
    public string? Faction { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string? Address { get; private set; }
    /// <summary>The deputy's own number and date of the letter.</summary>
    public string? OutgoingNumber { get; private set; }
    public DateOnly? OutgoingDate { get; private set; }
    public string? Text { get; private set; }
    /// <summary>The default term from the day of receipt (10 days, §5.5.3, §5.5.7), until a resolution sets its own.</summary>
    public DateOnly TermDue { get; private set; }
    /// <summary>When and where the appeal is considered with the deputy present (§5.5.4, §5.5.8).</summary>
    public DateOnly? HearingDate { get; private set; }
    public TimeOnly? HearingTime { get; private set; }
    public string? HearingPlace { get; private set; }
    /// <summary>The last day the deputy may be told of the hearing, from the calendar engine.</summary>
    public DateOnly? HearingNoticeDue { get; private set; }
    public DateOnly? ConsideredOn { get; private set; }
    /// <summary>A people's deputy's answer is sent by this day (the next day after consideration, §5.5.5).</summary>
    public DateOnly? AnswerDue { get; private set; }
    public string? AnswerText { get; private set; }
    public DeputyDelivery? AnswerSentBy { get; private set; }
    public DateOnly? AnswerSentOn { get; private set; }
    public string? AnswerSentTo { get; private set; }
    public int Version { get; private set; }

    internal static DeputyAppeal Create(Guid cardId, DateOnly termDue, RegisterDeputyAppealRequest r) => new()
    {
        CardId = cardId,
        TermDue = termDue,
        Kind = r.Kind,
        DeputyName = r.DeputyName.Trim(),
        DeputyKey = KeyOf(r.DeputyName),
        Convocation = Clean(r.Convocation),
        Faction = Clean(r.Faction),
        Email = Clean(r.Email),
        Phone = Clean(r.Phone),
        Address = Clean(r.Address),
        OutgoingNumber = Clean(r.OutgoingNumber),
        OutgoingDate = r.OutgoingDate,
        Text = Clean(r.Text),
    };

    internal void SetHearing(DateOnly date, TimeOnly? time, string place, DateOnly noticeDue)
    {
        HearingDate = date;
        HearingTime = time;
        HearingPlace = place.Trim();
        HearingNoticeDue = noticeDue;
    }

    internal void Considered(DateOnly on, DateOnly? answerDue)
    {
        ConsideredOn = on;
        AnswerDue = answerDue;
    }

    internal void AnswerSent(string text, DeputyDelivery by, DateOnly on, string to)
    {
        AnswerText = text.Trim();
        AnswerSentBy = by;
        AnswerSentOn = on;
        AnswerSentTo = to.Trim();
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static string KeyOf(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant().Replace('’', '\'').Replace('ʼ', '\'');
}

public enum DeputyNoticeKind { Extension, Hearing }

/// <summary>
/// A letter to the deputy: the reasoned notice that the term is extended (§5.5.3), or the time and place of the hearing
/// (§5.5.4, §5.5.8) with the last day it may go. Sent by e-mail through the outbox when the deputy has an address;
/// otherwise recorded when posted, phoned or handed over.
/// </summary>
public sealed class DeputyNotice
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid DeputyAppealId { get; private set; }
    public DeputyNoticeKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public DateOnly WrittenOn { get; private set; }
    public DateOnly? Due { get; private set; }
    public DeputyDelivery? SentBy { get; private set; }
    public DateOnly? SentOn { get; private set; }
    public string? SentTo { get; private set; }

    internal static DeputyNotice Write(Guid appealId, DeputyNoticeKind kind, string text, DateOnly on, DateOnly? due) => new()
    {
        DeputyAppealId = appealId,
        Kind = kind,
        Text = text,
        WrittenOn = on,
        Due = due,
    };

    /// <summary>Late when sent after its last day, or not sent and the day has passed.</summary>
    public bool IsLate(DateOnly today) => Due is { } due && (SentOn is { } sent ? sent > due : today > due);

    internal void Sent(DeputyDelivery by, DateOnly on, string? to)
    {
        SentBy = by;
        SentOn = on;
        SentTo = string.IsNullOrWhiteSpace(to) ? null : to.Trim();
    }
}

internal sealed class DeputyAppealMapping : IEntityTypeConfiguration<DeputyAppeal>
{
    public void Configure(EntityTypeBuilder<DeputyAppeal> b)
    {
        b.ToTable("deputy_appeals");
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.DeputyName).HasMaxLength(300);
        b.Property(a => a.Convocation).HasMaxLength(100);
        b.Property(a => a.Faction).HasMaxLength(200);
        b.Property(a => a.Email).HasMaxLength(254);
        b.Property(a => a.Phone).HasMaxLength(40);
        b.Property(a => a.Address).HasMaxLength(500);
        b.Property(a => a.OutgoingNumber).HasMaxLength(60);
        b.Property(a => a.Text).HasMaxLength(20000);
        b.Property(a => a.HearingPlace).HasMaxLength(500);
        b.Property(a => a.AnswerText).HasMaxLength(8000);
        b.Property(a => a.AnswerSentBy).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.AnswerSentTo).HasMaxLength(500);
        b.HasOne<RegistrationCard>().WithOne().HasForeignKey<DeputyAppeal>(a => a.CardId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => a.CardId).IsUnique();
        b.Property(a => a.DeputyKey).HasMaxLength(300);
        b.HasIndex(a => new { a.Kind, a.DeputyKey });
        b.HasIndex(a => a.TermDue);
    }
}

internal sealed class DeputyNoticeMapping : IEntityTypeConfiguration<DeputyNotice>
{
    public void Configure(EntityTypeBuilder<DeputyNotice> b)
    {
        b.ToTable("deputy_notices");
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(n => n.Text).HasMaxLength(4000);
        b.Property(n => n.SentBy).HasConversion<string>().HasMaxLength(10);
        b.Property(n => n.SentTo).HasMaxLength(500);
        b.HasOne<DeputyAppeal>().WithMany().HasForeignKey(n => n.DeputyAppealId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(n => n.DeputyAppealId);
    }
}
