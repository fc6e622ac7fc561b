using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Playwright;
using Ratusha.Features.Analytics.Pages;

namespace Ratusha.Features.Analytics;

/// <summary>
/// Prints HTML to PDF with the system Chromium (Playwright drives it; no GPL/AGPL library in the process). The
/// browser is started on the first print, shared by all requests, restarted if it died, and closed with the host.
/// The Chromium is <c>Pdf:Chromium</c>, else the environment's RATUSHA_CHROMIUM, else /usr/bin/chromium when present;
/// without one, <see cref="Available"/> is false and the PDF endpoints answer 503 saying what to install.
/// </summary>
public sealed class PdfPrinter(IConfiguration configuration, ILogger<PdfPrinter> log) : IAsyncDisposable
{
    public const string Missing =
        "Друк у PDF недоступний: на сервері не знайдено браузер Chromium. Установіть його (scripts/setup-chromium.sh або apt-get install chromium) " +
        "і вкажіть шлях у параметрі Pdf:Chromium або змінній середовища RATUSHA_CHROMIUM.";

    private readonly SemaphoreSlim gate = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string? Chromium { get; } = Locate(configuration);

    public bool Available => Chromium is not null;

    private static string? Locate(IConfiguration configuration)
    {
        var path = configuration["Pdf:Chromium"] is { Length: > 0 } configured ? configured
            : Environment.GetEnvironmentVariable("RATUSHA_CHROMIUM") is { Length: > 0 } env ? env
            : "/usr/bin/chromium";
        return File.Exists(path) ? path : null;
    }

    /// <summary>An A4 landscape PDF of a whole HTML document; scripts are off and nothing is fetched from the network.</summary>
    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        var shared = await BrowserAsync(ct);
        await using var context = await shared.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true, Locale = "uk-UA" });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            Landscape = true,
            PrintBackground = true,
            Margin = new Margin { Top = "12mm", Bottom = "12mm", Left = "12mm", Right = "12mm" },
        });
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (browser is { IsConnected: true } ready) return ready;
        await gate.WaitAsync(ct);
        try
        {
            if (browser is { IsConnected: true } started) return started;
            if (Chromium is null) throw new InvalidOperationException(Missing);
            if (browser is not null) await browser.DisposeAsync();
            playwright ??= await Playwright.CreateAsync();
            log.LogInformation("Starting Chromium {Path} for PDF printing", Chromium);
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage"],
            });
            return browser;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        gate.Dispose();
    }
}

/// <summary>A report as one HTML document for printing: the same component as the page, with the site's styles inlined.</summary>
internal static class ReportDocument
{
    public static async Task<string> HtmlAsync(HttpContext http, AnalyticsReport report, string council)
    {
        var services = http.RequestServices;
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var body = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(ReportView.Report)] = report,
                [nameof(ReportView.Downloads)] = false,
                [nameof(ReportView.CouncilName)] = council,
            });
            return (await renderer.RenderComponentAsync<ReportView>(parameters)).ToHtmlString();
        });
        var css = "";
        var file = services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo("css/site.css");
        if (file.Exists)
        {
            using var reader = new StreamReader(file.CreateReadStream());
            css = await reader.ReadToEndAsync();
        }
        var origin = $"{http.Request.Scheme}://{http.Request.Host}/";
        return $$"""
            <!DOCTYPE html>
            <html lang="uk"><head><meta charset="utf-8" /><base href="{{System.Net.WebUtility.HtmlEncode(origin)}}" />
            <title>{{System.Net.WebUtility.HtmlEncode(report.Title)}}</title>
            <style>{{css}}
            body { background: #fff; font-size: 11pt; } main.print { max-width: none; margin: 0; padding: 0; } table.grid th, table.grid td { padding: .2rem .4rem; }
            </style></head>
            <body><main class="print report-print">{{body}}</main></body></html>
            """;
    }
}
