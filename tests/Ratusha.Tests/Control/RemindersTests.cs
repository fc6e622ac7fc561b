using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using Ratusha.Features.Registration;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Control;

/// <summary>
/// Executors are reminded 3 working days before the due date; on overdue the head of the department and the controller
/// are told. The letters go through the outbox and a real SMTP server, once each. Today is Monday 23.11.2026.
/// </summary>
public abstract class RemindersTests(MailApp app)
{
    private async Task<(string Summary, string Index)> Resolved(DateTimeOffset receivedAt, object term, string? dueDate = null)
    {
        var summary = $"Про благоустрій скверу {Guid.NewGuid():N}";
        var registered = await (await app.As("registrar")).PostAsJsonAsync("/api/v1/journals/incoming/cards", new { receivedAt, summary });
        var card = (await registered.Content.ReadFromJsonAsync<RegisteredCard>())!;
        var people = (await (await app.As("mayor")).GetFromJsonAsync<JsonElement[]>("/api/v1/officials/"))!
            .ToDictionary(o => o.GetProperty("surname").GetString()!, o => o.GetProperty("id").GetGuid());
        var resolution = await (await app.As("deputy")).PostAsJsonAsync($"/api/v1/cards/{card.Id}/resolutions", new
        {
            text = "Вжити заходів.",
            leadExecutorId = people["Олійник"],
            coExecutorIds = Array.Empty<Guid>(),
            controllerId = people["Кравчук"],
            term,
            dueDate,
        });
        Assert.Equal(HttpStatusCode.Created, resolution.StatusCode);
        return (summary, card.Index);
    }

    private static async Task<List<MimeMessage>> WaitForLetters(string marker, int count)
    {
        // The delivery round runs every second on its own; wait for it, bounded.
        for (var i = 0; i < 150; i++)
        {
            var letters = MailApp.LettersAbout(marker);
            if (letters.Count >= count) return letters;
            await Task.Delay(200);
        }
        return MailApp.LettersAbout(marker);
    }

    private static string[] To(IEnumerable<MimeMessage> letters) =>
        [.. letters.SelectMany(l => l.To.Mailboxes.Select(m => m.Address)).Order()];

    [Fact]
    public async Task Executor_is_reminded_3_working_days_before_the_due_date_once()
    {
        // Received Fri 20.11.2026, the resolution sets Wed 25.11.2026: within 3 working days of today.
        var (summary, index) = await Resolved(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(2)), "Date", "2026-11-25");
        var letters = await WaitForLetters(summary, 1);
        var letter = Assert.Single(letters);
        Assert.Equal(["oliinyk@novomoskovsk-rada.example"], To(letters));
        Assert.Equal($"Нагадування: № {index}, строк 25.11.2026", letter.Subject);

