using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ratusha.Features.Classifiers;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Admin;

/// <summary>
/// /admin/classifiers: the lists of the Classifier of citizens' appeals (CMU resolution №858 and its amendments) as data
/// the administrator adds to and changes; a value is deactivated, never deleted, because cards refer to it.
/// </summary>
public abstract class ClassifiersPageTests(RatushaApp app)
{
    private const string Url = "/admin/classifiers";
    private const string Topics = Url + "/" + ClassifierLists.Topic;

    private async Task<JsonElement> CreateAsync(string list, string code, string name)
    {
        var response = await (await app.As("admin")).PostAsJsonAsync($"/api/v1/classifiers/{list}", new { code, name, sortOrder = 900 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement[]> ListAsync(string list) =>
        (await (await app.As("admin")).GetFromJsonAsync<JsonElement[]>($"/api/v1/classifiers/{list}"))!;

    private async Task<JsonElement?> FindAsync(string list, string code) =>
        await AdminApi.FindAsync(await app.As("admin"), $"/api/v1/classifiers/{list}", "code", code);

    private static IElement Row(IHtmlDocument page, string code) =>
        page.QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == code);

    private async Task<bool> OfferedForRegistrationAsync(string code)
    {
        var form = await PageReader.GetAsync(await app.As("registrar"), "/appeals/new");
        return form.QuerySelector($"#topic option[value='{code}']") is not null;
    }

    [Fact]
    public async Task Every_list_is_listed_with_its_title_and_the_administrator_reaches_it_from_the_menu()
    {
        var page = await PageReader.GetAsync(await app.As("admin"), Url);

        PageReader.AssertUkrainianAndLabelled(page, "Класифікатор звернень");
        Assert.NotNull(page.QuerySelector($"nav a[href='{Url}']"));
        foreach (var (list, title) in ClassifierLists.Titles)
            Assert.Equal(title, page.QuerySelector($"table a[href='{Url}/{list}']")?.TextContent.Trim());
        Assert.Null((await PageReader.GetAsync(await app.As("registrar"), "/")).QuerySelector($"nav a[href='{Url}']"));
    }

    [Fact]
    public async Task Art20_the_author_category_list_shows_which_categories_are_privileged()
    {
        var page = await PageReader.GetAsync(await app.As("admin"), $"{Url}/{ClassifierLists.Category}");

        PageReader.AssertUkrainianAndLabelled(page, "Категорія автора");
        var headers = page.QuerySelectorAll("table thead th").Select(h => h.TextContent.Trim()).Take(6);
        Assert.Equal("Код Назва Порядок Діє Пільга Джерело", string.Join(" ", headers));
        var veteran = Row(page, "7.5");
        Assert.Equal("Учасник бойових дій", veteran.Children[1].TextContent.Trim());
        Assert.Equal("так", veteran.Children[4].TextContent.Trim());
        Assert.Equal("ні", Row(page, "7.11").Children[4].TextContent.Trim());
        Assert.NotNull(page.GetElementById("isPrivileged"));
        Assert.Null((await PageReader.GetAsync(await app.As("admin"), Topics)).GetElementById("isPrivileged"));
    }

    [Fact]
    public async Task A_value_added_through_the_form_is_stored_and_listed()
    {
        var code = AdminApi.NewCode();
        var page = await (await PageForm.OpenAsync(await app.As("admin"), $"{Url}/{ClassifierLists.Category}", "classifier-entry"))
            .Set("code", code).Set("name", "Ветеран війни з інвалідністю").Set("sortOrder", "500").Set("source", "зміни 2024 року")
            .Check("isPrivileged").SubmitAsync();

        Assert.Equal($"Значення «{code} Ветеран війни з інвалідністю» збережено.", PageReader.Notice(page));
        Assert.Equal("Ветеран війни з інвалідністю", Row(page, code).Children[1].TextContent.Trim());
        Assert.Equal("Нове значення", page.QuerySelector("h2")!.TextContent.Trim());
        var stored = (await FindAsync(ClassifierLists.Category, code))!.Value;
        Assert.Equal(500, stored.GetProperty("sortOrder").GetInt32());
        Assert.True(stored.GetProperty("isActive").GetBoolean());
        Assert.True(stored.GetProperty("isPrivileged").GetBoolean());
        Assert.Equal("зміни 2024 року", stored.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Editing_fills_the_form_and_changes_the_name_but_never_the_code_cards_refer_to()
    {
        var code = AdminApi.NewCode();
        var created = await CreateAsync(ClassifierLists.Topic, code, "Енергозбереження");
        var form = await PageForm.OpenAsync(await app.As("admin"), $"{Topics}?edit={created.Id()}", "classifier-entry");
        Assert.Equal("Енергозбереження", form.Value("name"));
        Assert.Equal(code, form.Value("code"));

        var page = await form.Set("name", "Енергозбереження та енергоефективність").Set("code", code + "X").SubmitAsync();

        Assert.Equal("Енергозбереження та енергоефективність", Row(page, code).Children[1].TextContent.Trim());
        var stored = (await FindAsync(ClassifierLists.Topic, code))!.Value;
        Assert.Equal("Енергозбереження та енергоефективність", stored.GetProperty("name").GetString());
        Assert.Equal(created.Version() + 1, stored.Version());
        Assert.Null(await FindAsync(ClassifierLists.Topic, code + "X"));
    }

    [Fact]
    public async Task A_deactivated_value_is_no_longer_offered_for_registration_but_stays_in_the_list_and_on_old_cards()
    {
        var code = AdminApi.NewCode();
        var created = await CreateAsync(ClassifierLists.Topic, code, "Укриття цивільного захисту");
        Assert.True(await OfferedForRegistrationAsync(code));
        var registered = await (await app.As("registrar")).PostAsJsonAsync("/api/v1/appeals/", new
        {
            channel = "1.1",
            type = "3.2",
            sign = "2.1",
            subject = "5.1",
            surname = "Гнатюк",
            givenName = "Ірина",
            address = "вул. Шкільна, 3",
            topic = code,
            text = $"Прошу відчинити укриття в школі. {Guid.NewGuid():N}",
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var appeal = await registered.Content.ReadFromJsonAsync<JsonElement>();

        var page = await (await PageForm.OpenAsync(await app.As("admin"), $"{Topics}?edit={created.Id()}", "classifier-entry"))
            .Check("isActive", on: false).SubmitAsync();

        Assert.Equal("ні", Row(page, code).Children[3].TextContent.Trim());
        Assert.False((await FindAsync(ClassifierLists.Topic, code))!.Value.GetProperty("isActive").GetBoolean());
        Assert.False(await OfferedForRegistrationAsync(code));
        Assert.Equal("ні", Row(await PageReader.GetAsync(await app.As("admin"), Topics), code).Children[3].TextContent.Trim());
        var card = await PageReader.GetAsync(await app.As("registrar"), $"/appeals/{appeal.Id()}");
        Assert.Contains("Укриття цивільного захисту", card.QuerySelector("dl.card")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicate_code_gets_a_ukrainian_message_next_to_the_field_and_nothing_is_stored()
    {
        var code = AdminApi.NewCode();
        await CreateAsync(ClassifierLists.Topic, code, "Зовнішня реклама");
        var before = (await ListAsync(ClassifierLists.Topic)).Length;

        var page = await (await PageForm.OpenAsync(await app.As("admin"), Topics, "classifier-entry"))
            .Set("code", code).Set("name", "Вивіски").SubmitAsync();

        Assert.Equal($"Код «{code}» у цьому списку вже є.", PageReader.ErrorsNextTo(page, "code"));
        Assert.Equal("Вивіски", page.GetElementById("name")!.GetAttribute("value"));
        Assert.Null(PageReader.Notice(page));

        page = await (await PageForm.OpenAsync(await app.As("admin"), Topics, "classifier-entry"))
            .Set("code", AdminApi.NewCode()).Set("name", " ").SubmitAsync();
        Assert.Equal("Вкажіть назву.", PageReader.ErrorsNextTo(page, "name"));

        Assert.Equal(before, (await ListAsync(ClassifierLists.Topic)).Length);
        Assert.Equal("Зовнішня реклама", (await FindAsync(ClassifierLists.Topic, code))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_stale_version_shows_the_conflict_and_changes_nothing()
    {
        var code = AdminApi.NewCode();
        var created = await CreateAsync(ClassifierLists.Topic, code, "Паркування");
        var id = created.Id();
        var form = await PageForm.OpenAsync(await app.As("admin"), $"{Topics}?edit={id}", "classifier-entry");
        var meanwhile = await (await app.As("admin")).PutAsJsonAsync($"/api/v1/classifiers/{ClassifierLists.Topic}/{id}",
            new { code, name = "Паркування транспорту", sortOrder = 900, version = created.Version() });
        Assert.Equal(HttpStatusCode.OK, meanwhile.StatusCode);

        var page = await form.Set("name", "Паркування і стоянки").SubmitAsync();

        Assert.StartsWith("Запис уже змінив інший користувач", PageReader.Alert(page), StringComparison.Ordinal);
        Assert.Equal("Паркування транспорту", (await FindAsync(ClassifierLists.Topic, code))!.Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_code_of_a_value_never_changes_because_cards_refer_to_it()
    {
        var code = AdminApi.NewCode();
        var created = await CreateAsync(ClassifierLists.Topic, code, "Озеленення");
        var renamed = await (await app.As("admin")).PutAsJsonAsync($"/api/v1/classifiers/{ClassifierLists.Topic}/{created.Id()}",
            new { code = code + "x", name = "Озеленення", sortOrder = 900, version = created.Version() });
        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        Assert.NotNull(await FindAsync(ClassifierLists.Topic, code));
    }

    [Fact]
    public async Task Only_the_administrator_opens_or_submits_the_classifier_pages()
    {
        foreach (var url in new[] { Url, Topics })
        {
            foreach (var who in new[] { "registrar", "hotline", "controller", "head", "executor", "deputy", "mayor", "citizen" })
            {
                var response = await (await app.As(who)).GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains("/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
            }
            var anonymous = await app.Anonymous().GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.Contains("/login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var code = AdminApi.NewCode();
        var posted = await (await app.As("registrar")).PostAsync(Topics, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "classifier-entry",
            ["Input.Code"] = code,
            ["Input.Name"] = "Самовільна тематика",
            ["Input.SortOrder"] = "1",
            ["Input.IsActive"] = "true",
        }));
        Assert.Contains("/access-denied", posted.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Null(await FindAsync(ClassifierLists.Topic, code));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ClassifiersPageOnSqlite(SqliteApp app) : ClassifiersPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ClassifiersPageOnPostgres(PostgresApp app) : ClassifiersPageTests(app);
