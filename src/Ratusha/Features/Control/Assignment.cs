using Ratusha.Data;

namespace Ratusha.Features.Control;

public enum AssignmentState { Assigned, Reported, Answered, Returned, Closed }

public enum ReportKind { InterimReply, CoExecutorReport, Answer }

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
    public DateOnly DueDate { get; private set; }
    public AssignmentState State { get; private set; }
    public string? ReturnComment { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<AssignmentReport> Reports => reports;

    public bool IsOpen => State is AssignmentState.Assigned or AssignmentState.Returned;

    public bool IsOverdue(DateOnly today) => IsOpen && DueDate < today;

    internal static Assignment Create(Guid resolutionId, Guid cardId, Guid executor, Guid department, bool isLead, DateOnly due) => new()
    {
        ResolutionId = resolutionId,
        CardId = cardId,
        ExecutorId = executor,
        DepartmentId = department,
        IsLead = isLead,
        DueDate = due,
        State = AssignmentState.Assigned,
    };

    internal AssignmentReport Report(ReportKind kind, string text, Guid by, DateOnly on)
    {
        var report = new AssignmentReport(Id, kind, text.Trim(), by, on);
        reports.Add(report);
        State = kind switch
        {
            ReportKind.Answer => AssignmentState.Answered,
            ReportKind.CoExecutorReport => AssignmentState.Reported,
            _ => State,
        };
        return report;
    }

    internal void MoveDue(DateOnly due) => DueDate = due;

    internal void Return(DateOnly due, string comment)
    {
        State = AssignmentState.Returned;
        DueDate = due;
        ReturnComment = comment.Trim();
    }

    internal void Close() => State = AssignmentState.Closed;
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
}
