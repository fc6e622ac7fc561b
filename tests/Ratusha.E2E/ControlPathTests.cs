using Microsoft.Playwright;

namespace Ratusha.E2E;

/// <summary>
/// A letter through the whole machine of control: the registrar registers it, the deputy mayor writes a resolution with
/// a co-executor, the co-executor hands materials to the lead, the lead answers, the controller removes it from control.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ControlPathTests(BrowserHost host)
{
    private const string Summary = "Про аварійний стан зупинки громадського транспорту на вул. Миру";

    [Fact]
    public async Task A_letter_goes_from_registration_through_resolution_and_reports_to_removal_from_control()
    {
        var registrar = await host.LogInAsync("registrar");
        await registrar.GotoAsync("/journals/incoming");
        await registrar.GetByText("Зареєструвати").First.ClickAsync();
        await registrar.GetByLabel("Короткий зміст").FillAsync(Summary);
        await registrar.GetByLabel("Підрозділ-виконавець").SelectOptionAsync(new SelectOptionValue { Label = "Управління житлово-комунального господарства" });
        await registrar.GetByRole(AriaRole.Button, new() { Name = "Зареєструвати" }).ClickAsync();
        var index = await registrar.Locator("#registered-index").TextContentAsync();
        await registrar.GetByRole(AriaRole.Link, new() { Name = index!, Exact = true }).ClickAsync();
        var cardUrl = new Uri(registrar.Url).PathAndQuery;
        await registrar.Context.CloseAsync();

        var deputy = await host.LogInAsync("deputy");
        await deputy.GotoAsync(cardUrl);
        await ControlPage.WriteResolutionAsync(deputy, "Обстежити та відремонтувати, відповісти до строку.",
            "Олійник П.С., Головний спеціаліст управління ЖКГ", ["Руденко В.О."], "Кравчук Т.В., Керуючий справами виконавчого комітету");
        await host.ScreenshotAsync(deputy, "card-resolution");
        await deputy.Context.CloseAsync();

        var head = await host.LogInAsync("head");
        await Assertions.Expect(head.Locator("#my-assignments")).ToContainTextAsync(Summary);
        await head.GotoAsync(cardUrl);
        await ControlPage.ReportAsync(head, "Матеріали відповідальному виконавцю", "Кошторис ремонту зупинки додаю.");
        await head.Context.CloseAsync();

        var executor = await host.LogInAsync("executor");
        await executor.GotoAsync(cardUrl);
        await ControlPage.ReportAsync(executor, "Відповідь (на перевірку контролеру)", "Зупинку відремонтовано, заявника повідомлено.");
        await Assertions.Expect(executor.GetByText("відповідь на перевірці")).ToBeVisibleAsync();
        await executor.Context.CloseAsync();

        var controller = await host.LogInAsync("controller");
        await controller.GotoAsync(cardUrl);
        await ControlPage.RemoveFromControlAsync(controller, "Відповідь перевірено, виконано.");
        await host.ScreenshotAsync(controller, "card-removed-from-control");
        await controller.Context.CloseAsync();
    }
}
