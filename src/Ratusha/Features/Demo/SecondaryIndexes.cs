using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ratusha.Data;

namespace Ratusha.Features.Demo;

/// <summary>
/// For a load of millions of rows on PostgreSQL: the tables' secondary indexes (not those behind primary keys or
/// constraints) are dropped before the load and built again after it, once and in bulk, which is many times faster
/// than keeping them up to date row by row. Their definitions are printed first, so that they can be restored by hand
/// if the process is killed in between.
/// </summary>
internal sealed class SecondaryIndexes
{
    private readonly RatushaDb db;
    private readonly List<(string Name, string Definition)> dropped;

    private SecondaryIndexes(RatushaDb db, List<(string, string)> dropped) => (this.db, this.dropped) = (db, dropped);

    public static async Task<SecondaryIndexes?> DropAsync(RatushaDb db, string[] tables, TextWriter progress)
    {
        if (db.Database.GetDbConnection() is not NpgsqlConnection connection) return null;
        await db.Database.OpenConnectionAsync();
        var found = new List<(string, string)>();
        await using (var query = new NpgsqlCommand(
            """
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            ORDER BY i.tablename, i.indexname
            """, connection))
        {
            query.Parameters.AddWithValue("tables", tables);
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync()) found.Add((reader.GetString(0), reader.GetString(1)));
        }
        progress.WriteLine("  індекси знято на час завантаження (відновлення вручну, якщо процес перервано):");
        foreach (var (name, definition) in found)
        {
            progress.WriteLine($"    {definition};");
            await using var drop = new NpgsqlCommand($"DROP INDEX \"{name}\"", connection);
            await drop.ExecuteNonQueryAsync();
        }
        return new SecondaryIndexes(db, found);
    }

    public async Task RestoreAsync(TextWriter progress, SeedPhases? phases = null)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using (var memory = new NpgsqlCommand("SET maintenance_work_mem = '512MB'", connection)) await memory.ExecuteNonQueryAsync();
        foreach (var (name, definition) in dropped)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await using var create = new NpgsqlCommand(definition, connection) { CommandTimeout = 0 };
            await create.ExecuteNonQueryAsync();
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  індекс {name}: {watch.Elapsed:mm\\:ss}"));
            phases?.Add($"індекс {name}", watch.Elapsed);
        }
    }

    /// <summary>Fresh statistics for the planner after a load (PostgreSQL; SQLite plans without them).</summary>
    public static async Task AnalyzeAsync(RatushaDb db, string[] tables)
    {
        if (db.Database.GetDbConnection() is not NpgsqlConnection connection) return;
        await db.Database.OpenConnectionAsync();
        foreach (var table in tables)
        {
            await using var analyze = new NpgsqlCommand($"ANALYZE \"{table}\"", connection) { CommandTimeout = 0 };
            await analyze.ExecuteNonQueryAsync();
        }
    }
}
