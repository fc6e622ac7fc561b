using Microsoft.Playwright;
using MimeKit;

namespace Ratusha.E2E;

/// <summary>
/// The demo council as scripts/run shows it, sending mail to the SMTP server scripts/setup-smtp.sh starts: reminder and
/// overdue rounds every second.
/// </summary>
public sealed class DemoCouncilHost : BrowserHost
{
    protected override Dictionary<string, string> Settings()
    {
        var smtp = Environment.GetEnvironmentVariable("RATUSHA_TEST_SMTP") is { Length: > 0 } s ? s : throw new InvalidOperationException(
            "RATUSHA_TEST_SMTP is not set: run the tests with scripts/test, or start scripts/setup-smtp.sh and set RATUSHA_TEST_SMTP=127.0.0.1:2525 and RATUSHA_TEST_MAILDIR.");
        return new()
        {
            ["Demo:Items"] = "true",
            ["Reminders:Enabled"] = "true",
            ["Reminders:Interval"] = "00:00:01",
            ["Mail:Smtp:Host"] = smtp.Split(':')[0],
            ["Mail:Smtp:Port"] = smtp.Split(':')[1],
            ["Mail:Smtp:PollInterval"] = "00:00:01",
        };
    }
}

/// <summary>Playwright path (c) of the appeals issue: an overdue assignment is red on the executor's start page, and the mail went out.</summary>
public sealed class DemoCouncilPathTests(DemoCouncilHost host) : IClassFixture<DemoCouncilHost>
{
    private const string OverdueLetter = "Про підготовку житлового фонду до опалювального сезону";

    [Fact]
    public async Task An_overdue_assignment_is_red_on_the_executors_start_page_and_the_head_got_the_overdue_letter()
    {
        var page = await host.LogInAsync("executor");
        var row = page.Locator("#my-assignments tr", new() { HasText = OverdueLetter });
        await Assertions.Expect(row).ToHaveClassAsync("overdue");
        await Assertions.Expect(row).ToContainTextAsync("прострочено");
        Assert.Equal("rgb(164, 22, 26)", await row.Locator("td").First.EvaluateAsync<string>("e => getComputedStyle(e).color"));
        await host.ScreenshotAsync(page, "executor-overdue");
        await page.Context.CloseAsync();

        var maildir = Environment.GetEnvironmentVariable("RATUSHA_TEST_MAILDIR") ?? throw new InvalidOperationException("RATUSHA_TEST_MAILDIR is not set: run scripts/test.");
        var letters = new List<MimeMessage>();
        for (var i = 0; i < 100 && letters.Count == 0; i++)
        {
            letters = [.. Directory.GetFiles(Path.Combine(maildir, "new")).Select(f => MimeMessage.Load(f))
                .Where(m => (m.TextBody ?? "").Contains(OverdueLetter, StringComparison.Ordinal) && (m.Subject ?? "").StartsWith("Прострочено", StringComparison.Ordinal)
                            && m.To.Mailboxes.Any(a => a.Address == "rudenko@novomoskovsk-rada.example"))];
            if (letters.Count == 0) await Task.Delay(200);
        }
        Assert.NotEmpty(letters);
    }
}
