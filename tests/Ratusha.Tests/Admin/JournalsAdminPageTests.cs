using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Admin;

/// <summary>/admin/journals: journals with their number formats explained by example; adding and changing one.</summary>
public abstract class JournalsAdminPageTests(RatushaApp app)
{
    private const string Url = "/admin/journals";

    private static string NewCode() => AdminApi.Unique("j-").ToLowerInvariant();

    private async Task<JsonElement?> JournalAsync(string code) => await AdminApi.FindAsync(await app.As("admin"), "/api/v1/journals/", "code", code);

    private async Task<JsonElement> CreateAsync(string code, string numberFormat)
    {
        var response = await (await app.As("admin")).PostAsJsonAsync("/api/v1/journals/", new { code, name = "Журнал скарг на шум", numberFormat });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Every_journal_shows_an_example_number_and_the_tokens_are_explained()
    {
        var code = NewCode();
        await CreateAsync(code, "{letter}-{n:4}/{yy}");
        var page = await PageReader.GetAsync(await app.As("admin"), Url);

        PageReader.AssertUkrainianAndLabelled(page, "Журнали і нумерація");
        var row = page.QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == code);
        Assert.Equal("К-0017/26", row.Children[4].TextContent.Trim());
        var help = page.QuerySelector("details")!.TextContent;
        foreach (var token in new[] { "{n}", "{n:4}", "{letter}", "{yyyy}", "{yy}", "{dept}" })
            Assert.Contains(token, help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_journal_added_through_the_form_is_stored()
    {
        var code = NewCode();
        var page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "journal"))
            .Set("code", code).Set("name", "Журнал телефонограм").Set("numberFormat", "Т-{n}").SubmitAsync();

        Assert.Equal("Журнал «Журнал телефонограм» збережено.", PageReader.Notice(page));
        var stored = (await JournalAsync(code))!.Value;
        Assert.Equal("Т-{n}", stored.GetProperty("numberFormat").GetString());
        Assert.Equal(code, stored.GetProperty("sequenceKey").GetString());
    }

    [Fact]
    public async Task Editing_changes_the_format_and_the_shared_numbering()
    {
        var code = NewCode();
        var created = await CreateAsync(code, "{n}");
        var form = await PageForm.OpenAsync(await app.As("admin"), $"{Url}?edit={code}", "journal");
        Assert.Equal("{n}", form.Value("numberFormat"));

        await form.Set("numberFormat", "{n}/{dept}").Set("sequenceKey", "decisions").Check("isActive", on: false).SubmitAsync();

        var stored = (await JournalAsync(code))!.Value;
        Assert.Equal("{n}/{dept}", stored.GetProperty("numberFormat").GetString());
        Assert.Equal("decisions", stored.GetProperty("sequenceKey").GetString());
        Assert.False(stored.GetProperty("isActive").GetBoolean());
        Assert.Equal(created.Version() + 1, stored.Version());
    }

    [Fact]
    public async Task An_unusable_format_shows_a_ukrainian_message_next_to_the_field_and_changes_nothing()
    {
        var code = NewCode();
        await CreateAsync(code, "{n}");
        var page = await (await PageForm.OpenAsync(await app.As("admin"), $"{Url}?edit={code}", "journal"))
            .Set("numberFormat", "{letter}/{yyyy}").Set("name", "").SubmitAsync();

        Assert.Equal("Формат номера має містити {n} — порядковий номер.", PageReader.ErrorsNextTo(page, "numberFormat"));
        Assert.Equal("Вкажіть назву журналу (до 200 символів).", PageReader.ErrorsNextTo(page, "name"));
        Assert.Equal("{n}", (await JournalAsync(code))!.Value.GetProperty("numberFormat").GetString());

        page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "journal")).Set("code", "Погано!").Set("name", "Х").SubmitAsync();
        Assert.Equal("Код журналу — від 2 до 50 малих латинських літер, цифр чи дефісів.", PageReader.ErrorsNextTo(page, "code"));
    }

    [Fact]
    public async Task A_stale_version_shows_the_conflict_and_changes_nothing()
    {
        var code = NewCode();
        var created = await CreateAsync(code, "{n}");
        var form = await PageForm.OpenAsync(await app.As("admin"), $"{Url}?edit={code}", "journal");
        var put = await (await app.As("admin")).PutAsJsonAsync($"/api/v1/journals/{code}",
            new { name = "Журнал скарг на шум", numberFormat = "Ш-{n}", isActive = true, version = created.Version() });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var page = await form.Set("numberFormat", "{n}-Ш").SubmitAsync();

        Assert.StartsWith("Запис уже змінив інший користувач", PageReader.Alert(page), StringComparison.Ordinal);
        Assert.Equal("Ш-{n}", (await JournalAsync(code))!.Value.GetProperty("numberFormat").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class JournalsAdminPageOnSqlite(SqliteApp app) : JournalsAdminPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class JournalsAdminPageOnPostgres(PostgresApp app) : JournalsAdminPageTests(app);
