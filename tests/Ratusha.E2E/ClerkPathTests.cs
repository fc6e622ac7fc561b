using Microsoft.Playwright;

namespace Ratusha.E2E;

/// <summary>What a registrar and an administrator do first: register a letter, look after the structure and the calendar.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ClerkPathTests(BrowserHost host)
{
    [Fact]
    public async Task A_registrar_registers_an_incoming_letter_and_sees_its_number()
    {
        var page = await host.LogInAsync("registrar");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Журнали реєстрації" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Вхідні документи" }).ClickAsync();
        await page.GetByText("Зареєструвати").First.ClickAsync();

        await page.GetByLabel("Кореспондент").FillAsync("Дніпропетровська обласна військова адміністрація");
        await page.GetByLabel("Короткий зміст").FillAsync("Про підготовку до опалювального сезону");
        await page.GetByLabel("Підрозділ-виконавець").SelectOptionAsync(new SelectOptionValue { Label = "Управління житлово-комунального господарства" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Зареєструвати" }).ClickAsync();

        await Assertions.Expect(page.Locator("#registered-index")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+/01-\d\d$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Про підготовку до опалювального сезону");
        await host.ScreenshotAsync(page, "journal-incoming");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_registrar_without_a_summary_gets_the_message_in_ukrainian_and_nothing_is_registered()
    {
        var page = await host.LogInAsync("registrar");
        await page.GotoAsync("/journals/outgoing");
        await page.GetByText("Зареєструвати").First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Зареєструвати" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Вкажіть короткий зміст.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#registered-index")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/admin/council", "admin-council")]
    [InlineData("/admin/departments", "admin-departments")]
    [InlineData("/admin/officials", "admin-officials")]
    [InlineData("/admin/users", "admin-users")]
    [InlineData("/admin/roles", "admin-roles")]
    [InlineData("/admin/journals", "admin-journals")]
    [InlineData("/admin/calendar", "admin-calendar")]
    [InlineData("/admin/audit", "admin-audit")]
    [InlineData("/admin/classifiers", "admin-classifiers")]
    [InlineData("/admin/classifiers/category", "admin-classifier-category")]
    public async Task The_administrator_opens_every_admin_page(string path, string picture)
    {
        var page = await host.LogInAsync("admin");
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await host.ScreenshotAsync(page, picture);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_executor_is_refused_the_admin_pages()
    {
        var page = await host.LogInAsync("executor");
        await page.GotoAsync("/admin/users");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Доступ заборонено" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
