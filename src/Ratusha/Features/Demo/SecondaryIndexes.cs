using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ratusha.Data;

namespace Ratusha.Features.Demo;

/// <summary>
/// For a load of millions of rows on PostgreSQL: the tables' secondary indexes (not those behind primary keys or
/// constraints) and their foreign keys are dropped before the load and made again after it, once and in bulk, which
/// is many times faster than keeping them up to date row by row (a foreign key checks every inserted row with a query
/// of its own). Their definitions are printed first, so that they can be restored by hand if the process is killed in
/// between. <see cref="FinishAsync"/> makes them again with what else follows a load (the tallies, ANALYZE) on
/// <see cref="Lanes"/> connections side by side; the tables end as they were, with their keys validated.
/// </summary>
internal sealed class SecondaryIndexes
{
    /// <summary>How many connections load and index side by side: the tables are CPU-bound on the server (the search column).</summary>
    public static int Lanes => Math.Clamp(Environment.ProcessorCount, 2, 8);

    /// <summary>Per connection for building indexes: a GIN index builds in memory and writes out each time this fills up.</summary>
    private const string MaintenanceMemory = "1GB";

    private readonly List<Dropped> indexes;
    private readonly List<Dropped> keys;

    private sealed record Dropped(string Table, string Name, string Definition);

    /// <summary>One step of the work after a load: its name in <see cref="SeedPhases"/> and its SQL.</summary>
    public readonly record struct Step(string Phase, string Sql);

    private SecondaryIndexes(List<Dropped> indexes, List<Dropped> keys) => (this.indexes, this.keys) = (indexes, keys);

    public static async Task<SecondaryIndexes?> DropAsync(RatushaDb db, string[] tables, TextWriter progress)
    {
        if (db.Database.GetDbConnection() is not NpgsqlConnection connection) return null;
        await db.Database.OpenConnectionAsync();
        var indexes = await ReadAsync(connection, tables,
            """
            SELECT i.tablename, i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            ORDER BY i.tablename, i.indexname
            """);
        var keys = await ReadAsync(connection, tables,
            """
            SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c
            JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE c.contype = 'f' AND n.nspname = current_schema() AND t.relname = ANY(@tables)
            ORDER BY t.relname, c.conname
            """);
        progress.WriteLine("  індекси й зовнішні ключі знято на час завантаження (відновлення вручну, якщо процес перервано):");
        foreach (var key in keys)
        {
            progress.WriteLine($"    {AddKey(key)};");
            await ExecuteAsync(connection, $"ALTER TABLE \"{key.Table}\" DROP CONSTRAINT \"{key.Name}\"");
        }
        foreach (var index in indexes)
        {
            progress.WriteLine($"    {index.Definition};");
            await ExecuteAsync(connection, $"DROP INDEX \"{index.Name}\"");
        }
        return new SecondaryIndexes(indexes, keys);
    }

    /// <summary>
    /// The indexes and keys dropped only (after a failed load: the rows already committed stay, the tables whole).
    /// </summary>
    public static Task RestoreAsync(RatushaDb db, SecondaryIndexes dropped, TextWriter progress, SeedPhases phases) =>
        FinishAsync(db, dropped, [], [], progress, phases);

    /// <summary>
    /// After a load on PostgreSQL, on <see cref="Lanes"/> connections: the foreign keys are added back unvalidated (a
    /// moment); then the indexes are built (the GIN ones first: they take longest and cannot use parallel workers)
    /// side by side with <paramref name="alongside"/>; then, per table, its keys validated and ANALYZE — each step
    /// waits only for the steps on its own table. Without <paramref name="dropped"/> (a small load) only
    /// <paramref name="alongside"/> and ANALYZE run.
    /// </summary>
    public static async Task FinishAsync(RatushaDb db, SecondaryIndexes? dropped, IReadOnlyList<Step> alongside, string[] analyze, TextWriter progress, SeedPhases phases)
    {
        var connectionString = db.Database.GetConnectionString()!;
        if (dropped is not null && dropped.keys.Count > 0)
        {
            await using var connection = await OpenAsync(connectionString);
            var watch = Stopwatch.StartNew();
            foreach (var key in dropped.keys) await ExecuteAsync(connection, AddKey(key) + " NOT VALID");
            phases.Add("зовнішні ключі (без перевірки)", watch.Elapsed);
        }

        var built = dropped?.indexes ?? [];
        List<Step[]> first =
        [
            .. built.Where(i => Gin(i)).Select(i => new[] { new Step($"індекс {i.Name}", i.Definition) }),
            .. alongside.Select(s => new[] { s }),
            .. built.Where(i => !Gin(i)).Select(i => new[] { new Step($"індекс {i.Name}", i.Definition) }),
        ];
        await RunAsync(connectionString, first, progress, phases);

        var keysOf = (dropped?.keys ?? []).ToLookup(k => k.Table);
        var tables = analyze.Concat(keysOf.Select(k => k.Key)).Distinct().OrderByDescending(t => keysOf[t].Count());
        await RunAsync(connectionString, [.. tables.Select(table => (Step[])
            [
                .. keysOf[table].Select(k => new Step($"перевірка ключа {k.Name}", $"ALTER TABLE \"{k.Table}\" VALIDATE CONSTRAINT \"{k.Name}\"")),
                .. analyze.Contains(table) ? [new Step($"ANALYZE {table}", $"ANALYZE \"{table}\"")] : Array.Empty<Step>(),
            ])], progress, phases);
    }

    /// <summary>The jobs, each a list of steps run in order on one connection, on up to <see cref="Lanes"/> connections at once.</summary>
    private static async Task RunAsync(string connectionString, List<Step[]> jobs, TextWriter progress, SeedPhases phases)
    {
        var queue = new ConcurrentQueue<Step[]>(jobs);
        await Task.WhenAll(Enumerable.Range(0, Math.Min(Lanes, jobs.Count)).Select(_ => Task.Run(async () =>
        {
            await using var connection = await OpenAsync(connectionString);
            await ExecuteAsync(connection, $"SET maintenance_work_mem = '{MaintenanceMemory}'");
            while (queue.TryDequeue(out var job))
                foreach (var step in job)
                {
                    var watch = Stopwatch.StartNew();
                    await ExecuteAsync(connection, step.Sql);
                    phases.Add(step.Phase, watch.Elapsed);
                    lock (progress) progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step.Phase}: {watch.Elapsed:mm\\:ss}"));
                }
        })));
    }

    private static bool Gin(Dropped index) => index.Definition.Contains(" USING gin ", StringComparison.OrdinalIgnoreCase);

    private static string AddKey(Dropped key) => $"ALTER TABLE \"{key.Table}\" ADD CONSTRAINT \"{key.Name}\" {key.Definition}";

    private static async Task<List<Dropped>> ReadAsync(NpgsqlConnection connection, string[] tables, string sql)
    {
        var found = new List<Dropped>();
        await using var query = new NpgsqlCommand(sql, connection);
        query.Parameters.AddWithValue("tables", tables);
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync()) found.Add(new Dropped(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return found;
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
