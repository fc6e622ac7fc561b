
using Ratusha.Features.Shell;

namespace Ratusha.Data;

/// <summary>Optimistic concurrency for the use cases: a change is written only over the version the editor saw.</summary>
internal static class Versions
{
    public static void Expect<T>(RatushaDb db, T entity, int version) where T : class, IVersioned =>
        db.Entry(entity).Property(nameof(IVersioned.Version)).OriginalValue = version;

    /// <summary>Adds a new aggregate, or changes the existing one at <paramref name="version"/>; a stale version throws DbUpdateConcurrencyException.</summary>
    public static async Task<Outcome<T>> AddOrChangeAsync<T>(RatushaDb db, T? existing, int version, Func<T> create, Action<T> change, CancellationToken ct)
        where T : class, IVersioned
    {
        if (existing is null)
        {
            existing = create();
            db.Add(existing);
        }
        else
        {
            Expect(db, existing, version);
            change(existing);
        }
        await db.SaveChangesAsync(ct);
        return Outcome.Done(existing);
    }
}
