using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using Ratusha.Features.Demo;

namespace Ratusha.E2E;

/// <summary>
/// The product on a real Kestrel port on loopback, with the demo council on a fresh SQLite file, and the system
/// Chromium driven by Playwright (the Playwright browser download is not reachable; scripts/setup-chromium.sh installs it).
/// </summary>
public class BrowserHost : IAsyncLifetime
{
    public const string Password = DemoData.DefaultPassword;
    private readonly Factory factory;

    public BrowserHost() => factory = new Factory(Settings());

    /// <summary>Settings over the defaults: a host for a purpose of its own overrides them.</summary>
    protected virtual Dictionary<string, string> Settings() => new() { ["Reminders:Enabled"] = "false", ["Demo:Items"] = "false" };
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;
    public string BaseUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        factory.UseKestrel(0);
        factory.StartServer();
        BaseUrl = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        var chromium = Environment.GetEnvironmentVariable("RATUSHA_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException(
                $"Chromium is not at {chromium}. Install it with scripts/setup-chromium.sh (apt-get install chromium) or set RATUSHA_CHROMIUM; run the tests with scripts/test.");
        // A page that answers in 6 s on a loaded CI machine is slow, not wrong: assertions wait as long as actions do.
        Assertions.SetDefaultExpectTimeout(20_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "uk-UA", TimezoneId = "Europe/Kyiv" });
        return await context.NewPageAsync();
    }

    /// <summary>A page signed in through the log-in form as the demo user of that name.</summary>
    public async Task<IPage> LogInAsync(string userName)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Ім'я користувача").FillAsync(userName);
        await page.GetByLabel("Пароль").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();
        try
        {
            await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal),
                new PageWaitForURLOptions { Timeout = 15_000, WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"Log-in as {userName} stayed on {page.Url}: {await page.InnerTextAsync("body")}");
        }
        return page;
    }

    /// <summary>Saves a full-page picture when RATUSHA_SCREENSHOTS names a folder, for a person to look at.</summary>
    public async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("RATUSHA_SCREENSHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private sealed class Factory(Dictionary<string, string> settings) : WebApplicationFactory<Program>
    {
        private readonly string database = Path.Combine(Path.GetTempPath(), "ratusha-e2e", $"{Guid.NewGuid():N}.db");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(database)!);
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Ratusha", $"Data Source={database}");
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("RateLimits:LoginPerMinute", "10000");
            builder.UseSetting("RateLimits:PublicSubmissionsPerMinute", "10000");
            builder.UseSetting("RateLimits:PublicLookupsPerMinute", "10000");
            builder.UseSetting("Logging:Console:FormatterName", "simple");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
