using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Identity;

/// <summary>Log-in, password policy and lockout; the signed-in user's roles and department scope.</summary>
public abstract class LogInTests(RatushaApp app)
{
    private async Task<string> NewUser(string password, params string[] roles)
    {
        var userName = $"u{Guid.NewGuid():N}"[..12];
        var response = await (await app.As("admin")).PostAsJsonAsync("/api/v1/users/", new { userName, password, displayName = "Тестовий Користувач", roles });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return userName;
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_rules_in_ukrainian()
    {
        var response = await (await app.As("admin")).PostAsJsonAsync("/api/v1/users/",
            new { userName = "weak" + Guid.NewGuid().ToString("N")[..6], password = "abc", displayName = "Слабкий Пароль", roles = new[] { "Executor" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var messages = problem.RootElement.GetProperty("errors").GetProperty("password").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains("Пароль має містити щонайменше 10 символів.", messages);
        Assert.Contains("Пароль має містити хоча б одну цифру.", messages);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_admin_unlocks_it()
    {
        const string password = "Правильний-пароль-1Aa";
        var userName = await NewUser(password, "Executor");
        for (var i = 0; i < 5; i++)
        {
            var wrong = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName, password = "Wrong-password-1" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var locked = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName, password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("заблоковано", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var users = await (await app.As("admin")).GetFromJsonAsync<JsonElement[]>("/api/v1/users/");
        var user = users!.Single(u => u.GetProperty("userName").GetString() == userName);
        Assert.True(user.GetProperty("lockedOut").GetBoolean());
        var unlock = await (await app.As("admin")).PostAsync($"/api/v1/users/{user.GetProperty("id").GetString()}/unlock", null);
        Assert.Equal(HttpStatusCode.NoContent, unlock.StatusCode);

        var again = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { userName, password });
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
    }

    [Fact]
    public async Task Me_tells_the_roles_and_the_department_scope()
    {
        var head = await (await app.As("head")).GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(["HeadOfDepartment"], head.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.False(head.GetProperty("councilWide").GetBoolean());
        Assert.Equal(JsonValueKind.String, head.GetProperty("departmentId").ValueKind);

        var controller = await (await app.As("controller")).GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.True(controller.GetProperty("councilWide").GetBoolean());
    }

    [Fact]
    public async Task A_head_of_department_sees_only_the_officials_of_their_department()
    {
        var head = await app.As("head");
        var me = await head.GetFromJsonAsync<JsonElement>("/api/v1/me");
        var officials = await head.GetFromJsonAsync<JsonElement[]>("/api/v1/officials/");
        Assert.NotEmpty(officials!);
        Assert.All(officials!, o => Assert.Equal(me.GetProperty("departmentId").GetString(), o.GetProperty("departmentId").GetString()));

        var all = await (await app.As("mayor")).GetFromJsonAsync<JsonElement[]>("/api/v1/officials/");
        Assert.True(all!.Length >= 40, $"the demo council has at least 40 officials, got {all.Length}");
        Assert.True(all.Select(o => o.GetProperty("departmentId").GetString()).Distinct().Count() >= 12);
    }

    [Fact]
    public async Task Changing_roles_takes_effect_on_the_next_request()
    {
        const string password = "Ще-один-пароль-2Bb";
        var userName = await NewUser(password, "Citizen");
        var client = await app.LogInAsync(userName, password);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/journals/")).StatusCode);

        var users = await (await app.As("admin")).GetFromJsonAsync<JsonElement[]>("/api/v1/users/");
        var id = users!.Single(u => u.GetProperty("userName").GetString() == userName).GetProperty("id").GetString();
        var set = await (await app.As("admin")).PutAsJsonAsync($"/api/v1/users/{id}/roles", new { roles = new[] { "Registrar" } });
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);

        var again = await app.LogInAsync(userName, password);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/v1/journals/")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LogInOnSqlite(SqliteApp app) : LogInTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LogInOnPostgres(PostgresApp app) : LogInTests(app);
