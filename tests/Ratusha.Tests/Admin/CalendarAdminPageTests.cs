using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Admin;

/// <summary>
/// /admin/calendar: holidays, government transfers and martial law are data; each change is used at once. The tests
/// work in years no other test computes deadlines in (a holiday needs a year before martial law, when holidays were
/// days off), and remove what they add.
/// </summary>
public abstract class CalendarAdminPageTests(RatushaApp app)
{
    private const string Url = "/admin/calendar";

    private static string PreviewRow(IHtmlDocument page, string date) =>
        page.QuerySelectorAll("#non-working tbody tr").FirstOrDefault(r => r.Children[0].TextContent.Trim() == date)?.TextContent ?? "";

    private async Task<JsonElement[]> ListAsync(string what) =>
        (await (await app.As("admin")).GetFromJsonAsync<JsonElement[]>($"/api/v1/calendar-settings/{what}"))!;

    private async Task<JsonElement> DueAsync(string from) =>
        await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/deadlines?rule=document-urgent&from={from}");

    [Fact]
    public async Task The_page_shows_the_calendar_and_the_non_working_days_of_a_year()
    {
        var page = await PageReader.GetAsync(await app.As("admin"), $"{Url}?year=2021");

        PageReader.AssertUkrainianAndLabelled(page, "Робочий календар");
        Assert.Contains("День Незалежності України", PreviewRow(page, "24.08.2021"), StringComparison.Ordinal);
        Assert.Contains("вихідний день", PreviewRow(page, "23.08.2021"), StringComparison.Ordinal);
        Assert.Equal("", PreviewRow(page, "21.08.2021"));
        Assert.Contains("01.01.2000", page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_holiday_added_and_removed_changes_the_preview_and_the_deadlines_at_once()
    {
        var name = AdminApi.Unique("День тестування ");
        var page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "holiday"))
            .Set("holidayName", name).Set("holidayMonth", "9").Set("holidayDay", "17")
            .Set("holidayFrom", "2003-01-01").Set("holidayTo", "2003-12-31").Set("holidaySource", "ст. 73 КЗпП (тест)").SubmitAsync();

        Assert.Equal($"Свято «{name}» додано.", PageReader.Notice(page));
        var preview = await PageReader.GetAsync(await app.As("admin"), $"{Url}?year=2003");
        Assert.Contains(name, PreviewRow(preview, "17.09.2003"), StringComparison.Ordinal);
        Assert.Equal("2003-09-23", (await DueAsync("2003-09-15")).GetProperty("due").GetString());

        var id = (await ListAsync("holidays")).Single(h => h.GetProperty("name").GetString() == name).Id();
        page = await PageForm.Of(await app.As("admin"), Url, preview, "delete-holiday").SubmitAsync("DeleteHoliday.Id", id);

        Assert.Equal("Свято вилучено.", PageReader.Notice(page));
        Assert.DoesNotContain(await ListAsync("holidays"), h => h.GetProperty("name").GetString() == name);
        Assert.Equal("2003-09-22", (await DueAsync("2003-09-15")).GetProperty("due").GetString());
    }

