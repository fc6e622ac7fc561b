using Microsoft.AspNetCore.Hosting;
using MimeKit;

namespace Ratusha.Tests.Infrastructure;

/// <summary>
/// A host of its own that sends mail to the real SMTP server scripts/setup-smtp.sh starts on loopback (aiosmtpd keeping
/// every message in a Maildir), with reminder and delivery rounds every second.
/// </summary>
public abstract class MailApp(Provider provider) : RatushaApp(provider)
{
    public static string Maildir => Environment.GetEnvironmentVariable("RATUSHA_TEST_MAILDIR") is { Length: > 0 } dir
        ? dir
        : throw new InvalidOperationException("The SMTP server for the tests is not configured. Run the tests with scripts/test, or start it with scripts/setup-smtp.sh and set RATUSHA_TEST_MAILDIR and RATUSHA_TEST_SMTP.");

    protected override void Configure(IWebHostBuilder builder)
    {
        var smtp = Environment.GetEnvironmentVariable("RATUSHA_TEST_SMTP") is { Length: > 0 } s ? s : throw new InvalidOperationException(
            "RATUSHA_TEST_SMTP is not set: run the tests with scripts/test, or start scripts/setup-smtp.sh and set RATUSHA_TEST_SMTP=127.0.0.1:2525.");
        builder.UseSetting("Mail:Smtp:Host", smtp.Split(':')[0]);
        builder.UseSetting("Mail:Smtp:Port", smtp.Split(':')[1]);
        builder.UseSetting("Mail:Smtp:PollInterval", "00:00:01");
        builder.UseSetting("Reminders:Enabled", "true");
        builder.UseSetting("Reminders:Interval", "00:00:01");
    }

    /// <summary>The letters the SMTP server has kept whose text contains <paramref name="marker"/>.</summary>
    public static List<MimeMessage> LettersAbout(string marker)
    {
        var folder = Path.Combine(Maildir, "new");
        if (!Directory.Exists(folder)) return [];
        return [.. Directory.GetFiles(folder).Select(f => MimeMessage.Load(f)).Where(m => (m.TextBody ?? "").Contains(marker, StringComparison.Ordinal))];
    }
}

public sealed class SqliteMailApp() : MailApp(Provider.Sqlite);

public sealed class PostgresMailApp() : MailApp(Provider.Postgres);
