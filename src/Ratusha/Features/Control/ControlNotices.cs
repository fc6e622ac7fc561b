using Ratusha.Data;

namespace Ratusha.Features.Control;

/// <summary>
/// What a module tells the people outside the machine when a term changes — for appeals, the applicant (art. 20).
/// The machine calls every registered listener in the unit of work of the change, so the notice and the change commit together.
/// </summary>
public interface ITermChangeListener
{
    Task TermExtendedAsync(RatushaDb db, Guid cardId, DateOnly newDue, string reason, DateTimeOffset now, CancellationToken ct);
}
