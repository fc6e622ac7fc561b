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
            ? await CopyBaselineAsync(services.GetRequiredService<RatushaDb>(), path) : ((TimeSpan Copy, TimeSpan Tables)?)null;
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
        if (baseline is var (copy, tables))
        {
            var import = watch.Elapsed.TotalSeconds;
            string Rate(double seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds:F1} с ({report.Rows / seconds:N0} рядків/с)");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"COPY того самого файлу в таблицю без індексів: {Rate(copy.TotalSeconds)}; імпорт: {Rate(import)}; імпорт / COPY = {copy.TotalSeconds / import:F3}×"));
            var bare = copy + tables;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"COPY того самого файлу в копії таблиць карток і звернень з їхніми індексами: {Rate(bare.TotalSeconds)}; імпорт / COPY у ті самі таблиці = {bare.TotalSeconds / import:F3}×"));
        }
        return 0;
    }

    /// <summary>
    /// The file as the database alone loads it, two yardsticks. <c>Copy</c>: <c>COPY … FROM STDIN (FORMAT csv)</c> into a
    /// logged scratch table of text columns, one per header — nothing parsed, checked, numbered or indexed. <c>Tables</c>:
    /// then, the bare SQL that puts those rows where the import puts them — one <c>INSERT … SELECT</c> each into copies of
    /// <c>registration_cards</c> and <c>appeals</c> made with <c>LIKE … INCLUDING ALL</c> (the same indexes, the same
    /// computed search column), with no checks, no journal counter, no audit. Everything is dropped afterwards.
    /// </summary>
    private static async Task<(TimeSpan Copy, TimeSpan Tables)> CopyBaselineAsync(RatushaDb db, string path)
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
        var copied = watch.Elapsed;
        if (header.Split(delimiter).Length < 7)
            throw new InvalidOperationException("--copy-baseline очікує вивантаження з 7 стовпців (bench/Ratusha.Load hotline-file).");
        await Run("""
            DROP TABLE IF EXISTS hotline_bare_cards; DROP TABLE IF EXISTS hotline_bare_appeals;
            CREATE TABLE hotline_bare_cards (LIKE registration_cards INCLUDING ALL);
            CREATE TABLE hotline_bare_appeals (LIKE appeals INCLUDING ALL);
            """);
        watch.Restart();
        // The columns of hotline-file: case number; time of the call; name; address; phone; topic; text.
        await Run("""
            INSERT INTO hotline_bare_cards (id, journal_id, sequence_key, year, number, index, received_at, registered_on, summary, registered_at, version)
            SELECT md5('c' || n)::uuid, md5('journal')::uuid, 'bare', 2026, n, 'УКЦ-' || n, now(), current_date, left(c7, 2000), now(), 0
            FROM (SELECT c7, row_number() OVER () AS n FROM hotline_copy_baseline) s;
            INSERT INTO hotline_bare_appeals (id, card_id, channel, sign, type, subject, surname, given_name, patronymic, address, phone,
                categories, topic, text, surname_key, phone_digits, no_additional_study, is_privileged, tracking_code, version,
                centre_received_at, external_case_number)
            SELECT md5('a' || n)::uuid, md5('c' || n)::uuid, '1.4.1', '2.1', '3.2', '4.1',
                split_part(c3, ' ', 1), split_part(c3, ' ', 2), split_part(c3, ' ', 3), c4, c5, '{}', c6, c7,
                lower(split_part(c3, ' ', 1)), regexp_replace(c5, '\D', '', 'g'), false, false, lpad(n::text, 9, '0'), 0,
                to_timestamp(c2, 'DD.MM.YYYY HH24:MI'), c1
            FROM (SELECT *, row_number() OVER () AS n FROM hotline_copy_baseline) s;
            """);
        var tables = watch.Elapsed;
        await Run("DROP TABLE hotline_copy_baseline; DROP TABLE hotline_bare_cards; DROP TABLE hotline_bare_appeals");
        return (copied, tables);
    }
}
