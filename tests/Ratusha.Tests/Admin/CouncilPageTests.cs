using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Admin;

/// <summary>/admin/council: the council's details are data the administrator edits, at the version they saw.</summary>
public abstract class CouncilPageTests(RatushaApp app)
{
    private const string Url = "/admin/council";

    private async Task<JsonElement> CouncilAsync() => await (await app.As("admin")).GetFromJsonAsync<JsonElement>("/api/v1/council/");

    [Fact]
    public async Task The_form_shows_the_council_in_ukrainian_with_a_label_on_every_field()
    {
        var council = await CouncilAsync();
        var page = await PageReader.GetAsync(await app.As("admin"), Url);
        PageReader.AssertUkrainianAndLabelled(page, "Реквізити ради");
        var form = PageForm.Of(await app.As("admin"), Url, page, "council");
        Assert.Equal(council.GetProperty("name").GetString(), form.Value("name"));
        Assert.Equal(council.GetProperty("code").GetString(), form.Value("code"));
        Assert.Equal(council.Version().ToString(System.Globalization.CultureInfo.InvariantCulture), form.Value("Input.Version"));
    }

    [Fact]
    public async Task Saved_details_are_stored_and_shown_in_the_page_header()
    {
        var name = AdminApi.Unique("Тестова міська рада ");
        var page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "council"))
            .Set("name", name).Set("phone", "+380 56 000 00 00").Set("website", "").SubmitAsync();

        Assert.Equal("Реквізити ради збережено.", PageReader.Notice(page));
        var council = await CouncilAsync();
        Assert.Equal(name, council.GetProperty("name").GetString());
        Assert.Equal("+380 56 000 00 00", council.GetProperty("phone").GetString());
        Assert.Equal(JsonValueKind.Null, council.GetProperty("website").ValueKind);
        var home = await PageReader.GetAsync(await app.As("registrar"), "/");
        Assert.Equal(name, home.QuerySelector(".brand-council")!.TextContent.Trim());
    }

    [Fact]
    public async Task Invalid_codes_show_ukrainian_messages_next_to_the_fields_and_change_nothing()
    {
        var before = await CouncilAsync();
        var page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "council"))
            .Set("code", "1234").Set("katottgCode", "12060170010070155").Set("email", "не-пошта").Set("name", "").SubmitAsync();

        Assert.Equal("Код ЄДРПОУ — 8 цифр.", PageReader.ErrorsNextTo(page, "code"));
        Assert.Equal("Код КАТОТТГ має вигляд UA та 17 цифр.", PageReader.ErrorsNextTo(page, "katottgCode"));
        Assert.Equal("Некоректна адреса електронної пошти.", PageReader.ErrorsNextTo(page, "email"));
        Assert.Equal("Вкажіть назву ради.", PageReader.ErrorsNextTo(page, "name"));
        Assert.Equal(before.ToString(), (await CouncilAsync()).ToString());
    }

    [Fact]
    public async Task A_stale_version_shows_the_conflict_and_changes_nothing()
    {
        var form = await PageForm.OpenAsync(await app.As("admin"), Url, "council");
        var council = await CouncilAsync();
        var meanwhile = AdminApi.Unique("Рада, змінена через API ");
        var put = await (await app.As("admin")).PutAsJsonAsync("/api/v1/council/", new
        {
            name = meanwhile,
            executiveCommitteeName = council.GetProperty("executiveCommitteeName").GetString(),
            code = council.GetProperty("code").GetString(),
            address = council.GetProperty("address").GetString(),
            version = council.Version(),
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var page = await form.Set("name", "Рада зі старої форми").SubmitAsync();

        Assert.StartsWith("Запис уже змінив інший користувач", PageReader.Alert(page), StringComparison.Ordinal);
        Assert.Equal(meanwhile, (await CouncilAsync()).GetProperty("name").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CouncilPageOnSqlite(SqliteApp app) : CouncilPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CouncilPageOnPostgres(PostgresApp app) : CouncilPageTests(app);
