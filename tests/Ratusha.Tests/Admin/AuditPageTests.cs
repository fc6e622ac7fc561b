using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratusha.Features.Audit;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Admin;

/// <summary>/admin/audit: the latest changes with who, when and before/after, paged by sequence; the chain check on demand.</summary>
public abstract class AuditPageTests(RatushaApp app)
{
    private const string Url = "/admin/audit";

    [Fact]
    public async Task A_change_is_listed_for_the_controller_with_its_before_and_after()
    {
        var name = AdminApi.Unique("Відділ аудиту ");
        var department = await AdminApi.CreateDepartmentAsync(await app.As("admin"), name);

        var page = await PageReader.GetAsync(await app.As("controller"), $"{Url}?entityType=Department");

        PageReader.AssertUkrainianAndLabelled(page, "Журнал змін");
        var row = page.QuerySelectorAll("#audit tbody tr").First(r => r.Children[5].TextContent.Trim() == department.Id());
        Assert.Equal("admin", row.Children[3].TextContent.Trim());
        Assert.Equal("Підрозділ", row.Children[4].TextContent.Trim());
        Assert.Equal("додано", row.Children[6].TextContent.Trim());
        Assert.Contains(name, row.QuerySelector("details")!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$", row.Children[2].TextContent.Trim());
        Assert.All(page.QuerySelectorAll("#audit tbody tr"), r => Assert.Equal("Підрозділ", r.Children[4].TextContent.Trim()));
        Assert.Matches(@"^(\d+|ще ні)$", row.Children[1].TextContent.Trim()); // the place in the chain, once sealed
    }

    [Fact]
    public async Task Older_changes_are_paged_in_the_order_written()
    {
        var admin = await app.As("admin");
        for (var i = 0; i < 3; i++) await AdminApi.CreateDepartmentAsync(admin, AdminApi.Unique("Відділ сторінок "));
        var page = await PageReader.GetAsync(admin, Url);
        var first = page.QuerySelectorAll("#audit tbody tr").Select(r => long.Parse(r.Children[0].TextContent, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(50, first.Count);
        Assert.Equal(first.OrderDescending(), first);

        var older = await PageReader.GetAsync(admin, page.GetElementById("older")!.GetAttribute("href")!);
        var next = older.QuerySelectorAll("#audit tbody tr").Select(r => long.Parse(r.Children[0].TextContent, CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(next);
        Assert.True(next.Max() < first.Min());
    }

    [Fact]
    public async Task The_chain_check_says_it_is_intact_or_names_the_first_broken_row()
    {
        var controller = await app.As("controller");
        var page = await PageForm.OpenAsync(controller, Url, "verify");
        var result = await page.SubmitAsync();
        Assert.StartsWith("Ланцюжок цілісний: перевірено", result.GetElementById("verification")!.TextContent.Trim(), StringComparison.Ordinal);

        await AdminApi.CreateDepartmentAsync(await app.As("admin"), AdminApi.Unique("Відділ підробок "));
        await using var scope = app.Scope(out var db);
        await AuditSealer.SealAsync(db, TestContext.Current.CancellationToken);
        var victim = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence != null).OrderByDescending(a => a.Sequence).FirstAsync();
        await db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET user_name = {"хтось"} WHERE sequence = {victim.Sequence}");
        try
        {
            result = await (await PageForm.OpenAsync(controller, Url, "verify")).SubmitAsync();
            var alert = result.GetElementById("verification")!.TextContent;
            Assert.Contains($"перший пошкоджений запис — №{victim.Sequence}", alert, StringComparison.Ordinal);
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET user_name = {victim.UserName} WHERE sequence = {victim.Sequence}");
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditPageOnSqlite(SqliteApp app) : AuditPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuditPageOnPostgres(PostgresApp app) : AuditPageTests(app);
