namespace Ratusha.Features.Audit;

/// <summary>
/// One change to one entity. Append-only: rows are chained by hash (each row's hash covers the previous row's hash),
/// so an edited or deleted row breaks the chain at that place.
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; init; }
    public DateTimeOffset At { get; init; }
    public Guid? UserId { get; init; }
    public string UserName { get; init; } = "";
    public string EntityType { get; init; } = "";
    public string EntityId { get; init; } = "";
    /// <summary>Added, Modified or Deleted.</summary>
    public string Action { get; init; } = "";
    public string? Before { get; init; }
    public string? After { get; init; }
    public string PreviousHash { get; init; } = "";
    public string Hash { get; internal set; } = "";
}

/// <summary>The end of the chain: the last sequence and hash. Its row lock serialises appends.</summary>
public sealed class AuditChainHead
{
    public int Id { get; set; } = 1;
    public long LastSequence { get; set; }
    public string LastHash { get; set; } = AuditHash.Genesis;
}
