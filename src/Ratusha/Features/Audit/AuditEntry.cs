namespace Ratusha.Features.Audit;

/// <summary>
/// One change to one entity, written in the transaction of the change. Append-only: the sealer chains the committed rows
/// by hash moments later (each row's hash covers the previous row's hash), so an edited or deleted row breaks the chain
/// at that place. <see cref="Id"/> is the order of writing; <see cref="Sequence"/> the place in the chain, null until sealed.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public long? Sequence { get; internal set; }
    public DateTimeOffset At { get; init; }
    public Guid? UserId { get; init; }
    public string UserName { get; init; } = "";
    public string EntityType { get; init; } = "";
    public string EntityId { get; init; } = "";
    /// <summary>Added, Modified or Deleted.</summary>
    public string Action { get; init; } = "";
    public string? Before { get; init; }
    public string? After { get; init; }
    public string? PreviousHash { get; internal set; }
    public string? Hash { get; internal set; }
}

/// <summary>The end of the chain: the last sequence and hash. Its row lock serialises the sealers (and bulk imports).</summary>
public sealed class AuditChainHead
{
    public int Id { get; set; } = 1;
    public long LastSequence { get; set; }
    public string LastHash { get; set; } = AuditHash.Genesis;
}
