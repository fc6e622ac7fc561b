using Ratusha.Data;

namespace Ratusha.Features.Control;

public enum AssignmentState { Assigned, Reported, Answered, Returned, Closed }

public enum ReportKind { InterimReply, CoExecutorReport, Answer }

/// <summary>How an answer reached the applicant: by e-mail through the outbox, or recorded as posted.</summary>
public enum AnswerDelivery { Email, Post }

/// <summary>The substance of an answer: its result (a classifier code) and, for a refusal, the grounds and the route of appeal.</summary>
public sealed record AnswerDetails(string Result, string? Grounds, string? AppealRoute);

/// <summary>Доручення: one executor's part of a resolution, with its own due date.</summary>
public sealed class Assignment : IVersioned
{
    private readonly List<AssignmentReport> reports = [];

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ResolutionId { get; private set; }
    public Guid CardId { get; private set; }
    public Guid ExecutorId { get; private set; }
    public Guid DepartmentId { get; private set; }
    public bool IsLead { get; private set; }
    /// <summary>The kind of the item (the resolution's kind: appeal, document…), kept here for the discipline counts.</summary>
    public string Kind { get; private set; } = "";
    /// <summary>The day the resolution was written: the answer's days count from it.</summary>
    public DateOnly WrittenOn { get; private set; }
    public DateOnly DueDate { get; private set; }
    public AssignmentState State { get; private set; }
    public string? ReturnComment { get; private set; }
    /// <summary>The day of the latest answer, or of a co-executor's materials (§6.14).</summary>
    public DateOnly? AnsweredOn { get; private set; }
    /// <summary>How many times the term was extended (counted on the lead executor's assignment).</summary>
    public int Extensions { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<AssignmentReport> Reports => reports;

    public bool IsOpen => State is AssignmentState.Assigned or AssignmentState.Returned;

    public bool IsOverdue(DateOnly today) => IsOpen && DueDate < today;

    internal static Assignment Create(Guid resolutionId, string kind, DateOnly writtenOn, Guid cardId, Guid executor, Guid department, bool isLead, DateOnly due) => new()
    {
        ResolutionId = resolutionId,
        Kind = kind,
        WrittenOn = writtenOn,
        CardId = cardId,
        ExecutorId = executor,
        DepartmentId = department,
        IsLead = isLead,
        DueDate = due,
        State = AssignmentState.Assigned,
    };

    internal AssignmentReport Report(ReportKind kind, string text, Guid by, DateOnly on, AnswerDetails? answer = null)
    {
        var report = new AssignmentReport(Id, kind, text.Trim(), by, on)
        {
            Result = answer?.Result,
            Grounds = Clean(answer?.Grounds),
            AppealRoute = Clean(answer?.AppealRoute),
        };
        reports.Add(report);
        if (kind is ReportKind.Answer or ReportKind.CoExecutorReport && (AnsweredOn is null || on > AnsweredOn)) AnsweredOn = on;
        State = kind switch
        {
            ReportKind.Answer => AssignmentState.Answered,
            ReportKind.CoExecutorReport => AssignmentState.Reported,
            _ => State,
        };
        return report;
    }

    internal void MoveDue(DateOnly due) => DueDate = due;

    internal void Extended() => Extensions++;

    internal void Return(DateOnly due, string comment)
    {
        State = AssignmentState.Returned;
        DueDate = due;
        ReturnComment = comment.Trim();
    }

    internal void Close() => State = AssignmentState.Closed;

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>A reply on an assignment: an interim reply, a co-executor's materials for the lead (§6.14), or the answer.</summary>
public sealed class AssignmentReport
{
    public AssignmentReport(Guid assignmentId, ReportKind kind, string text, Guid byId, DateOnly on)
    {
        AssignmentId = assignmentId;
        Kind = kind;
        Text = text;
        ById = byId;
        On = on;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid AssignmentId { get; private set; }
    public ReportKind Kind { get; private set; }
    public string Text { get; private set; }
    public Guid ById { get; private set; }
    public DateOnly On { get; private set; }
    /// <summary>An answer's result, a code of the kind's result list (appeals: Classifier №858, section 9).</summary>
    public string? Result { get; init; }
    /// <summary>A refusal's grounds: the norms of law and the motives (§6.23).</summary>
    public string? Grounds { get; init; }
    /// <summary>How the applicant may appeal the decision (art. 15, 19 of the Law «Про звернення громадян»).</summary>
    public string? AppealRoute { get; init; }
    public AnswerDelivery? DeliveredBy { get; private set; }
    public DateOnly? DeliveredOn { get; private set; }
    public string? DeliveredTo { get; private set; }

    internal void Delivered(AnswerDelivery by, DateOnly on, string to)
    {
        DeliveredBy = by;
        DeliveredOn = on;
        DeliveredTo = to.Trim();
    }
}
