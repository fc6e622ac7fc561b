using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Admin;

/// <summary>/admin/departments: the list, adding and editing a department, its checks and the version check.</summary>
public abstract class DepartmentsPageTests(RatushaApp app)
{
    private const string Url = "/admin/departments";

    private async Task<JsonElement> CreateAsync(string name, string code) => await AdminApi.CreateDepartmentAsync(await app.As("admin"), name, code);

    private async Task<JsonElement?> FindAsync(string code) => await AdminApi.FindAsync(await app.As("admin"), "/api/v1/departments/", "code", code);

    [Fact]
    public async Task The_page_lists_the_departments_in_ukrainian_with_a_label_on_every_field()
    {
        var page = await PageReader.GetAsync(await app.As("admin"), Url);
        PageReader.AssertUkrainianAndLabelled(page, "Структурні підрозділи");
        Assert.Contains("Загальний відділ", page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Новий підрозділ", page.QuerySelector("h2")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_department_added_through_the_form_is_stored()
    {
        var code = AdminApi.NewCode();
        var page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "department"))
            .Set("name", "Відділ цифрового розвитку").Set("shortName", "Цифра").Set("code", code).SubmitAsync();

        Assert.Contains("Відділ цифрового розвитку", PageReader.Notice(page), StringComparison.Ordinal);
        var stored = await FindAsync(code);
        Assert.NotNull(stored);
        Assert.Equal("Цифра", stored.Value.GetProperty("shortName").GetString());
        Assert.True(stored.Value.GetProperty("isActive").GetBoolean());
    }

    [Fact]
    public async Task Editing_fills_the_form_and_saves_the_change()
    {
        var code = AdminApi.NewCode();
        var created = await CreateAsync("Відділ туризму", code);
        var form = await PageForm.OpenAsync(await app.As("admin"), $"{Url}?edit={created.Id()}", "department");
        Assert.Equal("Відділ туризму", form.Value("name"));
        Assert.Equal(code, form.Value("code"));

        await form.Set("name", "Відділ туризму та курортів").Check("isActive", on: false).SubmitAsync();

        var stored = (await FindAsync(code))!.Value;
        Assert.Equal("Відділ туризму та курортів", stored.GetProperty("name").GetString());
        Assert.False(stored.GetProperty("isActive").GetBoolean());
        Assert.Equal(created.Version() + 1, stored.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task An_invalid_form_shows_ukrainian_messages_next_to_the_fields_and_stores_nothing()
    {
        var taken = AdminApi.NewCode();
        await CreateAsync("Відділ архіву", taken);
        var page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "department"))
            .Set("name", "").Set("shortName", "Архів-2").Set("code", taken).SubmitAsync();

        Assert.Equal("Вкажіть назву підрозділу.", PageReader.ErrorsNextTo(page, "name"));
        page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "department"))
            .Set("name", "Другий архів").Set("shortName", "Архів-2").Set("code", taken).SubmitAsync();
        Assert.Equal($"Індекс «{taken}» уже має інший підрозділ.", PageReader.ErrorsNextTo(page, "code"));
        Assert.Equal("Другий архів", page.GetElementById("name")!.GetAttribute("value"));
        Assert.Equal("Відділ архіву", (await FindAsync(taken))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_stale_version_shows_the_conflict_and_changes_nothing()
    {
        var code = AdminApi.NewCode();
        var created = await CreateAsync("Відділ реклами", code);
        var id = created.Id();
        var form = await PageForm.OpenAsync(await app.As("admin"), $"{Url}?edit={id}", "department");
        var meanwhile = await (await app.As("admin")).PutAsJsonAsync($"/api/v1/departments/{id}",
            new { name = "Відділ зовнішньої реклами", shortName = "Реклама", code, sortOrder = 90, isActive = true, version = created.Version() });
        Assert.Equal(HttpStatusCode.OK, meanwhile.StatusCode);

        var page = await form.Set("name", "Відділ реклами і вивісок").SubmitAsync();

        Assert.StartsWith("Запис уже змінив інший користувач", PageReader.Alert(page), StringComparison.Ordinal);
        Assert.Equal("Відділ зовнішньої реклами", (await FindAsync(code))!.Value.GetProperty("name").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DepartmentsPageOnSqlite(SqliteApp app) : DepartmentsPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DepartmentsPageOnPostgres(PostgresApp app) : DepartmentsPageTests(app);
