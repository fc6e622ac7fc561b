using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Admin;

/// <summary>/admin/roles: each role in Ukrainian, how many users have it, what it may do and how much of the council it sees.</summary>
public abstract class RolesPageTests(RatushaApp app)
{
    private async Task<IElement> RowAsync(string title)
    {
        var page = await PageReader.GetAsync(await app.As("admin"), "/admin/roles");
        PageReader.AssertUkrainianAndLabelled(page, "Ролі та права");
        return page.QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == title);
    }

    [Fact]
    public async Task Every_role_is_listed_with_the_number_of_its_users()
    {
        var roles = await (await app.As("admin")).GetFromJsonAsync<JsonElement[]>("/api/v1/roles");
        foreach (var role in roles!)
        {
            var row = await RowAsync(role.GetProperty("title").GetString()!);
            Assert.Equal(role.GetProperty("name").GetString(), row.Children[1].TextContent.Trim());
            Assert.Equal(role.GetProperty("users").GetInt32().ToString(CultureInfo.InvariantCulture), row.Children[2].TextContent.Trim());
        }
    }

    [Fact]
    public async Task What_a_role_may_do_follows_the_policies_and_its_scope()
    {
        var controller = await RowAsync("Контролер");
        Assert.Contains("переглядати журнал змін", controller.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("реєструвати", controller.TextContent, StringComparison.Ordinal);
        Assert.Equal("усю раду", controller.Children[4].TextContent.Trim());

        var registrar = await RowAsync("Реєстратор загального відділу");
        Assert.Contains("реєструвати документи та звернення", registrar.TextContent, StringComparison.Ordinal);

        var executor = await RowAsync("Виконавець");
        Assert.DoesNotContain("керувати", executor.TextContent, StringComparison.Ordinal);
        Assert.Equal("свій підрозділ", executor.Children[4].TextContent.Trim());

        Assert.Contains("керувати радою", (await RowAsync("Адміністратор")).TextContent, StringComparison.Ordinal);
        Assert.Equal("лише власні звернення", (await RowAsync("Громадянин")).Children[4].TextContent.Trim());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RolesPageOnSqlite(SqliteApp app) : RolesPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RolesPageOnPostgres(PostgresApp app) : RolesPageTests(app);
