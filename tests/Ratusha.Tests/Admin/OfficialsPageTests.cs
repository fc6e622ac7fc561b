using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Admin;

/// <summary>/admin/officials: the list by department, adding and editing an official, the checks and the version check.</summary>
public abstract class OfficialsPageTests(RatushaApp app)
{
    private const string Url = "/admin/officials";

    private async Task<JsonElement> DepartmentAsync(string name) => await AdminApi.CreateDepartmentAsync(await app.As("admin"), name);

    private async Task<JsonElement?> OfficialAsync(string surname) =>
        await AdminApi.FindAsync(await app.As("admin"), "/api/v1/officials/", "surname", surname);

    [Fact]
    public async Task The_department_filter_lists_only_its_officials_in_ukrainian()
    {
        var department = await DepartmentAsync("Відділ з питань ветеранів");
        var admin = await app.As("admin");
        var surname = AdminApi.Unique("Ветеранченко");
        await AdminApi.CreateOfficialAsync(admin, surname, department.Id());

        var page = await PageReader.GetAsync(admin, $"{Url}?department={department.Id()}");

        PageReader.AssertUkrainianAndLabelled(page, "Посадові особи");
        var rows = page.QuerySelectorAll("table tbody tr").ToList();
        Assert.Single(rows);
        Assert.Contains(surname, rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(department.Id(), PageForm.Of(admin, Url, page, "official").Value("departmentId"));
        var all = await PageReader.GetAsync(admin, Url);
        Assert.True(all.QuerySelectorAll("table tbody tr").Length >= 40);
    }

    [Fact]
    public async Task An_official_added_through_the_form_is_stored()
    {
        var department = await DepartmentAsync("Відділ енергоменеджменту");
        var surname = AdminApi.Unique("Енергетик");
        var page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "official"))
            .Set("surname", surname).Set("givenName", "Тарас").Set("patronymic", "").Set("position", "начальник відділу")
            .Set("departmentId", department.Id()).Set("email", "taras@rada.example").SubmitAsync();

        Assert.Contains(surname, PageReader.Notice(page), StringComparison.Ordinal);
        var stored = (await OfficialAsync(surname))!.Value;
        Assert.Equal(department.Id(), stored.GetProperty("departmentId").GetString());
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("patronymic").ValueKind);
        Assert.Equal("taras@rada.example", stored.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Editing_fills_the_form_and_moves_the_official_to_another_department()
    {
        var from = await DepartmentAsync("Відділ звернень громадян");
        var to = await DepartmentAsync("Відділ контролю");
        var surname = AdminApi.Unique("Переведенко");
        var created = await AdminApi.CreateOfficialAsync(await app.As("admin"), surname, from.Id());
        var form = await PageForm.OpenAsync(await app.As("admin"), $"{Url}?edit={created.Id()}", "official");
        Assert.Equal(surname, form.Value("surname"));
        Assert.Equal(from.Id(), form.Value("departmentId"));

        await form.Set("departmentId", to.Id()).Set("position", "провідний спеціаліст").Check("isActive", on: false).SubmitAsync();

        var stored = (await OfficialAsync(surname))!.Value;
        Assert.Equal(to.Id(), stored.GetProperty("departmentId").GetString());
        Assert.Equal("провідний спеціаліст", stored.GetProperty("position").GetString());
        Assert.False(stored.GetProperty("isActive").GetBoolean());
        Assert.Equal(created.Version() + 1, stored.Version());
    }

    [Fact]
    public async Task An_invalid_form_shows_ukrainian_messages_next_to_the_fields_and_stores_nothing()
    {
        var position = AdminApi.Unique("посада-");
        var page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "official"))
            .Set("surname", "").Set("givenName", "Ірина").Set("position", position).Set("departmentId", "").Set("email", "ірина@").SubmitAsync();

        Assert.Equal("Вкажіть прізвище.", PageReader.ErrorsNextTo(page, "surname"));
        Assert.Equal("Некоректна адреса електронної пошти.", PageReader.ErrorsNextTo(page, "email"));
        var all = await (await app.As("admin")).GetFromJsonAsync<JsonElement[]>("/api/v1/officials/");
        Assert.DoesNotContain(all!, o => o.GetProperty("position").GetString() == position);

        page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "official"))
            .Set("surname", "Безвідділенко").Set("givenName", "Ірина").Set("position", position).Set("departmentId", "").SubmitAsync();
        Assert.Equal("Оберіть підрозділ.", PageReader.ErrorsNextTo(page, "departmentId"));
    }

    [Fact]
    public async Task A_stale_version_shows_the_conflict_and_changes_nothing()
    {
        var department = await DepartmentAsync("Відділ кадрів-2");
        var surname = AdminApi.Unique("Конфліктенко");
        var created = await AdminApi.CreateOfficialAsync(await app.As("admin"), surname, department.Id());
        var form = await PageForm.OpenAsync(await app.As("admin"), $"{Url}?edit={created.Id()}", "official");
        var put = await (await app.As("admin")).PutAsJsonAsync($"/api/v1/officials/{created.Id()}", new
        {
            surname,
            givenName = "Олена",
            position = "заступник начальника",
            departmentId = department.Id(),
            version = created.Version(),
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var page = await form.Set("position", "начальник").SubmitAsync();

        Assert.StartsWith("Запис уже змінив інший користувач", PageReader.Alert(page), StringComparison.Ordinal);
        Assert.Equal("заступник начальника", (await OfficialAsync(surname))!.Value.GetProperty("position").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OfficialsPageOnSqlite(SqliteApp app) : OfficialsPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OfficialsPageOnPostgres(PostgresApp app) : OfficialsPageTests(app);
