using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Admin;

/// <summary>The API writes through the same use cases as the pages: created, changed, refused with a reason, or 409 when stale.</summary>
public abstract class OrganisationApiTests(RatushaApp app)
{
    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    [Fact]
    public async Task A_department_is_created_and_updated_and_a_stale_update_is_409()
    {
        var admin = await app.As("admin");
        var code = AdminApi.NewCode();
        var created = await AdminApi.CreateDepartmentAsync(admin, "Відділ інвестицій", code);
        Assert.Equal(code, created.GetProperty("code").GetString());

        var update = new { name = "Відділ інвестицій і грантів", shortName = "Інвестиції", code, sortOrder = 5, isActive = true, version = created.Version() };
        var updated = await admin.PutAsJsonAsync($"/api/v1/departments/{created.Id()}", update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var body = await updated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Відділ інвестицій і грантів", body.GetProperty("name").GetString());
        Assert.Equal(created.Version() + 1, body.Version());

        var stale = await admin.PutAsJsonAsync($"/api/v1/departments/{created.Id()}", update with { name = "Втрачене оновлення" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var stored = await AdminApi.FindAsync(admin, "/api/v1/departments/", "code", code);
        Assert.Equal("Відділ інвестицій і грантів", stored!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_department_with_a_taken_code_or_an_unknown_parent_is_refused_and_an_unknown_id_is_404()
    {
        var admin = await app.As("admin");
        var taken = await AdminApi.CreateDepartmentAsync(admin, "Відділ містобудування");
        var code = taken.GetProperty("code").GetString();

        var errors = await ErrorsAsync(await admin.PostAsJsonAsync("/api/v1/departments/", new { name = "Дублікат", shortName = "Дублікат", code, parentId = Guid.NewGuid() }));
        Assert.Equal($"Індекс «{code}» уже має інший підрозділ.", errors.GetProperty("code")[0].GetString());
        Assert.Equal("Такого вищого підрозділу немає.", errors.GetProperty("parentId")[0].GetString());

        var missing = await admin.PutAsJsonAsync($"/api/v1/departments/{Guid.NewGuid()}", new { name = "Нема", shortName = "Нема", code = AdminApi.NewCode(), version = 0 });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_official_is_created_and_updated_and_a_stale_update_is_409()
    {
        var admin = await app.As("admin");
        var department = await AdminApi.CreateDepartmentAsync(admin, "Відділ транспорту");
        var surname = AdminApi.Unique("Транспортенко");
        var created = await AdminApi.CreateOfficialAsync(admin, surname, department.Id());
        Assert.Equal($"{surname} Олена Петрівна", created.GetProperty("fullName").GetString());

        var update = new { surname, givenName = "Олена", position = "начальник відділу", departmentId = department.Id(), email = "olena@rada.example", version = created.Version() };
        var updated = await admin.PutAsJsonAsync($"/api/v1/officials/{created.Id()}", update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var body = await updated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("начальник відділу", body.GetProperty("position").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("patronymic").ValueKind);

        var stale = await admin.PutAsJsonAsync($"/api/v1/officials/{created.Id()}", update with { position = "втрачене оновлення" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var stored = await AdminApi.FindAsync(admin, "/api/v1/officials/", "surname", surname);
        Assert.Equal("начальник відділу", stored!.Value.GetProperty("position").GetString());
    }

    [Fact]
    public async Task An_official_without_a_known_department_is_refused_in_ukrainian()
    {
        var admin = await app.As("admin");
        var errors = await ErrorsAsync(await admin.PostAsJsonAsync("/api/v1/officials/",
            new { surname = "Безпідрозділенко", givenName = "Іван", position = "спеціаліст", departmentId = Guid.NewGuid() }));
        Assert.Equal("Оберіть підрозділ.", errors.GetProperty("departmentId")[0].GetString());

        errors = await ErrorsAsync(await admin.PostAsJsonAsync("/api/v1/officials/",
            new { surname = "", givenName = "Іван", position = "спеціаліст", departmentId = Guid.NewGuid(), email = "ні" }));
        var surname = errors.EnumerateObject().Single(e => e.Name.Equals("surname", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Вкажіть прізвище.", surname.Value[0].GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrganisationApiOnSqlite(SqliteApp app) : OrganisationApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OrganisationApiOnPostgres(PostgresApp app) : OrganisationApiTests(app);
