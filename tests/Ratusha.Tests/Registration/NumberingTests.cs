using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Ratusha.Features.Registration;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Registration;

/// <summary>Numbers are unique and gapless per journal sequence and year, also under concurrent registration (BRIEF, Numbering).</summary>
public abstract class NumberingTests(RatushaApp app)
{
    protected abstract int Parallel { get; }

    private async Task<string> NewJournal(string format = "{n}", string? sequenceKey = null)
    {
        var code = $"t-{Guid.NewGuid():N}"[..20];
        var admin = await app.As("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/journals/", new { code, name = "Тестовий журнал " + code, sequenceKey, numberFormat = format });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    private static Task<HttpResponseMessage> Register(HttpClient client, string journal, object? body = null) =>
        client.PostAsJsonAsync($"/api/v1/journals/{journal}/cards", body ?? new { summary = "Лист про ремонт покрівлі" });

    /// <summary>
    /// A registration as a well-behaved client sends it: a 503 (the database's connections all busy on an overloaded
    /// machine; nothing stored) is retried after its Retry-After, a few times. Any other answer is final.
    /// </summary>
    private static async Task<HttpResponseMessage> RegisterRetryingAsync(HttpClient client, string journal)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await Register(client, journal);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == 5) return response;
            Assert.NotNull(response.Headers.RetryAfter);
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public async Task Concurrent_registrations_get_exactly_1_to_N()
    {
        var journal = await NewJournal();
        var registrar = await app.As("registrar");
        var responses = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => RegisterRetryingAsync(registrar, journal)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));

        await using var scope = app.Scope(out var db);
        var numbers = await db.RegistrationCards.Where(c => c.SequenceKey == journal).Select(c => c.Number).OrderBy(n => n).ToListAsync();
        Assert.Equal(Enumerable.Range(1, Parallel), numbers);
    }

    [Fact]
    public async Task A_rolled_back_registration_does_not_burn_a_number()
    {
        var code = await NewJournal();
        await using (var scope = app.Scope(out var db))
        {
            var journal = await db.Journals.SingleAsync(j => j.Code == code);
            await using var transaction = await db.Database.BeginTransactionAsync();
            var taken = await JournalNumbering.NextAsync(db, journal, 2026, null, null, default);
            Assert.Equal(1, taken.Number);
            await transaction.RollbackAsync();
        }

        var response = await Register(await app.As("registrar"), code);
        var card = await response.Content.ReadFromJsonAsync<RegisteredCard>();
        Assert.Equal(1, card!.Number);
    }

    [Fact]
    public async Task S5_2_1_journals_with_one_sequence_key_share_one_numbering()
    {
        var key = $"shared-{Guid.NewGuid():N}"[..20];
        var decisions = await NewJournal("{n}", key);
        var orders = await NewJournal("{n}-р", key);
        var registrar = await app.As("registrar");
        var first = await (await Register(registrar, decisions)).Content.ReadFromJsonAsync<RegisteredCard>();
        var second = await (await Register(registrar, orders)).Content.ReadFromJsonAsync<RegisteredCard>();
        Assert.Equal(("1", "2-р"), (first!.Index, second!.Index));
    }

    [Fact]
    public async Task Instruction348_appeal_index_is_the_surname_letter_and_the_serial_number()
    {
        var journal = await NewJournal("{letter}-{n}");
        var registrar = await app.As("registrar");
        var k = await (await Register(registrar, journal, new { summary = "Про ремонт дороги", letter = "к" })).Content.ReadFromJsonAsync<RegisteredCard>();
        var ko = await (await Register(registrar, journal, new { summary = "Колективне про освітлення", letter = "КО" })).Content.ReadFromJsonAsync<RegisteredCard>();
        Assert.Equal("К-1", k!.Index);
        Assert.Equal("КО-2", ko!.Index);

        var missing = await Register(registrar, journal, new { summary = "Без літери" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task A_bad_registration_is_refused_and_takes_no_number()
    {
        var journal = await NewJournal();
        var registrar = await app.As("registrar");
        var bad = await Register(registrar, journal, new { summary = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var tooLong = await Register(registrar, journal, new { summary = new string('ж', 2001) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var good = await (await Register(registrar, journal)).Content.ReadFromJsonAsync<RegisteredCard>();
        Assert.Equal(1, good!.Number);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NumberingOnSqlite(SqliteApp app) : NumberingTests(app)
{
    protected override int Parallel => 200;
}

[Collection(PostgresCollection.Name)]
public sealed class NumberingOnPostgres(PostgresApp app) : NumberingTests(app)
{
    protected override int Parallel => 1000;
}
