using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ratusha.Features.Audit;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Audit;

/// <summary>Every change is in the hash-chained audit trail, written in the same transaction; tampering is found and named.</summary>
public abstract class AuditTrailTests(RatushaApp app)
{
    private async Task<JsonElement> CreateDepartment(string name)
    {
        var code = Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = await (await app.As("admin")).PostAsJsonAsync("/api/v1/departments/", new { name, shortName = name, code, sortOrder = 99 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_change_is_recorded_with_who_and_before_and_after()
    {
        var created = await CreateDepartment("Відділ культури");
        var id = created.GetProperty("id").GetString();
        var update = await (await app.As("admin")).PutAsJsonAsync($"/api/v1/departments/{id}", new
        {
            name = "Відділ культури і туризму",
            shortName = "Культура",
            code = created.GetProperty("code").GetString(),
            sortOrder = 99,
            isActive = true,
            version = created.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);

        var rows = await (await app.As("controller")).GetFromJsonAsync<AuditEntryResponse[]>($"/api/v1/audit/?entityType=Department&entityId={id}");
        Assert.Equal(["Modified", "Added"], rows!.Select(r => r.Action));
        var modified = rows![0];
        Assert.Equal("admin", modified.UserName);
        Assert.Contains("Відділ культури", modified.Before, StringComparison.Ordinal);
        Assert.Contains("Відділ культури і туризму", modified.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_change_leaves_no_audit_row()
    {
        await using var scope = app.Scope(out var db);
        var before = await db.AuditEntries.CountAsync();
        var response = await (await app.As("admin")).PostAsJsonAsync("/api/v1/departments/", new { name = "", shortName = "", code = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Editing_an_audit_row_is_detected_and_named()
    {
        await CreateDepartment("Відділ спорту");
        await using var scope = app.Scope(out var db);
        var victim = await (await Sealed(db)).OrderBy(a => a.Sequence).Skip(3).FirstAsync();
        var original = victim.After;
        var forged = """{"Name":"підмінено"}""";
        await db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET values_after = {forged} WHERE sequence = {victim.Sequence}");
        try
        {
            var result = await Verify();
            Assert.False(result.Intact);
            Assert.Equal(victim.Sequence, result.FirstBrokenSequence);
            Assert.Contains(victim.Sequence!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Message, StringComparison.Ordinal);
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET values_after = {original} WHERE sequence = {victim.Sequence}");
        }
        Assert.True((await Verify()).Intact);
    }

    [Fact]
    public async Task Deleting_an_audit_row_is_detected_and_named()
    {
        await CreateDepartment("Відділ молоді");
        await using var scope = app.Scope(out var db);
        var victim = await (await Sealed(db)).OrderBy(a => a.Sequence).Skip(5).FirstAsync();
        await db.Database.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE sequence = {victim.Sequence}");
        try
        {
            var result = await Verify();
            Assert.False(result.Intact);
            Assert.Equal(victim.Sequence + 1, result.FirstBrokenSequence);
        }
        finally
        {
            await PutBack(db, victim);
        }
        Assert.True((await Verify()).Intact);
    }

    [Fact]
    public async Task Deleting_the_last_rows_is_detected()
    {
        await CreateDepartment("Відділ туризму");
        await using var scope = app.Scope(out var db);
        var last = await (await Sealed(db)).OrderByDescending(a => a.Sequence).FirstAsync();
        await db.Database.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE sequence = {last.Sequence}");
        try
        {
            var result = await Verify();
            Assert.False(result.Intact);
            Assert.Equal(last.Sequence, result.FirstBrokenSequence);
        }
        finally
        {
            await PutBack(db, last);
        }
        Assert.True((await Verify()).Intact);
    }

    /// <summary>Restores a deleted row exactly as it was, so the shared database is intact for the next test.</summary>
    private Task<int> PutBack(Ratusha.Data.RatushaDb db, AuditEntry row) => db.Database.ExecuteSqlAsync(
        $"INSERT INTO audit_entries (id, sequence, at, user_id, user_name, entity_type, entity_id, action, values_before, values_after, previous_hash, hash) VALUES ({row.Id}, {row.Sequence}, {(object)(app.Provider == Provider.Sqlite ? row.At.UtcTicks : row.At)}, {row.UserId}, {row.UserName}, {row.EntityType}, {row.EntityId}, {row.Action}, {row.Before}, {row.After}, {row.PreviousHash}, {row.Hash})");

    [Fact]
    public async Task A_change_is_sealed_into_the_chain_moments_after_it_is_saved()
    {
        var id = (await CreateDepartment("Відділ архіву")).GetProperty("id").GetString();
        var controller = await app.As("controller");
        AuditEntryResponse? added = null;
        for (var wait = TimeSpan.Zero; wait < TimeSpan.FromSeconds(15); wait += TimeSpan.FromMilliseconds(200))
        {
            added = (await controller.GetFromJsonAsync<AuditEntryResponse[]>($"/api/v1/audit/?entityType=Department&entityId={id}"))!.Single();
            if (added.Sequence is not null) break;
            await Task.Delay(200);
        }
        Assert.NotNull(added!.Sequence); // by the host's sealer, nobody asked for a check
        Assert.Matches("^[0-9a-f]{64}$", added.Hash);
    }

    [Fact]
    public async Task Sealers_racing_each_other_give_every_row_exactly_one_place_in_the_chain()
    {
        var admin = await app.As("admin");
        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => admin.PostAsJsonAsync("/api/v1/departments/",
            new { name = $"Відділ гонки {i}", shortName = $"Гонка {i}", code = Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture), sortOrder = 99 })));
        var sealers = Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = app.Scope(out var db);
            return await AuditSealer.SealAsync(db, TestContext.Current.CancellationToken);
        });
        await Task.WhenAll(sealers);

        await using var check = app.Scope(out var reader);
        var sequences = await reader.AuditEntries.Where(a => a.Sequence != null).Select(a => a.Sequence!.Value).ToListAsync();
        Assert.Equal(0, await reader.AuditEntries.CountAsync(a => a.Sequence == null));
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(n => (long)n), sequences.Order());
        Assert.True((await Verify()).Intact);
    }

    /// <summary>The chain as it stands once every committed row is sealed.</summary>
    private static async Task<IQueryable<AuditEntry>> Sealed(Ratusha.Data.RatushaDb db)
    {
        await AuditSealer.SealAsync(db, TestContext.Current.CancellationToken);
        return db.AuditEntries.AsNoTracking().Where(a => a.Sequence != null);
    }

    private async Task<AuditVerificationResult> Verify()
    {
        var response = await (await app.As("admin")).GetAsync("/api/v1/audit/verify");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AuditVerificationResult>())!;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditTrailOnSqlite(SqliteApp app) : AuditTrailTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditTrailOnPostgres(PostgresApp app) : AuditTrailTests(app)
{
    /// <summary>
    /// A writer does not wait for the chain: with the chain head locked (a sealer or an import at work), a change is
    /// still saved and answered. Row locks are PostgreSQL's; SQLite has one writer at a time whatever the design.
    /// </summary>
    [Fact]
    public async Task A_change_is_saved_while_the_chain_head_is_locked()
    {
        await using var scope = app.Scope(out var db);
        await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await db.Database.ExecuteSqlRawAsync("SELECT * FROM audit_chain_head FOR UPDATE", TestContext.Current.CancellationToken);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var response = await (await app.As("admin")).PostAsJsonAsync("/api/v1/departments/",
            new { name = "Відділ без черги", shortName = "Без черги", code = Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture), sortOrder = 99 },
            timeout.Token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await transaction.RollbackAsync(TestContext.Current.CancellationToken);
    }
}
