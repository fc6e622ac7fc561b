using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ratusha.E2E;

/// <summary>What officials do on the control page of an item (/cards/{id}): resolve it, report on it, remove it from control.</summary>
internal static class ControlPage
{
    public static async Task WriteResolutionAsync(IPage page, string text, string lead, string[] coExecutors, string controller)
    {
        await page.GetByLabel("Текст резолюції").FillAsync(text);
        await page.GetByLabel("Відповідальний виконавець").SelectOptionAsync(new SelectOptionValue { Label = lead });
        foreach (var name in coExecutors) await page.GetByRole(AriaRole.Checkbox, new() { Name = name }).CheckAsync();
        await page.GetByLabel("Контролер").SelectOptionAsync(new SelectOptionValue { Label = controller });
        await page.GetByRole(AriaRole.Button, new() { Name = "Накласти резолюцію" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Резолюцію накладено");
    }

    /// <summary>A report on the user's own assignment; an answer on an appeal carries its <paramref name="result"/>.</summary>
    public static async Task ReportAsync(IPage page, string kind, string text, string? result = null)
    {
        await page.GetByLabel("Вид").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await page.GetByLabel("Текст").FillAsync(text);
        if (result is not null)
            await page.GetByLabel("Результат розгляду (для відповіді)").SelectOptionAsync(new SelectOptionValue { Label = result });
        await page.GetByRole(AriaRole.Button, new() { Name = "Надіслати" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Звіт надіслано");
    }

    public static async Task RemoveFromControlAsync(IPage page, string basis)
    {
        await page.GetByLabel("Підстава або зауваження").FillAsync(basis);
        await page.GetByRole(AriaRole.Button, new() { Name = "Зняти з контролю" }).ClickAsync();
        await Assertions.Expect(page.GetByText(new Regex($"Знято з контролю .*: {Regex.Escape(basis)}"))).ToBeVisibleAsync();
    }
}
