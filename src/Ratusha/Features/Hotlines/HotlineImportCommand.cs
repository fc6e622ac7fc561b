using System.Diagnostics;
using System.Globalization;
using Ratusha.Data;
using Ratusha.Features.Deadlines;

namespace Ratusha.Features.Hotlines;

/// <summary>
/// <c>import-hotline --source 1545|regional --file PATH</c>: the same import as the web page, for files of any size,
/// read from disk as a stream. Prints the counts and the rejected rows.
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
        return 0;
    }
}
