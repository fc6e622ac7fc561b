using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Ratusha.Data;

namespace Ratusha.Features.Audit;

/// <summary>Turns the tracked changes of one SaveChanges into audit rows, in the same transaction.</summary>
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
        string? Snapshot(Func<PropertyEntry, object?> value) => Serialize(properties.Select(p => (p.Metadata.Name, value(p))));
        return new Change(
            entry.Metadata.ClrType.Name,
            string.Join(",", key),
            entry.State.ToString(),
            entry.State == EntityState.Added ? null : Snapshot(p => p.OriginalValue),
            entry.State == EntityState.Deleted ? null : Snapshot(p => p.CurrentValue));
    }

    /// <summary>
    /// The change of a new entity written past the change tracker (a bulk import): the same row the tracker would
    /// describe for it when added — its mapped properties in the model's order.
    /// </summary>
    public static Change Added(IEntityType type, object entity)
    {
        if (type.GetProperties().Any(p => p.IsShadowProperty()))
            throw new InvalidOperationException($"{type.ClrType.Name} has shadow properties: add it through the change tracker.");
        object? Value(IProperty p) => p.GetGetter().GetClrValueUsingContainingEntity(entity);
        return new Change(
            type.ClrType.Name,
            string.Join(",", type.FindPrimaryKey()!.Properties.Select(p => Format(Value(p)))),
            nameof(EntityState.Added),
            null,
            Serialize(type.GetProperties().Select(p => (p.Name, Value(p)))));
    }

    /// <summary>
    /// The properties as one JSON object, name by name. Plain values are written as the serializer's own converters
    /// write them (a bulk import snapshots two entities a row, so the shortcut matters); anything else goes through
    /// the serializer.
    /// </summary>
    private static string Serialize(IEnumerable<(string Name, object? Value)> properties)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder }))
        {
            writer.WriteStartObject();
            foreach (var (name, raw) in properties)
            {
                writer.WritePropertyName(name);
                switch (Secret.Contains(name) ? "***" : Summary(raw))
                {
                    case null: writer.WriteNullValue(); break;
                    case string text: writer.WriteStringValue(text); break;
                    case Guid guid: writer.WriteStringValue(guid); break;
                    case DateTimeOffset instant: writer.WriteStringValue(instant); break;
                    case int number: writer.WriteNumberValue(number); break;
                    case long number: writer.WriteNumberValue(number); break;
                    case bool flag: writer.WriteBooleanValue(flag); break;
                    case var value: JsonSerializer.Serialize(writer, value, value.GetType(), Json); break;
                }
            }
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>File contents are recorded by size and hash, not copied into the trail.</summary>
    private static object? Summary(object? value) =>
        value is byte[] bytes ? $"{bytes.Length} B, SHA-256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))}" : value;

    private static string Format(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// The rows of the changes, unsealed, added to the save that writes the changes: the trail is in the same transaction
    /// as the change, and no lock is shared with other writers. <see cref="AuditSealer"/> chains them after commit.
    /// </summary>
    public static void Add(RatushaDb db, IReadOnlyList<Change> changes, ICurrentActor actor, DateTimeOffset now)
    {
        var at = Stored(now);
        db.AuditEntries.AddRange(changes.Select(c => Row(c, actor, at)));
    }

    private static AuditEntry Row(Change c, ICurrentActor actor, DateTimeOffset at) => new()
    {
        At = at,
        UserId = actor.UserId,
        UserName = actor.Name,
        EntityType = c.EntityType,
        EntityId = c.EntityId,
        Action = c.Action,
        Before = c.Before,
        After = c.After,
    };

    /// <summary>The instant as both databases keep it (PostgreSQL to the microsecond), so that the hash is of what is stored.</summary>
    private static DateTimeOffset Stored(DateTimeOffset now) => new(now.UtcTicks - now.UtcTicks % 10, TimeSpan.Zero);

    /// <summary>
    /// A block of the chain taken from the head for a known number of rows: the head's sequence moves past them at once
    /// and stays locked until the caller's transaction ends. The sealer seals committed rows with it; a bulk import
    /// makes its rows sealed, streaming them while they are made. <see cref="CloseAsync"/> moves the head's hash to the last one.
    /// </summary>
    public sealed class ChainBlock
    {
        private readonly int count;
        private long sequence;
        private string hash;
        private int chained;

        private ChainBlock(int count, long sequence, string hash) => (this.count, this.sequence, this.hash) = (count, sequence, hash);

        public static async Task<ChainBlock> TakeAsync(RatushaDb db, int count, CancellationToken ct)
        {
            await using var reserve = db.InTransaction(
                "UPDATE audit_chain_head SET last_sequence = last_sequence + @count WHERE id = 1 RETURNING last_sequence, last_hash",
                ("@count", (long)count));
            await using var reader = await reserve.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct)) throw new InvalidOperationException("The audit chain head row is missing.");
            return new ChainBlock(count, reader.GetInt64(0) - count, reader.GetString(1));
        }

        /// <summary>New rows of the changes, sealed, each chained to the one before; enumerate once.</summary>
        public IEnumerable<AuditEntry> Rows(IEnumerable<Change> changes, ICurrentActor actor, DateTimeOffset now)
        {
            var at = Stored(now);
            foreach (var c in changes) yield return Seal(Row(c, actor, at));
        }

        /// <summary>Gives the row the next place in the chain and its hash.</summary>
        public AuditEntry Seal(AuditEntry row)
        {
            if (++chained > count) throw new InvalidOperationException($"The chain block was taken for {count} rows.");
            row.Sequence = ++sequence;
            row.PreviousHash = hash;
            row.Hash = hash = AuditHash.Of(row, sequence, hash);
            return row;
        }

        public async Task CloseAsync(RatushaDb db, CancellationToken ct)
        {
            if (chained != count) throw new InvalidOperationException($"The chain block was taken for {count} rows, {chained} were chained.");
            await using var head = db.InTransaction("UPDATE audit_chain_head SET last_hash = @hash WHERE id = 1", ("@hash", hash));
            await head.ExecuteNonQueryAsync(ct);
        }
    }
}
