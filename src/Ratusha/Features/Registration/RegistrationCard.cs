using Ratusha.Data;

namespace Ratusha.Features.Registration;

/// <summary>
/// One registered item in one journal: the number, the index, the day of registration (§3.1.4, §5.3.3).
/// Every controlled thing (appeal, letter, request, decision…) is registered through one of these, once.
/// </summary>
public sealed class RegistrationCard : IVersioned
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid JournalId { get; private set; }
    public string SequenceKey { get; private set; } = "";
    public int Year { get; private set; }
    public int Number { get; private set; }
    public string Index { get; private set; } = "";
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateOnly RegisteredOn { get; private set; }
    public string Summary { get; private set; } = "";
    public string? Correspondent { get; private set; }
    /// <summary>The department the item is addressed to; limits who sees it.</summary>
    public Guid? DepartmentId { get; private set; }
    public Guid? RegisteredById { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public int Version { get; private set; }

    internal static RegistrationCard Create(
        Journal journal, JournalNumber number, DateTimeOffset receivedAt, DateOnly registeredOn,
        string summary, string? correspondent, Guid? departmentId, Guid? registeredBy, DateTimeOffset now) => new()
        {
            JournalId = journal.Id,
            SequenceKey = journal.SequenceKey,
            Year = number.Year,
            Number = number.Number,
            Index = number.Index,
            ReceivedAt = receivedAt,
            RegisteredOn = registeredOn,
            Summary = summary.Trim(),
            Correspondent = string.IsNullOrWhiteSpace(correspondent) ? null : correspondent.Trim(),
            DepartmentId = departmentId,
            RegisteredById = registeredBy,
            RegisteredAt = now,
        };
}

public sealed record JournalNumber(int Year, int Number, string Index);