        await Task.Delay(3000); // three more rounds of reminders and delivery
        Assert.Single(MailApp.LettersAbout(summary));
    }

    [Fact]
    public async Task Instances_running_the_round_together_write_and_send_one_reminder()
    {
        // Three more reminder services on the same database, as three more instances of the host behind a balancer,
        // each with its own round every second, racing the host's own: one letter, not four.
        var (summary, _) = await Resolved(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(2)), "Date", "2026-11-26");
        var instances = Enumerable.Range(0, 3).Select(_ => new Ratusha.Features.Control.Reminders(
            app.Services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new Ratusha.Features.Control.ReminderOptions { Interval = TimeSpan.FromSeconds(1) }),
            app.Services.GetRequiredService<Ratusha.Features.Deadlines.CalendarStore>(), app.Clock,
            NullLogger<Ratusha.Features.Control.Reminders>.Instance)).ToList();
        await Task.WhenAll(instances.Select(i => i.StartAsync(CancellationToken.None)));
        try
        {
            Assert.Single(await WaitForLetters(summary, 1));
            await Task.Delay(3000); // three more rounds on every instance
        }
        finally
        {
            await Task.WhenAll(instances.Select(i => i.StopAsync(CancellationToken.None)));
            instances.ForEach(i => i.Dispose());
        }
        Assert.Single(MailApp.LettersAbout(summary));
        await using var scope = app.Scope(out var db);
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Body.Contains(summary)));
    }

    [Fact]
    public async Task Overdue_assignment_is_reported_to_the_head_of_department_and_the_controller()
    {
        // Received Tue 10.11.2026, «терміново» — 5 working days: due Tue 17.11.2026, overdue today.
        var (summary, index) = await Resolved(new DateTimeOffset(2026, 11, 10, 10, 0, 0, TimeSpan.FromHours(2)), "Urgent");
        var letters = await WaitForLetters(summary, 2);
        Assert.Equal(["kravchuk@novomoskovsk-rada.example", "rudenko@novomoskovsk-rada.example"], To(letters));
        Assert.All(letters, l => Assert.Equal($"Прострочено: № {index}, строк 17.11.2026", l.Subject));

        var overdue = await (await app.As("executor")).GetFromJsonAsync<JsonElement[]>("/api/v1/assignments/mine");
        Assert.Contains(overdue!, a => a.GetProperty("index").GetString() == index && a.GetProperty("overdue").GetBoolean());

        await using var scope = app.Scope(out var db);
        Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.Body.Contains(summary) && m.SentAt != null));
    }

    [Fact]
    public async Task S6_2_an_overdue_hotline_appeal_is_escalated_like_any_other_controlled_item()
    {
        // A 1545 appeal that reached the council Thu 01.10.2026, 15 days without additional study: long overdue today.
        var text = $"Прошу відновити водопостачання {Guid.NewGuid():N}";
        var registered = await (await app.As("hotline")).PostAsJsonAsync("/api/v1/appeals/", new Dictionary<string, object?>
        {
            ["receivedAt"] = new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.FromHours(3)),
            ["channel"] = "1.4.1",
            ["type"] = "3.2",
            ["surname"] = "Данилюк",
            ["givenName"] = "Оксана",
            ["address"] = "вул. Джерельна, 4",
            ["text"] = text,
            ["externalCaseNumber"] = $"1545-{Guid.NewGuid():N}"[..20],
            ["noAdditionalStudy"] = true,
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var appeal = await registered.Content.ReadFromJsonAsync<JsonElement>();
        var index = appeal.GetProperty("index").GetString()!;
        Assert.StartsWith("УКЦ-", index);
        var people = (await (await app.As("mayor")).GetFromJsonAsync<JsonElement[]>("/api/v1/officials/"))!
            .GroupBy(o => o.GetProperty("surname").GetString()!).ToDictionary(g => g.Key, g => g.First().GetProperty("id").GetGuid());
        var resolution = await (await app.As("deputy")).PostAsJsonAsync($"/api/v1/appeals/{appeal.GetProperty("id").GetGuid()}/resolution", new
        {
            text = "Відновити водопостачання, відповісти заявниці.",
            leadExecutorId = people["Олійник"],
            coExecutorIds = Array.Empty<Guid>(),
            controllerId = people["Кравчук"],
            term = "Short",
        });
        Assert.Equal(HttpStatusCode.Created, resolution.StatusCode);

        var letters = await WaitForLetters(text, 2);
        Assert.Equal(["kravchuk@novomoskovsk-rada.example", "rudenko@novomoskovsk-rada.example"], To(letters));
        Assert.All(letters, l => Assert.StartsWith($"Прострочено: № {index}, строк ", l.Subject, StringComparison.Ordinal));
        var control = await (await app.As("hotline")).GetFromJsonAsync<JsonElement>("/api/v1/hotlines/1545/control");
        Assert.Contains(control.GetProperty("overdue").EnumerateArray(), i => i.GetProperty("index").GetString() == index);
    }

    [Fact]
    public async Task A_letter_to_an_unreachable_address_stays_in_the_outbox_with_the_error()
    {
        await using var scope = app.Scope(out var db);
        var key = $"test:{Guid.NewGuid():N}";
        db.OutboxMessages.Add(Ratusha.Features.Mail.OutboxMessage.Create(key, "not an address", "Тест", "Тест", app.Clock.GetUtcNow()));
        await db.SaveChangesAsync();
        for (var i = 0; i < 100 && !await db.OutboxMessages.AnyAsync(m => m.Key == key && m.Attempts > 0); i++)
            await Task.Delay(100);
        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Key == key);
        Assert.Null(message.SentAt);
        Assert.NotNull(message.LastError);
    }
}

public sealed class RemindersOnSqlite(SqliteMailApp app) : RemindersTests(app), IClassFixture<SqliteMailApp>;

public sealed class RemindersOnPostgres(PostgresMailApp app) : RemindersTests(app), IClassFixture<PostgresMailApp>;
