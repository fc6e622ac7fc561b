using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ratusha.Data;
using Ratusha.Features.Control;
using Ratusha.Features.Registration;

namespace Ratusha.Features.InformationRequests;

/// <summary>Where a request stands: awaiting the answer, answered, refused (art. 22) or forwarded to the holder (art. 22 p. 3).</summary>
public enum RequestState { Pending, Answered, Refused, Forwarded }

/// <summary>
/// Запит на публічну інформацію (Law «Про доступ до публічної інформації», art. 19–22), 1:1 beside its registration
/// card in the journal of requests: the requester and how to reach them (art. 19 p. 5), what they ask for, the term
/// from receipt (art. 20) — 48 hours when urgent, 20 working days once extended with a notice — and how it ended.
/// </summary>
public sealed class InformationRequest : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid CardId { get; private set; }
    public string Channel { get; private set; } = "";
    public string RequesterName { get; private set; } = "";
    public string? PostalAddress { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>When the request reached the council: the term counts from this day (art. 20), the 48 hours from this instant.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }
    /// <summary>The day by which the answer is due; for an urgent request the day of <see cref="DueAt"/>.</summary>
    public DateOnly DueDate { get; private set; }
    /// <summary>The instant by which an urgent request is answered (48 hours from receipt); null otherwise.</summary>
    public DateTimeOffset? DueAt { get; private set; }
    public bool IsUrgent { get; private set; }
    public string? UrgentGround { get; private set; }
    /// <summary>The requester's justification of urgency (art. 20 p. 3: «клопотання … має бути обґрунтованим»).</summary>
    public string? UrgentJustification { get; private set; }
    /// <summary>Why the registrar set or cleared the urgent mark, when it was not as the requester asked.</summary>
    public string? UrgencyChangeReason { get; private set; }
    public DateOnly? ExtendedOn { get; private set; }
    public string? ExtensionReason { get; private set; }
    public AnswerDelivery? ExtensionNoticeBy { get; private set; }
    public RequestState State { get; private set; } = RequestState.Pending;
    public DateOnly? ClosedOn { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public Guid? ClosedById { get; private set; }
    public string? AnswerText { get; private set; }
    public AnswerDelivery? AnswerBy { get; private set; }
    public string? AnswerTo { get; private set; }
    public string? RefusalGround { get; private set; }
    public string? RefusalReasons { get; private set; }
    public string? AppealRoute { get; private set; }
    public string? ForwardedTo { get; private set; }
    /// <summary>What the requester reads on the public status page, with the card's number; reveals nothing personal.</summary>
    public string TrackingCode { get; private set; } = Appeals.Appeal.NewTrackingCode();
    /// <summary>The key of a portal form submission: the same form sent twice registers one request.</summary>
    public Guid? SubmissionKey { get; private set; }
    public int Version { get; private set; }

    public bool IsExtended => ExtendedOn is not null;

    /// <summary>Answered, refused or forwarded after the term: on the day for working-day terms, at the instant for 48 hours.</summary>
    public bool ClosedLate => State != RequestState.Pending && (DueAt is { } at ? ClosedAt > at : ClosedOn > DueDate);

    public bool IsOverdue(DateTimeOffset now, DateOnly today) => State == RequestState.Pending && (DueAt is { } at ? now > at : today > DueDate);

    internal static InformationRequest Create(Guid cardId, RegisterRequestCommand r, DateTimeOffset receivedAt, RequestTerm term) => new()
    {
        CardId = cardId,
        Channel = r.Channel,
        RequesterName = r.RequesterName.Trim(),
        PostalAddress = Clean(r.PostalAddress),
        Email = Clean(r.Email),
        Phone = Clean(r.Phone),
        Text = r.Text.Trim(),
        ReceivedAt = receivedAt,
        IsUrgent = r.Urgent,
        UrgentGround = r.Urgent ? Clean(r.UrgentGround) : null,
        UrgentJustification = r.Urgent ? Clean(r.UrgentJustification) : null,
        DueDate = term.DueDate,
        DueAt = term.DueAt,
        SubmissionKey = r.SubmissionKey,
    };

    internal void SetUrgency(bool urgent, string? ground, string reason, RequestTerm term)
    {
        IsUrgent = urgent;
        UrgentGround = urgent ? Clean(ground) : null;
        UrgencyChangeReason = reason.Trim();
        Move(term);
    }

    internal void Extend(string reason, DateOnly on, AnswerDelivery noticeBy, RequestTerm term)
    {
        ExtendedOn = on;
        ExtensionReason = reason.Trim();
        ExtensionNoticeBy = noticeBy;
        Move(term);
    }

    internal void Answer(string text, AnswerDelivery by, string to, Guid? official, DateOnly on, DateTimeOffset at)
    {
        AnswerText = text.Trim();
        AnswerBy = by;
        AnswerTo = to.Trim();
        Close(RequestState.Answered, official, on, at);
    }

    internal void Refuse(string ground, string reasons, string appealRoute, Guid? official, DateOnly on, DateTimeOffset at)
    {
        RefusalGround = ground;
        RefusalReasons = reasons.Trim();
        AppealRoute = appealRoute.Trim();
        Close(RequestState.Refused, official, on, at);
    }

    internal void Forward(string to, string notice, Guid? official, DateOnly on, DateTimeOffset at)
    {
        ForwardedTo = to.Trim();
        AnswerText = notice.Trim();
        Close(RequestState.Forwarded, official, on, at);
    }

    private void Move(RequestTerm term)
    {
        DueDate = term.DueDate;
        DueAt = term.DueAt;
    }

    private void Close(RequestState state, Guid? official, DateOnly on, DateTimeOffset at)
    {
        State = state;
        ClosedById = official;
        ClosedOn = on;
        ClosedAt = at;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

internal sealed class InformationRequestMapping : IEntityTypeConfiguration<InformationRequest>
{
    public void Configure(EntityTypeBuilder<InformationRequest> b)
    {
        b.ToTable("information_requests");
        b.Property(r => r.Channel).HasMaxLength(20);
        b.Property(r => r.RequesterName).HasMaxLength(300);
        b.Property(r => r.PostalAddress).HasMaxLength(500);
        b.Property(r => r.Email).HasMaxLength(254);
        b.Property(r => r.Phone).HasMaxLength(40);
        b.Property(r => r.Text).HasMaxLength(20000);
        b.Property(r => r.UrgentGround).HasMaxLength(30);
        b.Property(r => r.UrgentJustification).HasMaxLength(4000);
        b.Property(r => r.UrgencyChangeReason).HasMaxLength(2000);
        b.Property(r => r.ExtensionReason).HasMaxLength(4000);
        b.Property(r => r.ExtensionNoticeBy).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.AnswerText).HasMaxLength(20000);
        b.Property(r => r.AnswerBy).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.AnswerTo).HasMaxLength(500);
        b.Property(r => r.RefusalGround).HasMaxLength(30);
        b.Property(r => r.RefusalReasons).HasMaxLength(8000);
        b.Property(r => r.AppealRoute).HasMaxLength(2000);
        b.Property(r => r.ForwardedTo).HasMaxLength(500);
        b.Property(r => r.TrackingCode).HasMaxLength(9);
        b.Ignore(r => r.IsExtended);
        b.Ignore(r => r.ClosedLate);
        b.HasOne<RegistrationCard>().WithOne().HasForeignKey<InformationRequest>(r => r.CardId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.CardId).IsUnique();
        b.HasIndex(r => r.TrackingCode).IsUnique();
        b.HasIndex(r => r.SubmissionKey).IsUnique();
        b.HasIndex(r => new { r.State, r.DueDate });
    }
}
