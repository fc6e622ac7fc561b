using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Admin;

/// <summary>/admin/users: the log-ins with their roles in Ukrainian, adding a user, changing roles, lifting a lockout.</summary>
public abstract class UsersPageTests(RatushaApp app)
{
    private const string Url = "/admin/users";
    private const string Password = "Надійний-пароль-7Qq";

    private async Task<JsonElement?> UserAsync(string userName) => await AdminApi.FindAsync(await app.As("admin"), "/api/v1/users/", "userName", userName);

    private static string RowOf(IHtmlDocument page, string userName) =>
        page.QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == userName).TextContent;

    private async Task<string> NewUserAsync(params string[] roles)
    {
        var userName = AdminApi.Unique("user");
        var response = await (await app.As("admin")).PostAsJsonAsync("/api/v1/users/", new { userName, password = Password, displayName = "Тестовий Користувач", roles });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return userName;
    }

    [Fact]
    public async Task The_list_shows_roles_by_their_ukrainian_titles_and_the_linked_official()
    {
        var page = await PageReader.GetAsync(await app.As("admin"), Url);
        PageReader.AssertUkrainianAndLabelled(page, "Користувачі");
        var row = RowOf(page, "controller");
        Assert.Contains("Контролер", row, StringComparison.Ordinal);
        Assert.Contains("Кравчук", row, StringComparison.Ordinal);
        Assert.Contains("Громадянин", RowOf(page, "citizen"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_added_through_the_form_can_log_in_with_the_chosen_roles()
    {
        var userName = AdminApi.Unique("clerk");
        var page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "user"))
            .Set("userName", userName).Set("displayName", "Мельник Ганна").Set("password", Password)
            .Check("new-Registrar").Check("new-Controller").SubmitAsync();

        Assert.Equal($"Користувача {userName} додано.", PageReader.Notice(page));
        Assert.Contains("Реєстратор загального відділу, Контролер", RowOf(page, userName), StringComparison.Ordinal);
        var me = await (await app.LogInAsync(userName, Password)).GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(["Controller", "Registrar"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Order());
    }

    [Fact]
    public async Task A_weak_password_and_no_role_show_ukrainian_messages_next_to_the_fields_and_add_nobody()
    {
        var userName = AdminApi.Unique("weak");
        var page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "user"))
            .Set("userName", userName).Set("displayName", "Слабкий Пароль").Set("password", "abc").Check("new-Executor").SubmitAsync();

        Assert.Contains("Пароль має містити щонайменше 10 символів.", PageReader.ErrorsNextTo(page, "password"), StringComparison.Ordinal);
        Assert.Contains("Пароль має містити хоча б одну цифру.", PageReader.ErrorsNextTo(page, "password"), StringComparison.Ordinal);
        Assert.Equal("", page.GetElementById("password")!.GetAttribute("value") ?? "");
        Assert.Null(await UserAsync(userName));

        page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "user"))
            .Set("userName", userName).Set("displayName", "Без ролі").Set("password", Password).SubmitAsync();
        Assert.Contains("Оберіть хоча б одну роль.", page.QuerySelector("fieldset")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Null(await UserAsync(userName));
    }

    [Fact]
    public async Task Roles_changed_through_the_form_take_effect()
    {
        var userName = await NewUserAsync("Citizen");
        var id = (await UserAsync(userName))!.Value.Id();
        var form = await PageForm.OpenAsync(await app.As("admin"), $"{Url}?edit={id}", "roles");
        Assert.Equal("true", form.Value("edit-Citizen"));

        var page = await form.Check("edit-Citizen", on: false).Check("edit-Executor").SubmitAsync();

        Assert.Contains("Виконавець", PageReader.Notice(page), StringComparison.Ordinal);
        Assert.Equal(["Executor"], (await UserAsync(userName))!.Value.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_stale_role_form_shows_the_conflict_and_changes_nothing()
    {
        var userName = await NewUserAsync("Executor");
        var id = (await UserAsync(userName))!.Value.Id();
        var form = await PageForm.OpenAsync(await app.As("admin"), $"{Url}?edit={id}", "roles");
        var put = await (await app.As("admin")).PutAsJsonAsync($"/api/v1/users/{id}/roles", new { roles = new[] { "HeadOfDepartment" } });
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);

        var page = await form.Check("edit-Administrator").SubmitAsync();

        Assert.StartsWith("Запис уже змінив інший користувач", PageReader.Alert(page), StringComparison.Ordinal);
        Assert.Equal(["HeadOfDepartment"], (await UserAsync(userName))!.Value.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_locked_out_user_is_unlocked_from_the_list()
    {
        var userName = await NewUserAsync("Executor");
        for (var i = 0; i < 5; i++) await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName, password = "Невірний-пароль-1" });
        var id = (await UserAsync(userName))!.Value.Id();
        var page = await PageReader.GetAsync(await app.As("admin"), Url);
        Assert.Contains("заблоковано", RowOf(page, userName), StringComparison.Ordinal);

        page = await PageForm.Of(await app.As("admin"), Url, page, "unlock").SubmitAsync("Unlock.Id", id);

        Assert.Equal($"Користувача {userName} розблоковано.", PageReader.Notice(page));
        Assert.Contains("дозволено", RowOf(page, userName), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName, password = Password })).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UsersPageOnSqlite(SqliteApp app) : UsersPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class UsersPageOnPostgres(PostgresApp app) : UsersPageTests(app);
