using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ratusha.E2E;

/// <summary>A registrar fills in the registration-control card of a paper letter from a war veteran.</summary>
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
}
