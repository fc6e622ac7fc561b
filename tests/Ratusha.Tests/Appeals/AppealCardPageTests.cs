using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Ratusha.Features.Appeals;
using Ratusha.Features.Attachments;
using Ratusha.Tests.Admin;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Appeals;

/// <summary>
/// /appeals/{id}: the answer as the applicant gets it (result; for a refusal the grounds and the route of appeal, art. 15,
/// 19, §6.23), its DOCX letter and its sending by the lead executor or a registrar; the files of the appeal and their upload.
/// The fake clock stands on Monday 23.11.2026.
/// </summary>
public abstract class AppealCardPageTests(RatushaApp app)
{
    private const string Grounds = "Майданчик перебуває на балансі ОСББ (ст. 385 Цивільного кодексу України); ремонт — обов'язок власника.";

    private static string Url(AppealResponse appeal) => $"/appeals/{appeal.Id}";

    private static byte[] Pdf()
    {
        var bytes = new byte[2048];
        Random.Shared.NextBytes(bytes);
        "%PDF-1.4\n"u8.CopyTo(bytes);
        return bytes;
    }

    private async Task<AppealResponse> Answered(string surname, string? email = null)
    {
        var appeal = await AppealSteps.RegisterAsync(app, surname, email);
        await AppealSteps.ResolveAsync(app, appeal);
        await AppealSteps.AnswerAsync(app, appeal, "9.3", "Ремонт майданчика включено до плану робіт на 2027 рік.");
        return appeal;
    }

    [Fact]
    public async Task Art15_the_answer_section_and_the_DOCX_link_appear_once_the_lead_executor_has_answered()
    {
        var appeal = await AppealSteps.RegisterAsync(app, "Захарченко", "zakharchenko@example.org");
        await AppealSteps.ResolveAsync(app, appeal);
        var executor = await app.As("executor");

        var before = await PageReader.GetAsync(executor, Url(appeal));
        Assert.Equal("Відповідальний виконавець ще не підготував відповідь.", before.QuerySelector("#answer p")?.TextContent.Trim());
        Assert.Null(before.QuerySelector("a[href$='/answer.docx']"));
        Assert.DoesNotContain(before.QuerySelectorAll("input[name=_handler]"), h => h.GetAttribute("value") == "send-answer");

        await AppealSteps.AnswerAsync(app, appeal, "9.2", "У задоволенні звернення відмовлено.", Grounds, AppealControlRules.DefaultAppealRoute);
        var page = await PageReader.GetAsync(executor, Url(appeal));

        PageReader.AssertUkrainianAndLabelled(page, $"Реєстраційно-контрольна картка № {appeal.Index}");
        Assert.Equal("відповідь на перевірці", page.GetElementById("appeal-state")?.TextContent.Trim());
        Assert.Equal("Відмовлено у задоволенні", page.GetElementById("answer-result")?.TextContent.Trim());
        Assert.Equal("У задоволенні звернення відмовлено.", page.GetElementById("answer-text")?.TextContent.Trim());
        Assert.Equal(Grounds, page.GetElementById("answer-grounds")?.TextContent.Trim());
        Assert.Equal(AppealControlRules.DefaultAppealRoute, page.GetElementById("answer-route")?.TextContent.Trim());
        Assert.Equal("ще не надіслано", page.GetElementById("answer-delivery")?.TextContent.Trim());
        var letter = page.QuerySelector($"#answer a[href='/api/v1/appeals/{appeal.Id}/answer.docx']");
        Assert.Equal("Лист-відповідь (DOCX)", letter?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await executor.GetAsync(letter!.GetAttribute("href"))).StatusCode);
        var form = PageForm.Of(executor, Url(appeal), page, "send-answer");
        Assert.Equal(("Email", "zakharchenko@example.org", "вул. Шевченка, 5, кв. 12"), (form.Value("by"), form.Value("answer-email"), form.Value("answer-address")));

