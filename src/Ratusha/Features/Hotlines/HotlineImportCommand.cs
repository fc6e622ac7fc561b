using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Deadlines;

namespace Ratusha.Features.Hotlines;

/// <summary>
/// <c>import-hotline --source 1545|regional --file PATH [--copy-baseline true]</c>: the same import as the web page, for
/// files of any size, read from disk as a stream. Prints the counts and the rejected rows. With --copy-baseline (on
/// PostgreSQL) the same file is first loaded by the database's own <c>COPY</c> into a scratch table, in the same run
/// and on the same database, and both rates are printed: the yardstick of the import's speed.
/// </summary>
internal static class HotlineImportCommand
{
    public static async Task<int> RunAsync(WebApplication app)
    {
        var source = HotlineSource.Find(app.Configuration["source"]);
        var path = app.Configuration["file"];
        if (source is null || string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            Console.Error.WriteLine("Вкажіть джерело і файл: import-hotline --source 1545|regional --file вивантаження.csv");
            return 2;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var baseline = app.Configuration.GetValue("copy-baseline", false)
            ? await CopyBaselineAsync(services.GetRequiredService<RatushaDb>(), path) : (TimeSpan?)null;
        var watch = Stopwatch.StartNew();
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var outcome = await HotlineUpload.ImportAsync(services.GetRequiredService<RatushaDb>(), services.GetRequiredService<CalendarStore>(),
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ICurrentActor>(), source, path, stream, default);
        if (outcome.Value is not { } report)
        {
            Console.Error.WriteLine(string.Join(" ", outcome.Errors.Values.SelectMany(v => v)));
            return 1;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Рядків: {report.Rows:N0}; зареєстровано: {report.Registered:N0}; пропущено: {report.Skipped:N0}; відхилено: {report.Rejected:N0} ({watch.Elapsed:hh\\:mm\\:ss})."));
        foreach (var problem in report.RejectedRows) Console.WriteLine($"  рядок {problem.Row}: {problem.Reason}");
        if (baseline is { } copy)
        {
            var (importRate, copyRate) = (report.Rows / watch.Elapsed.TotalSeconds, report.Rows / copy.TotalSeconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"COPY того самого файлу: {copy.TotalSeconds:F1} с ({copyRate:N0} рядків/с); імпорт: {watch.Elapsed.TotalSeconds:F1} с ({importRate:N0} рядків/с); імпорт / COPY = {importRate / copyRate:F3}×"));
        }
        return 0;
    }

    /// <summary>
    /// The file as the database alone loads it: <c>COPY … FROM STDIN (FORMAT csv)</c> into a logged scratch table of
    /// text columns, one per header, dropped afterwards. Nothing is parsed, checked, numbered or indexed.
    /// </summary>
    private static async Task<TimeSpan> CopyBaselineAsync(RatushaDb db, string path)
    {
        if (db.Database.GetDbConnection() is not Npgsql.NpgsqlConnection connection)
            throw new InvalidOperationException("--copy-baseline порівнює з COPY PostgreSQL: запустіть з --Database:Provider=Postgres.");
        await db.Database.OpenConnectionAsync();
        string header;
        using (var reader = new StreamReader(path)) header = await reader.ReadLineAsync() ?? "";
        var delimiter = header.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var columns = string.Join(", ", Enumerable.Range(1, header.Split(delimiter).Length).Select(i => $"c{i} text"));
        async Task Run(string sql)
        {
            await using var command = new Npgsql.NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync();
        }
        await Run($"DROP TABLE IF EXISTS hotline_copy_baseline; CREATE TABLE hotline_copy_baseline ({columns})");
        var watch = Stopwatch.StartNew();
        await using (var copy = await connection.BeginTextImportAsync($"COPY hotline_copy_baseline FROM STDIN (FORMAT csv, HEADER true, DELIMITER '{delimiter}')"))
        using (var file = new StreamReader(path))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = await file.ReadAsync(buffer)) > 0) await copy.WriteAsync(buffer.AsMemory(0, read));
        }
        var elapsed = watch.Elapsed;
        await Run("DROP TABLE hotline_copy_baseline");
        return elapsed;
    }
}
