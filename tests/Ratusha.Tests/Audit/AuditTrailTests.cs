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
        var victim = await db.AuditEntries.OrderBy(a => a.Sequence).Skip(3).FirstAsync();
        var original = victim.After;
        var forged = """{"Name":"підмінено"}""";
        await db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET values_after = {forged} WHERE sequence = {victim.Sequence}");
        try
        {
            var result = await Verify();
            Assert.False(result.Intact);
            Assert.Equal(victim.Sequence, result.FirstBrokenSequence);
            Assert.Contains(victim.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Message, StringComparison.Ordinal);
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
        var victim = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).Skip(5).FirstAsync();
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
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).FirstAsync();
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
        $"INSERT INTO audit_entries (sequence, at, user_id, user_name, entity_type, entity_id, action, values_before, values_after, previous_hash, hash) VALUES ({row.Sequence}, {(object)(app.Provider == Provider.Sqlite ? row.At.UtcTicks : row.At)}, {row.UserId}, {row.UserName}, {row.EntityType}, {row.EntityId}, {row.Action}, {row.Before}, {row.After}, {row.PreviousHash}, {row.Hash})");

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
public sealed class AuditTrailOnPostgres(PostgresApp app) : AuditTrailTests(app);
