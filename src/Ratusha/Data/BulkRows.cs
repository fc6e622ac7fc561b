using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using Ratusha.Features.Registration;

namespace Ratusha.Data;

/// <summary>
/// Many rows at once, past the change tracker: binary COPY on PostgreSQL, one prepared INSERT per row on SQLite, in the
/// caller's transaction. The caller builds the rows with the entities' own factories; whatever the change tracker would
/// add (the audit trail, versions) is the caller's business.
/// </summary>
internal static class BulkRows
{
    /// <summary>
    /// A block of numbers per year of a journal's sequence, taken from the counter in one update per year as
    /// <see cref="JournalNumbering"/> takes one: gapless and unique, the counter row locked until the caller's
    /// transaction ends. <paramref name="years"/> has one year per row; the answer is the first number of each year's block.
    /// </summary>
    public static async Task<Dictionary<int, int>> ReserveAsync(RatushaDb db, Journal journal, IEnumerable<int> years, CancellationToken ct = default)
    {
        var first = new Dictionary<int, int>();
        foreach (var (year, taken) in years.CountBy(y => y))
        {
            await using var take = db.InTransaction(JournalNumbering.TakeSql, ("@key", journal.SequenceKey), ("@year", year), ("@taken", taken));
            first[year] = Convert.ToInt32(await take.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) - taken + 1;
        }
        return first;
    }

    /// <summary>An integer key the database numbers itself (identity on PostgreSQL, rowid on SQLite), as EF Core maps one by convention.</summary>
    private static bool IsIdentity(IProperty p) => p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType == typeof(long);

    /// <summary>
    /// Writes the mapped columns of the rows, converted as EF Core converts them. Whatever the database computes itself
    /// (a full-text search column, say) is not in the list and stays the database's business.
    /// </summary>
    public static async Task WriteAsync<T>(RatushaDb db, IEnumerable<T> rows, CancellationToken ct = default) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !p.IsShadowProperty() && p.ValueGenerated != ValueGenerated.OnAddOrUpdate && !IsIdentity(p)).ToArray();
        var names = string.Join(", ", columns.Select(p => $"\"{p.GetColumnName(store)}\""));
        var getters = columns.Select(p => p.GetGetter()).ToArray();
        var converters = columns.Select(p => p.GetTypeMapping().Converter).ToArray();
        object? Value(int i, T row) =>
            getters[i].GetClrValueUsingContainingEntity(row) is { } v ? converters[i]?.ConvertToProvider(v) ?? v : null;

        if (db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            // Values go into the importer's buffer synchronously (it sends a full buffer on its own): an awaited call per
            // value would cost more than the value.
            await using var copy = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in rows)
            {
                copy.StartRow();
                for (var i = 0; i < columns.Length; i++)
                {
                    if (Value(i, row) is { } value) copy.Write(value);
                    else copy.WriteNull();
                }
            }
            await copy.CompleteAsync(ct);
            return;
        }

        await using var insert = db.InTransaction($"INSERT INTO \"{table}\" ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})",
            [.. columns.Select((_, i) => ($"@p{i}", (object)DBNull.Value))]);
        await insert.PrepareAsync(ct);
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++) insert.Parameters[i].Value = Value(i, row) ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(ct);
        }
    }
}
