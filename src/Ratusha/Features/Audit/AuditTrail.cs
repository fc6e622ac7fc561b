using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Ratusha.Data;

namespace Ratusha.Features.Audit;

/// <summary>Turns the tracked changes of one SaveChanges into chained audit rows, in the same transaction.</summary>
internal static class AuditTrail
{
    private static readonly HashSet<string> Secret = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed record Change(string EntityType, string EntityId, string Action, string? Before, string? After);

    public static List<Change> Capture(ChangeTracker tracker) =>
        [.. tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not (AuditEntry or AuditChainHead))
            .Select(Describe)];

    private static Change Describe(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue));
        var properties = entry.Properties.Where(p => entry.State != EntityState.Modified || p.IsModified || p.Metadata.IsPrimaryKey()).ToList();
        string? Snapshot(Func<PropertyEntry, object?> value) => JsonSerializer.Serialize(
            properties.ToDictionary(p => p.Metadata.Name, p => Secret.Contains(p.Metadata.Name) ? "***" : Summary(value(p))), Json);
        return new Change(
            entry.Metadata.ClrType.Name,
            string.Join(",", key),
            entry.State.ToString(),
            entry.State == EntityState.Added ? null : Snapshot(p => p.OriginalValue),
            entry.State == EntityState.Deleted ? null : Snapshot(p => p.CurrentValue));
    }

    /// <summary>File contents are recorded by size and hash, not copied into the trail.</summary>
    private static object? Summary(object? value) =>
        value is byte[] bytes ? $"{bytes.Length} B, SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))}" : value;

    private static string Format(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    /// <summary>Appends the rows after the entity writes, just before commit, so the chain head is locked briefly.</summary>
    public static async Task AppendAsync(RatushaDb db, IReadOnlyList<Change> changes, ICurrentActor actor, DateTimeOffset now, CancellationToken ct)
    {
        long last;
        string hash;
        await using (var reserve = db.InTransaction(
            "UPDATE audit_chain_head SET last_sequence = last_sequence + @count WHERE id = 1 RETURNING last_sequence, last_hash",
            ("@count", (long)changes.Count)))
        {
            await using var reader = await reserve.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct)) throw new InvalidOperationException("The audit chain head row is missing.");
            last = reader.GetInt64(0) - changes.Count;
            hash = reader.GetString(1);
        }

        var at = new DateTimeOffset(now.UtcTicks - now.UtcTicks % 10, TimeSpan.Zero); // PostgreSQL keeps microseconds
        var rows = new List<AuditEntry>(changes.Count);
        foreach (var c in changes)
        {
            var row = new AuditEntry
            {
                Sequence = ++last,
                At = at,
                UserId = actor.UserId,
                UserName = actor.Name,
                EntityType = c.EntityType,
                EntityId = c.EntityId,
                Action = c.Action,
                Before = c.Before,
                After = c.After,
                PreviousHash = hash,
            };
            row.Hash = hash = AuditHash.Of(row, hash);
            rows.Add(row);
        }

        await using (var head = db.InTransaction("UPDATE audit_chain_head SET last_hash = @hash WHERE id = 1", ("@hash", hash)))
        {
            await head.ExecuteNonQueryAsync(ct);
        }
        db.AuditEntries.AddRange(rows);
    }
}
