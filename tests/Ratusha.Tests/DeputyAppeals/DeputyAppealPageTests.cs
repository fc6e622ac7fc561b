using System.Net;
using Ratusha.Features.DeputyAppeals;
using Ratusha.Tests.Admin;
using Ratusha.Tests.Infrastructure;
using static Ratusha.Tests.DeputyAppeals.DeputyAppealSteps;

namespace Ratusha.Tests.DeputyAppeals;

/// <summary>
/// The pages of deputy appeals as the registrar and the officials use them: registration, the register with its filters,
/// the card with the hearing, its notice and the answer, the printed card. The fake clock stands on Monday 23.11.2026.
/// </summary>
public abstract class DeputyAppealPageTests(RatushaApp app)
{
    [Fact]
    public async Task The_registrar_registers_a_local_deputy_appeal_on_the_form_and_sees_its_term_on_the_card()
    {
        var registrar = await app.As("registrar");
        var form = await PageForm.OpenAsync(registrar, "/deputy-appeals/new", "deputy-appeal");
        var blank = await form.SubmitAsync();
        Assert.Equal("Депутатське звернення не зареєстровано: перевірте позначені поля.", PageReader.Alert(blank));
        Assert.Contains("Вкажіть прізвище, ім'я та по батькові депутата.", PageReader.ErrorsNextTo(blank, "deputyName"));

        var card = await (await PageForm.OpenAsync(registrar, "/deputy-appeals/new", "deputy-appeal"))
            .Check("kind", false).Set("kind", nameof(DeputyKind.LocalDeputy))
            .Set("deputyName", "Ярошенко Світлана Олегівна").Set("summary", "Про освітлення вул. Шевченка")
            .Set("receivedAt", "2026-11-20T11:00").SubmitAsync();
        PageReader.AssertUkrainianAndLabelled(card, card.QuerySelector("h1")!.TextContent.Trim());
        Assert.StartsWith("Депутатське звернення № ДР-", card.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("30.11.2026", card.GetElementById("deputy-due")?.TextContent.Trim());
        Assert.Equal("21.12.2026", card.GetElementById("deputy-ceiling")?.TextContent.Trim());
        Assert.Contains("Ярошенко Світлана Олегівна, депутат міської ради", card.GetElementById("deputy-name")?.TextContent);
    }

    [Fact]
    public async Task On_the_card_a_hearing_too_near_is_refused_and_a_later_one_records_the_notice_for_posting()
    {
        var appeal = await RegisterAsync(app, DeputyKind.LocalDeputy, Kyiv(2026, 11, 20), "Тарасенко Юрій Іванович");
        var registrar = await app.As("registrar");
        var url = $"/deputy-appeals/{appeal.Id}";

        var refused = await (await PageForm.OpenAsync(registrar, url, "hearing")).Set("hearing-date", "2026-11-26").Set("hearing-place", "каб. 305").SubmitAsync();
        Assert.Equal("Розгляд не призначено: перевірте позначені поля.", PageReader.Alert(refused));
        Assert.Contains("28.11.2026", PageReader.ErrorsNextTo(refused, "hearing-date"));

        var set = await (await PageForm.OpenAsync(registrar, url, "hearing")).Set("hearing-date", "2026-12-02").Set("hearing-time", "10:00").Set("hearing-place", "каб. 305").SubmitAsync();
        Assert.Equal("Розгляд призначено; повідомлення депутату записано.", PageReader.Notice(set));
        Assert.Equal("27.11.2026", set.GetElementById("hearing-notice-due")?.TextContent.Trim());
        Assert.Contains("ще не надіслано", set.GetElementById("notices")?.TextContent);

        var posted = await PageForm.Of(registrar, url, set, "notice-sent").Set("notice-by", nameof(DeputyDelivery.Phone)).SubmitAsync();
        Assert.Equal("Зазначено, що повідомлення надіслано.", PageReader.Notice(posted));
        Assert.Contains("23.11.2026, телефоном", posted.GetElementById("notices")?.TextContent);

        var head = await PageReader.GetAsync(await app.As("mayor"), url);
        Assert.NotNull(head.QuerySelector("#hearing form"));
        var print = await PageReader.GetAsync(registrar, $"{url}/print");
        Assert.Contains(appeal.Index, print.QuerySelector("h1")?.TextContent);
        Assert.Contains("02.12.2026", print.QuerySelector("table.print-card")?.TextContent);
    }

    [Fact]
    public async Task The_register_lists_what_the_user_may_see_and_marks_the_overdue()
    {
        var overdue = await RegisterAsync(app, DeputyKind.PeoplesDeputy, Kyiv(2026, 11, 2), "Вдовиченко Назар Ігорович");
        var page = await PageReader.GetAsync(await app.As("registrar"), "/deputy-appeals?deputy=вдовиченко&overdue=true");
        PageReader.AssertUkrainianAndLabelled(page, "Депутатські звернення");
        var row = Assert.Single(page.QuerySelectorAll("#deputy-appeals tbody tr"));
        Assert.Equal("overdue", row.GetAttribute("class"));
        Assert.Contains("12.11.2026 — прострочено", row.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/api/v1/deputy-appeals/export.xlsx?deputy=%D0%B2%D0%B4%D0%BE%D0%B2%D0%B8%D1%87%D0%B5%D0%BD%D0%BA%D0%BE&overdue=true']"));

        var executor = await PageReader.GetAsync(await app.As("executor"), "/deputy-appeals?deputy=вдовиченко");
        Assert.Empty(executor.QuerySelectorAll("#deputy-appeals tbody tr"));
        var card = await (await app.As("executor")).GetAsync($"/deputy-appeals/{overdue.Id}");
        Assert.Equal(HttpStatusCode.NotFound, card.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DeputyAppealPagesOnSqlite(SqliteApp app) : DeputyAppealPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DeputyAppealPagesOnPostgres(PostgresApp app) : DeputyAppealPageTests(app);