        foreach (var (user, sends) in new[] { ("registrar", true), ("head", false), ("controller", false), ("deputy", false) })
        {
            var seen = await PageReader.GetAsync(await app.As(user), Url(appeal));
            Assert.Equal("Відмовлено у задоволенні", seen.GetElementById("answer-result")?.TextContent.Trim());
            Assert.True(sends == seen.QuerySelectorAll("input[name=_handler]").Any(h => h.GetAttribute("value") == "send-answer"), $"{user}: send form shown = {!sends}");
        }
    }

    [Fact]
    public async Task An_answer_posted_is_recorded_from_the_page_with_its_day_and_the_form_goes_away()
    {
        var appeal = await Answered("Кириленко");

        var page = await (await PageForm.OpenAsync(await app.As("registrar"), Url(appeal), "send-answer"))
            .Set("by", "Post").Set("answer-postedOn", "2026-11-23").SubmitAsync();

        Assert.Equal("Зазначено, що відповідь надіслано поштою 23.11.2026.", PageReader.Notice(page));
        Assert.Equal("23.11.2026, поштою: вул. Шевченка, 5, кв. 12", page.GetElementById("answer-delivery")?.TextContent.Trim());
        Assert.DoesNotContain(page.QuerySelectorAll("input[name=_handler]"), h => h.GetAttribute("value") == "send-answer");
        var answer = await AppealSteps.AnswerOfAsync(app, appeal);
        Assert.Equal(("Post", "2026-11-23", "вул. Шевченка, 5, кв. 12"), (answer.DeliveredBy, answer.DeliveredOn, answer.DeliveredTo));
    }

    [Fact]
    public async Task The_lead_executor_sends_the_answer_by_e_mail_from_the_page_through_the_outbox()
    {
        var appeal = await Answered("Остапенко", "ostapenko@example.org");

        var page = await (await PageForm.OpenAsync(await app.As("executor"), Url(appeal), "send-answer")).SubmitAsync();

        Assert.Equal("Відповідь надіслано електронною поштою на ostapenko@example.org.", PageReader.Notice(page));
        Assert.Equal("23.11.2026, електронною поштою: ostapenko@example.org", page.GetElementById("answer-delivery")?.TextContent.Trim());
        await using var scope = app.Scope(out var db);
        var letter = Assert.Single(await db.OutboxMessages.Where(m => m.To == "ostapenko@example.org").ToListAsync());
        Assert.Equal($"vidpovid-{appeal.Index}.docx", letter.AttachmentName);
    }

    [Fact]
    public async Task A_wrong_e_mail_gets_the_error_next_to_the_field_and_nothing_is_sent()
    {
        var appeal = await Answered("Лисенко", "lysenko@example.org");
        int Letters(Ratusha.Data.RatushaDb db) => db.OutboxMessages.Count(m => m.Subject.Contains(appeal.Index));

        var page = await (await PageForm.OpenAsync(await app.As("executor"), Url(appeal), "send-answer"))
            .Set("by", "Email").Set("answer-email", "lysenko.example.org").SubmitAsync();

        Assert.Equal("Некоректна адреса електронної пошти.", PageReader.ErrorsNextTo(page, "answer-email"));
        Assert.Equal("", PageReader.ErrorsNextTo(page, "answer-address"));
        Assert.Equal("Відповідь не надіслано: перевірте поля форми.", PageReader.Alert(page));
        Assert.Equal("lysenko.example.org", page.GetElementById("answer-email")?.GetAttribute("value"));
        Assert.Equal("ще не надіслано", page.GetElementById("answer-delivery")?.TextContent.Trim());
        Assert.Null((await AppealSteps.AnswerOfAsync(app, appeal)).DeliveredOn);
        await using var scope = app.Scope(out var db);
        Assert.Equal(0, Letters(db));
    }

    [Fact]
    public async Task A_file_uploaded_through_the_form_is_stored_and_listed_with_its_size_and_a_download_link()
    {
        var appeal = await AppealSteps.RegisterAsync(app, "Гордієнко");
        var bytes = Pdf();

        var page = await (await PageForm.OpenAsync(await app.As("registrar"), Url(appeal), "attachment"))
            .SubmitFileAsync("attachment-file", "Скан листа.pdf", bytes);

        Assert.Equal("Файл «Скан листа.pdf» додано.", PageReader.Notice(page));
        var stored = Assert.Single((await (await app.As("registrar")).GetFromJsonAsync<AttachmentView[]>($"/api/v1/cards/{appeal.CardId}/attachments"))!);
        Assert.Equal(("Скан листа.pdf", 2048L), (stored.FileName, stored.Length));
        var row = Assert.Single(page.QuerySelectorAll("#attachments table tbody tr"));
        Assert.Equal(["Скан листа.pdf", "2 КБ", Ratusha.Ui.Formats.DateTime(stored.UploadedAt)], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal($"/api/v1/attachments/{stored.Id}", row.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal(bytes, await (await app.As("registrar")).GetByteArrayAsync($"/api/v1/attachments/{stored.Id}"));
    }

    [Fact]
    public async Task A_refused_upload_shows_the_message_next_to_the_field_and_stores_nothing()
    {
        var appeal = await AppealSteps.RegisterAsync(app, "Стельмах");

        var page = await (await PageForm.OpenAsync(await app.As("registrar"), Url(appeal), "attachment"))
            .SubmitFileAsync("attachment-file", "scan.pdf", "MZ\u0090 not a PDF"u8.ToArray());

        Assert.Equal("Вміст файлу не відповідає його типу.", PageReader.ErrorsNextTo(page, "attachment-file"));
        Assert.Equal("Файл не додано.", PageReader.Alert(page));
        Assert.Equal("Файлів ще немає.", page.QuerySelector("#attachments p.muted")?.TextContent.Trim());
        await using var scope = app.Scope(out var db);
        Assert.False(await db.Attachments.AnyAsync(a => a.CardId == appeal.CardId));
    }

    [Fact]
    public async Task Who_may_not_see_the_appeal_sees_neither_its_answer_nor_its_files()
    {
        var appeal = await Answered("Данилюк");
        await (await PageForm.OpenAsync(await app.As("registrar"), Url(appeal), "attachment")).SubmitFileAsync("attachment-file", "Акт.pdf", Pdf());

        var response = await (await app.As("admin")).GetAsync(Url(appeal));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Акт.pdf", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ремонт майданчика", html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AppealCardPageOnSqlite(SqliteApp app) : AppealCardPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AppealCardPageOnPostgres(PostgresApp app) : AppealCardPageTests(app);
