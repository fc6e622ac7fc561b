using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ratusha.E2E;

/// <summary>
/// An incoming letter from registration to its case file: the registrar keeps the year's nomenclature and registers
/// the letter, the deputy mayor writes a resolution, the registrar registers the outgoing answer, the executor
/// answers, the controller removes the letter from control, and the registrar files it into its case file.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DocumentPathTests(BrowserHost host)
{
    private const string Summary = "Про стан готовності котелень до опалювального періоду";

    [Fact]
    public async Task An_incoming_letter_goes_from_registration_through_resolution_answer_and_removal_to_its_case_file()
    {
        var caseIndex = $"01-{Random.Shared.Next(100, 999)}";
        var registrar = await host.LogInAsync("registrar");
        await registrar.GotoAsync("/case-files");
        await registrar.GetByLabel("Індекс справи").FillAsync(caseIndex);
        await registrar.GetByLabel("Заголовок справи").FillAsync("Листування з обласною військовою адміністрацією");
        await registrar.GetByLabel("Строк зберігання").FillAsync("5 р. ЕПК");
        await registrar.GetByRole(AriaRole.Button, new() { Name = "Зберегти" }).ClickAsync();
        await Assertions.Expect(registrar.GetByRole(AriaRole.Status)).ToContainTextAsync("Справу збережено");

        await registrar.GotoAsync("/documents/new");
        await registrar.GetByLabel("Вид документа").SelectOptionAsync(new SelectOptionValue { Label = "Вхідний" });
        await registrar.GetByLabel("Кореспондент (від кого або кому)", new() { Exact = true }).FillAsync("Дніпропетровська обласна військова адміністрація");
        await registrar.GetByLabel("Вихідний номер кореспондента").FillAsync($"01-12/{Random.Shared.Next(1000, 9999)}");
        await registrar.GetByLabel("Дата документа кореспондента").FillAsync(DateTime.Today.AddDays(-1).ToString("yyyy-MM-dd"));
        await registrar.GetByLabel("Короткий зміст").FillAsync(Summary);
        await registrar.GetByLabel("Кількість аркушів").FillAsync("3");
        await registrar.GetByLabel("Підрозділ, якому адресовано").SelectOptionAsync(new SelectOptionValue { Label = "Управління житлово-комунального господарства" });
        await registrar.GetByRole(AriaRole.Button, new() { Name = "Зареєструвати" }).ClickAsync();
        await Assertions.Expect(registrar.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Вхідний документ №");
        var cardUrl = new Uri(registrar.Url).PathAndQuery;
        var index = Regex.Match(await registrar.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync() ?? "", "№ (.+)$").Groups[1].Value.Trim();
        await registrar.Context.CloseAsync();

        var deputy = await host.LogInAsync("deputy");
        await deputy.GotoAsync(cardUrl);
        await ControlPage.WriteResolutionAsync(deputy, "Підготувати інформацію, надати відповідь.",
            "Олійник П.С., Головний спеціаліст управління ЖКГ", [], "Кравчук Т.В., Керуючий справами виконавчого комітету");
        await deputy.Context.CloseAsync();

        registrar = await host.LogInAsync("registrar");
        await registrar.GotoAsync(cardUrl);
        await registrar.GetByRole(AriaRole.Link, new() { Name = "Зареєструвати вихідний лист-відповідь" }).ClickAsync();
        await registrar.GetByLabel("Кореспондент (від кого або кому)", new() { Exact = true }).FillAsync("Дніпропетровська обласна військова адміністрація");
        await registrar.GetByLabel("Короткий зміст").FillAsync("Інформація про стан готовності котелень");
        await registrar.GetByRole(AriaRole.Button, new() { Name = "Зареєструвати" }).ClickAsync();
        await Assertions.Expect(registrar.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Вихідний документ №");
        await Assertions.Expect(registrar.GetByText("Відповідь на")).ToBeVisibleAsync();
        await registrar.Context.CloseAsync();

        var executor = await host.LogInAsync("executor");
        await executor.GotoAsync(cardUrl);
        await ControlPage.ReportAsync(executor, "Відповідь (на перевірку контролеру)", "Інформацію надано вихідним листом.");
        await executor.Context.CloseAsync();

        var controller = await host.LogInAsync("controller");
        await controller.GotoAsync(cardUrl);
        await ControlPage.RemoveFromControlAsync(controller, "Виконано. До справи.");
        await controller.Context.CloseAsync();

        registrar = await host.LogInAsync("registrar");
        await registrar.GotoAsync(cardUrl);
        await Assertions.Expect(registrar.Locator("#answers")).ToContainTextAsync("Вихідний №");
        await registrar.GetByLabel(new Regex("Справа номенклатури")).SelectOptionAsync(new SelectOptionValue { Label = $"{caseIndex} — Листування з обласною військовою адміністрацією" });
        await registrar.GetByRole(AriaRole.Button, new() { Name = "Підшити до справи" }).ClickAsync();
        await Assertions.Expect(registrar.GetByRole(AriaRole.Status).First).ToContainTextAsync("Документ підшито до справи");
        await Assertions.Expect(registrar.Locator("#document-case")).ToContainTextAsync(caseIndex);
        await host.ScreenshotAsync(registrar, "document-filed");

        await registrar.GotoAsync("/case-files");
        await registrar.GetByRole(AriaRole.Link, new() { Name = caseIndex, Exact = true }).ClickAsync();
        await Assertions.Expect(registrar.Locator("#case-items")).ToContainTextAsync(index);
        await registrar.Context.CloseAsync();
    }
}