    [Fact]
    public async Task An_invalid_holiday_shows_ukrainian_messages_next_to_the_fields_and_adds_nothing()
    {
        var name = AdminApi.Unique("Неправильне свято ");
        var page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "holiday"))
            .Set("holidayName", name).Set("holidayMonth", "2").Set("holidayDay", "30").Set("holidaySource", "").SubmitAsync();

        Assert.Equal("Вкажіть, з якої дати діє свято.", PageReader.ErrorsNextTo(page, "holidayFrom"));
        Assert.Equal("Вкажіть підставу (норму закону).", PageReader.ErrorsNextTo(page, "holidaySource"));

        page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "holiday"))
            .Set("holidayName", name).Set("holidayMonth", "2").Set("holidayDay", "30").Set("holidayEaster", "")
            .Set("holidayFrom", "2095-01-01").Set("holidayTo", "2094-01-01").Set("holidaySource", "тест").SubmitAsync();
        Assert.Equal("Такого дня в цьому місяці немає.", PageReader.ErrorsNextTo(page, "holidayDay"));
        Assert.Equal("Кінець дії не може бути раніше за початок.", PageReader.ErrorsNextTo(page, "holidayTo"));

        page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "holiday"))
            .Set("holidayName", name).Set("holidayMonth", "5").Set("holidayDay", "2").Set("holidayEaster", "1")
            .Set("holidayFrom", "2095-01-01").Set("holidaySource", "тест").SubmitAsync();
        Assert.Equal("Вкажіть або місяць і день, або зсув від Великодня.", PageReader.ErrorsNextTo(page, "holidayMonth"));
        Assert.DoesNotContain(await ListAsync("holidays"), h => h.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task A_transferred_day_is_added_and_removed_and_a_second_one_on_the_same_date_is_refused()
    {
        var reason = AdminApi.Unique("розпорядження КМУ (тест) ");
        var page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "special-day"))
            .Set("specialDate", "2096-03-14").Set("specialKind", "DayOff").Set("specialReason", reason).SubmitAsync();
        Assert.Equal("Перенесення на 14.03.2096 додано.", PageReader.Notice(page));
        Assert.Contains(reason, PreviewRow(await PageReader.GetAsync(await app.As("admin"), $"{Url}?year=2096"), "14.03.2096"), StringComparison.Ordinal);

        page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "special-day"))
            .Set("specialDate", "2096-03-14").Set("specialKind", "WorkingDay").Set("specialReason", "ще раз").SubmitAsync();
        Assert.Equal("Для цієї дати перенесення вже вказано.", PageReader.ErrorsNextTo(page, "specialDate"));
        page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "special-day")).Set("specialDate", "").Set("specialReason", "").SubmitAsync();
        Assert.Equal("Вкажіть дату.", PageReader.ErrorsNextTo(page, "specialDate"));
        Assert.Equal("Вкажіть підставу перенесення.", PageReader.ErrorsNextTo(page, "specialReason"));

        var id = (await ListAsync("special-days")).Single(d => d.GetProperty("reason").GetString() == reason).Id();
        page = await PageForm.Of(await app.As("admin"), Url, page, "delete-special-day").SubmitAsync("DeleteSpecialDay.Id", id);
        Assert.Equal("Перенесення вилучено.", PageReader.Notice(page));
        Assert.Equal("", PreviewRow(await PageReader.GetAsync(await app.As("admin"), $"{Url}?year=2096"), "14.03.2096"));
    }

    [Fact]
    public async Task A_martial_law_period_is_added_its_end_date_edited_at_its_version_and_removed()
    {
        var source = AdminApi.Unique("Указ Президента (тест) ");
        var page = await (await PageForm.OpenAsync(await app.As("admin"), Url, "martial-law"))
            .Set("martialFrom", "2097-02-01").Set("martialTo", "2097-01-01").Set("martialSource", source).SubmitAsync();
        Assert.Equal("Кінець не може бути раніше за початок.", PageReader.ErrorsNextTo(page, "martialTo"));

        await (await PageForm.OpenAsync(await app.As("admin"), Url, "martial-law"))
            .Set("martialFrom", "2097-02-01").Set("martialSource", source).SubmitAsync();
        var period = (await ListAsync("martial-law")).Single(p => p.GetProperty("source").GetString() == source);
        Assert.Equal(JsonValueKind.Null, period.GetProperty("to").ValueKind);

        var form = await PageForm.OpenAsync(await app.As("admin"), $"{Url}?martial={period.Id()}", "martial-law");
        Assert.Equal("2097-02-01", form.Value("martialFrom"));
        var stale = await PageForm.OpenAsync(await app.As("admin"), $"{Url}?martial={period.Id()}", "martial-law");
        await form.Set("martialTo", "2097-05-31").SubmitAsync();
        period = (await ListAsync("martial-law")).Single(p => p.GetProperty("source").GetString() == source);
        Assert.Equal("2097-05-31", period.GetProperty("to").GetString());

        page = await stale.Set("martialTo", "2097-12-31").SubmitAsync();
        Assert.StartsWith("Запис уже змінив інший користувач", PageReader.Alert(page), StringComparison.Ordinal);
        Assert.Equal("2097-05-31", (await ListAsync("martial-law")).Single(p => p.Id() == period.Id()).GetProperty("to").GetString());

        page = await PageForm.Of(await app.As("admin"), Url, page, "delete-martial-law").SubmitAsync("DeleteMartialLaw.Id", period.Id());
        Assert.Equal("Період воєнного стану вилучено.", PageReader.Notice(page));
        Assert.DoesNotContain(await ListAsync("martial-law"), p => p.Id() == period.Id());
    }

    [Fact]
    public async Task The_api_still_answers_409_for_a_stale_martial_law_version()
    {
        var admin = await app.As("admin");
        var source = AdminApi.Unique("Закон (тест API) ");
        var created = await (await admin.PostAsJsonAsync("/api/v1/calendar-settings/martial-law", new { from = "2098-01-01", source }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var update = new { from = "2098-01-01", to = "2098-03-01", source };
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/calendar-settings/martial-law/{created.Id()}?version={created.Version()}", update)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutAsJsonAsync($"/api/v1/calendar-settings/martial-law/{created.Id()}?version={created.Version()}", update)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/calendar-settings/martial-law/{created.Id()}")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CalendarAdminPageOnSqlite(SqliteApp app) : CalendarAdminPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CalendarAdminPageOnPostgres(PostgresApp app) : CalendarAdminPageTests(app);
