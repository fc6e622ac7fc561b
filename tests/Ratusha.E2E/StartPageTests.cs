using Microsoft.Playwright;

namespace Ratusha.E2E;

/// <summary>A person opens the product, logs in through the Ukrainian form and lands on the start page of their role.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StartPageTests(BrowserHost host)
{
    [Theory]
    [InlineData("admin", "Адміністрування системи", "Підрозділи")]
    [InlineData("registrar", "Робочий стіл реєстратора", "Журнали реєстрації")]
    [InlineData("hotline", "Робочий стіл спеціаліста гарячої лінії", "Журнали реєстрації")]
    [InlineData("controller", "Робочий стіл контролера", "Журнал змін")]
    [InlineData("head", "Робочий стіл керівника підрозділу", "Калькулятор строків")]
    [InlineData("executor", "Робочий стіл виконавця", "Калькулятор строків")]
    [InlineData("deputy", "Робочий стіл заступника міського голови", "Журнали реєстрації")]
    [InlineData("mayor", "Робочий стіл міського голови", "Журнали реєстрації")]
    [InlineData("citizen", "Кабінет громадянина", "Строки розгляду")]
    public async Task Each_role_logs_in_and_sees_its_start_page(string userName, string heading, string menuItem)
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/");
        Assert.EndsWith("/login?ReturnUrl=%2F", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Вхід до системи" })).ToBeVisibleAsync();

        await page.GetByLabel("Ім'я користувача").FillAsync(userName);
        await page.GetByLabel("Пароль").FillAsync(BrowserHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = menuItem })).ToBeVisibleAsync();
        await host.ScreenshotAsync(page, $"start-{userName}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_ukrainian()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Ім'я користувача").FillAsync("registrar");
        await page.GetByLabel("Пароль").FillAsync("wrong-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Невірне ім'я користувача або пароль.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_clerk_computes_a_deadline_and_reads_why()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Ім'я користувача").FillAsync("registrar");
        await page.GetByLabel("Пароль").FillAsync(BrowserHost.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Калькулятор строків" }).ClickAsync();

        await page.GetByLabel("Правило").SelectOptionAsync("appeal");
        await page.GetByLabel("Дата реєстрації (надходження)").FillAsync("2026-11-27");
        await page.GetByRole(AriaRole.Button, new() { Name = "Розрахувати" }).ClickAsync();
        // 27.11.2026 + 30 days = Sunday 27.12.2026 → Monday 28.12.2026 (Civil Code art. 254).
        await Assertions.Expect(page.Locator("#due")).ToHaveTextAsync("28.12.2026");
        await Assertions.Expect(page.Locator(".explanation")).ToContainTextAsync("27.12.2026");
        await host.ScreenshotAsync(page, "deadline-calculator");
        await page.Context.CloseAsync();
    }
}
