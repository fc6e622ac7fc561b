using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ratusha.E2E;

/// <summary>Playwright path (b) of the appeals issue: a citizen submits on the web and follows the status.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CitizenPathTests(BrowserHost host)
{
    [Fact]
    public async Task A_citizen_submits_an_appeal_on_the_web_and_follows_its_status()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByRole(AriaRole.Link, new() { Name = "подати звернення онлайн" }).ClickAsync();
        await page.GetByLabel("Прізвище").FillAsync("Ткачук");
        await page.GetByLabel("Ім'я", new() { Exact = true }).FillAsync("Марія");
        await page.GetByLabel("Місце проживання").FillAsync("вул. Садова, 4");
        await page.GetByLabel("Електронна пошта").FillAsync("mariia@example.org");
        await page.GetByLabel("Тематика").SelectOptionAsync(new SelectOptionValue { Label = "Благоустрій" });
        await page.GetByLabel("Суть звернення").FillAsync("Прошу прибрати стихійне сміттєзвалище біля зупинки.");
        await page.GetByLabel(new Regex("Даю згоду")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Надіслати звернення" }).ClickAsync();

        await Assertions.Expect(page.Locator("#public-index")).ToHaveTextAsync(new Regex(@"^Т-\d+$"));
        var code = await page.Locator("#tracking-code").TextContentAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Перевірити стан" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Зареєстровано, готується резолюція");
        await Assertions.Expect(page.GetByLabel("Код перевірки")).ToHaveValueAsync(code!);
        await Assertions.Expect(page.GetByText("Ткачук")).ToHaveCountAsync(0);
        await host.ScreenshotAsync(page, "public-status");
        await page.Context.CloseAsync();
    }
}
