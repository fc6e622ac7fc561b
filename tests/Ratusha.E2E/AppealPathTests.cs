using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ratusha.E2E;

/// <summary>
/// Appeals in the browser: a registrar fills in the registration-control card of a paper letter; path (a), a letter
/// through the whole machine to an answer posted to the applicant and removal from control.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AppealPathTests(BrowserHost host)
{
    [Fact]
    public async Task A_registrar_registers_a_letter_and_sees_the_index_the_due_date_and_the_priority()
    {
        var page = await host.LogInAsync("registrar");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Звернення громадян" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Зареєструвати звернення" }).ClickAsync();

        await page.GetByLabel("Прізвище").FillAsync("Кузьменко");
        await page.GetByLabel("Ім'я", new() { Exact = true }).FillAsync("Олег");
        await page.GetByLabel("Місце проживання").FillAsync("вул. Українська, 7");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Учасник бойових дій" }).CheckAsync();
        await page.GetByLabel("Тематика").SelectOptionAsync(new SelectOptionValue { Label = "Комунальне господарство" });
        await page.GetByLabel("Суть звернення").FillAsync("Прошу відновити вуличне освітлення біля будинку.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Перевірити попередні звернення" }).ClickAsync();
        await Assertions.Expect(page.Locator("#earlier")).ToContainTextAsync("Не знайдено");
        await page.GetByRole(AriaRole.Button, new() { Name = "Зареєструвати", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex(@"^Реєстраційно-контрольна картка № К-\d+$"));
        await Assertions.Expect(page.GetByText("розглядається першочергово")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#appeal-due")).ToHaveTextAsync(new Regex(@"^\d\d\.\d\d\.\d{4}$"));
        await host.ScreenshotAsync(page, "appeal-card");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_an_address_the_registrar_sees_the_article_next_to_the_field()
    {
        var page = await host.LogInAsync("registrar");
        await page.GotoAsync("/appeals/new");
        await page.GetByLabel("Прізвище").FillAsync("Сидоренко");
        await page.GetByLabel("Ім'я", new() { Exact = true }).FillAsync("Ірина");
        await page.GetByLabel("Суть звернення").FillAsync("Прошу надати допомогу.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Зареєструвати", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText(new Regex("Вкажіть місце проживання заявника \\(ст. 5\\)"))).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Прізвище")).ToHaveValueAsync("Сидоренко");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Path_a_a_paper_letter_is_resolved_answered_with_its_result_posted_and_removed_from_control()
    {
        var registrar = await host.LogInAsync("registrar");
        await registrar.GotoAsync("/appeals/new");
        await registrar.GetByLabel("Форма надходження").SelectOptionAsync(new SelectOptionValue { Label = "Поштою" });
        await registrar.GetByLabel("Прізвище").FillAsync("Шаповал");
        await registrar.GetByLabel("Ім'я", new() { Exact = true }).FillAsync("Надія");
        await registrar.GetByLabel("Місце проживання").FillAsync("вул. Садова, 3");
        await registrar.GetByLabel("Тематика").SelectOptionAsync(new SelectOptionValue { Label = "Комунальне господарство" });
        await registrar.GetByLabel("Суть звернення").FillAsync("Прошу замінити розбиті лавки у сквері на вул. Садовій.");
        await registrar.GetByRole(AriaRole.Button, new() { Name = "Зареєструвати", Exact = true }).ClickAsync();
        await Assertions.Expect(registrar.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex(@"^Реєстраційно-контрольна картка № Ш-\d+$"));
        var appealUrl = new Uri(registrar.Url).PathAndQuery;
        await registrar.GetByLabel("Файл", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "Лист Шаповал.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4\n% скан паперового листа\n"u8.ToArray(),
        });
        await registrar.GetByRole(AriaRole.Button, new() { Name = "Додати файл" }).ClickAsync();
        await Assertions.Expect(registrar.GetByRole(AriaRole.Status)).ToHaveTextAsync("Файл «Лист Шаповал.pdf» додано.");
        await Assertions.Expect(registrar.GetByRole(AriaRole.Link, new() { Name = "Лист Шаповал.pdf" })).ToBeVisibleAsync();
        await registrar.Context.CloseAsync();

        var deputy = await host.LogInAsync("deputy");
        await deputy.GotoAsync(appealUrl);
        await deputy.GetByRole(AriaRole.Link, new() { Name = "Резолюція, виконавці й контроль" }).ClickAsync();
        var cardUrl = new Uri(deputy.Url).PathAndQuery;
        await ControlPage.WriteResolutionAsync(deputy, "Обстежити сквер, замінити лавки, відповісти заявниці.",
            "Олійник П.С., Головний спеціаліст управління ЖКГ", ["Руденко В.О.", "Левченко М.О."], "Кравчук Т.В., Керуючий справами виконавчого комітету");
        await Assertions.Expect(deputy.GetByRole(AriaRole.Cell, new() { Name = "співвиконавець" })).ToHaveCountAsync(2);
        await deputy.Context.CloseAsync();

        var head = await host.LogInAsync("head");
        await head.GotoAsync(cardUrl);
        await ControlPage.ReportAsync(head, "Матеріали відповідальному виконавцю", "Акт обстеження скверу: шість лавок потребують заміни.");
        await head.Context.CloseAsync();

        var executor = await host.LogInAsync("executor");
        await executor.GotoAsync(cardUrl);
        await ControlPage.ReportAsync(executor, "Відповідь (на перевірку контролеру)",
            "Лавки у сквері буде замінено до 15 травня за програмою благоустрою.", result: "Дано роз'яснення");
        await Assertions.Expect(executor.GetByText("відповідь на перевірці")).ToBeVisibleAsync();

        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var shown = $"{today[8..]}.{today[5..7]}.{today[..4]}";
        await executor.GotoAsync(appealUrl);
        await Assertions.Expect(executor.Locator("#answer-result")).ToHaveTextAsync("Дано роз'яснення");
        await executor.GetByRole(AriaRole.Radio, new() { Name = "Поштою", Exact = true }).CheckAsync();
        await executor.GetByLabel("Дата відправлення поштою").FillAsync(today);
        await host.ScreenshotAsync(executor, "appeal-card-send-answer");
        await executor.GetByRole(AriaRole.Button, new() { Name = "Надіслати відповідь" }).ClickAsync();
        await Assertions.Expect(executor.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Зазначено, що відповідь надіслано поштою {shown}.");
        await executor.Context.CloseAsync();

        var controller = await host.LogInAsync("controller");
        await controller.GotoAsync(cardUrl);
        await ControlPage.RemoveFromControlAsync(controller, "Відповідь перевірено, надіслано заявниці поштою.");

        await controller.GotoAsync(appealUrl);
        await Assertions.Expect(controller.Locator("#appeal-state")).ToHaveTextAsync("знято з контролю");
        var answer = controller.GetByRole(AriaRole.Region, new() { Name = "Відповідь" });
        await Assertions.Expect(answer.Locator("#answer-result")).ToHaveTextAsync("Дано роз'яснення");
        await Assertions.Expect(answer.Locator("#answer-text")).ToHaveTextAsync("Лавки у сквері буде замінено до 15 травня за програмою благоустрою.");
        await Assertions.Expect(answer.Locator("#answer-delivery")).ToHaveTextAsync($"{shown}, поштою: вул. Садова, 3");
        await Assertions.Expect(answer.GetByRole(AriaRole.Link, new() { Name = "Лист-відповідь (DOCX)" })).ToBeVisibleAsync();
        await Assertions.Expect(answer.GetByRole(AriaRole.Button, new() { Name = "Надіслати відповідь" })).ToHaveCountAsync(0);
        await host.ScreenshotAsync(controller, "appeal-card-answered");
        await controller.Context.CloseAsync();
    }
}
