using Ratusha.Data;

namespace Ratusha.Features.Control;

public enum ControlState { OnControl, RemovedFromControl }

/// <summary>
/// Резолюція: an official's instruction on a registered item. It puts the item on control with a controller and a due
/// date and creates the assignments (a lead executor and co-executors). Only the controller removes it from control.
/// </summary>
public sealed class Resolution : IVersioned
{
    private readonly List<Assignment> assignments = [];
    private readonly List<Extension> extensions = [];

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid CardId { get; private set; }
    public string Kind { get; private set; } = "";
    public Guid AuthorId { get; private set; }
    public string Text { get; private set; } = "";
    public DateOnly WrittenOn { get; private set; }
    /// <summary>The day the item was registered: terms and their ceiling count from it.</summary>
    public DateOnly RegisteredOn { get; private set; }
    public DateOnly DueDate { get; private set; }
    public Guid ControllerId { get; private set; }
    public ControlState State { get; private set; }
    public DateOnly? RemovedOn { get; private set; }
    public string? RemovalBasis { get; private set; }
    /// <summary>«До відома» (§5.3.13): the executors acquaint themselves; no answer is asked; the item comes back for filing by <see cref="DueDate"/>.</summary>
    public bool ForInformation { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<Assignment> Assignments => assignments;
    public IReadOnlyList<Extension> Extensions => extensions;
    public Assignment Lead => assignments.Single(a => a.IsLead);

    internal static Resolution Write(
        Guid cardId, string kind, Guid author, string text, DateOnly writtenOn, DateOnly registeredOn, DateOnly due,
        Guid controller, Guid lead, IEnumerable<(Guid Official, Guid Department)> coExecutors, DateOnly coExecutorDue,
        Guid leadDepartment, bool forInformation = false)
    {
        var resolution = new Resolution
        {
            CardId = cardId,
            Kind = kind,
            AuthorId = author,
            Text = text.Trim(),
            WrittenOn = writtenOn,
            RegisteredOn = registeredOn,
            DueDate = due,
            ControllerId = controller,
            State = ControlState.OnControl,
            ForInformation = forInformation,
        };
        resolution.assignments.Add(Assignment.Create(resolution.Id, kind, writtenOn, cardId, lead, leadDepartment, isLead: true, due));
        foreach (var (official, department) in coExecutors)
            resolution.assignments.Add(Assignment.Create(resolution.Id, kind, writtenOn, cardId, official, department, isLead: false, coExecutorDue));
        return resolution;
    }

    /// <summary>A new term set by the author (art. 20, §6.15): the lead's and the co-executors' dates move together.</summary>
    internal Extension Extend(Guid by, DateOnly newDue, DateOnly coExecutorDue, string reason, DateOnly on)
    {
        var extension = new Extension(Id, DueDate, newDue, reason.Trim(), by, on);
        extensions.Add(extension);
        DueDate = newDue;
        foreach (var a in assignments) a.MoveDue(a.IsLead ? newDue : coExecutorDue);
        Lead.Extended();
        return extension;
    }

    /// <summary>The controller does not accept the answer: the lead executor reworks it by <paramref name="reworkDue"/> (§5.3.10).</summary>
    internal void ReturnForRework(DateOnly reworkDue, string comment)
    {
        Lead.Return(reworkDue, comment);
        DueDate = reworkDue;
    }

    internal void RemoveFromControl(string basis, DateOnly on)
    {
        State = ControlState.RemovedFromControl;
        RemovalBasis = basis.Trim();
        RemovedOn = on;
        foreach (var a in assignments) a.Close();
    }
}

/// <summary>Продовження строку: who moved the term, from when to when, and why.</summary>
public sealed class Extension
{
    public Extension(Guid resolutionId, DateOnly previousDue, DateOnly newDue, string reason, Guid byId, DateOnly on)
    {
        ResolutionId = resolutionId;
        PreviousDue = previousDue;
        NewDue = newDue;
        Reason = reason;
        ById = byId;
        On = on;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ResolutionId { get; private set; }
    public DateOnly PreviousDue { get; private set; }
    public DateOnly NewDue { get; private set; }
    public string Reason { get; private set; }
    public Guid ById { get; private set; }
    public DateOnly On { get; private set; }
}
