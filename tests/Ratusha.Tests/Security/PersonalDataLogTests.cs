using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ratusha.Tests.Admin;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Security;

/// <summary>Every log line the host writes, with its scopes and exceptions, at the levels of the production settings.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new StringBuilder($"{logLevel} {category}: {formatter(state, exception)} {exception}");
            owner.scopes.ForEachScope((scope, text) => text.Append(" | ").Append(scope), line);
            owner.Lines.Enqueue(line.ToString());
        }
    }
}

public abstract class LoggedApp(Provider provider) : RatushaApp(provider)
{
    public CapturedLogs Logs { get; } = new();

    protected override void Configure(IWebHostBuilder builder)
    {
        // The production levels (appsettings.json), and the product's own categories down to Debug.
        builder.UseSetting("Logging:LogLevel:Default", "Information");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        builder.UseSetting("Logging:LogLevel:Ratusha", "Debug");
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }
}

public sealed class SqliteLoggedApp() : LoggedApp(Provider.Sqlite);

public sealed class PostgresLoggedApp() : LoggedApp(Provider.Postgres);

/// <summary>
/// Personal data never reaches the logs (issue 6, item 5; Law «Про захист персональних даних»): an appeal registered
/// by a registrar and one from the citizen portal, a refused one, a search and a failed log-in by e-mail, with a
/// distinctive name, e-mail and phone — none of them appears in any log line, scope or exception.
/// </summary>
public abstract class PersonalDataLogTests(LoggedApp app)
{
    [Fact]
    public async Task Registration_search_and_log_in_leave_no_name_e_mail_or_phone_in_the_logs()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var surname = "Зорепадович" + string.Concat(tag.Select(c => (char)('а' + c % 20)));
        var email = $"zorepad.{tag}@example.org";
        const string phone = "+380671234598";

        var registrar = await app.As("registrar");
        var registered = await registrar.PostAsJsonAsync("/api/v1/appeals/", new Dictionary<string, object?>
        {
            ["receivedAt"] = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(2)),
            ["channel"] = "1.1",
            ["type"] = "3.2",
            ["sign"] = "2.1",
            ["subject"] = "5.1",
            ["surname"] = surname,
            ["givenName"] = "Мирослава",
            ["address"] = "вул. Зоряна, 7",
            ["email"] = email,
            ["phone"] = phone,
            ["topic"] = "09",
            ["text"] = "Прошу полагодити ліхтар біля будинку.",
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var refused = await registrar.PostAsJsonAsync("/api/v1/appeals/", new { channel = "1.1", type = "3.2", text = "x", surname, email = email + "@", phone });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await registrar.GetAsync($"/api/v1/appeals/?q={Uri.EscapeDataString(surname)}")).StatusCode);

        var portal = await (await PageForm.OpenAsync(app.Anonymous(), "/public/appeal", "public-appeal"))
            .Set("surname", surname).Set("givenName", "Мирослава").Set("address", "вул. Зоряна, 7").Set("email", email).Set("phone", phone)
            .Set("text", "Прошу прибрати сміття у дворі.").Check("consent").SubmitAsync();
        Assert.NotNull(portal.QuerySelector("#public-index"));

        var login = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName = email, password = "Wrong-password-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);

        var lines = app.Logs.Lines.ToList();
        foreach (var secret in new[] { surname, email, phone, "671234598", "Зоряна" })
        {
            var leaks = lines.Where(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(leaks.Count == 0, $"«{secret}» is in the logs:\n" + string.Join("\n", leaks));
        }
    }
}

public sealed class PersonalDataLogOnSqlite(SqliteLoggedApp app) : PersonalDataLogTests(app), IClassFixture<SqliteLoggedApp>;

public sealed class PersonalDataLogOnPostgres(PostgresLoggedApp app) : PersonalDataLogTests(app), IClassFixture<PostgresLoggedApp>;
