using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Ratusha.Calendar;

namespace Ratusha.E2E;

/// <summary>
/// Public information requests in the browser: one sent through the portal and answered in time by e-mail, the
/// requester following it by the check code; one brought by post and extended to 20 working days with a notice.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class InformationRequestPathTests(BrowserHost host)
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv")).DateTime);

    private static string Due(string term) =>
        Deadline.For(LegalTerms.Find(term)!, Today, WorkingCalendar.Ukraine).Due.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_request_from_the_portal_is_answered_in_time_and_the_requester_sees_it_by_the_code()
    {
        var citizen = await host.NewPageAsync();
        await citizen.GotoAsync("/public/information-request");
        await citizen.GetByLabel("Ім'я (найменування)").FillAsync("Руденко Тарас Іванович");
        await citizen.GetByLabel("Електронна пошта").FillAsync("taras.rudenko@example.org");
        await citizen.GetByLabel("Яку інформацію ви запитуєте").FillAsync("Прошу надати графік вивезення побутових відходів у Південному районі.");
        await citizen.GetByRole(AriaRole.Checkbox, new() { Name = "Даю згоду на обробку моїх персональних даних для розгляду запиту" }).CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Надіслати запит" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("#public-index")).ToHaveTextAsync(new Regex(@"^ЗІ-\d+$"));
        await Assertions.Expect(citizen.Locator("#public-due")).ToHaveTextAsync(Due("information-request"));
        var index = await citizen.Locator("#public-index").TextContentAsync();
        var code = await citizen.Locator("#tracking-code").TextContentAsync();

        var registrar = await host.LogInAsync("registrar");
        await registrar.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Запити на інформацію" }).ClickAsync();
        await registrar.GetByLabel("Пошук за номером, запитувачем або змістом").FillAsync(index!);
        await registrar.GetByRole(AriaRole.Button, new() { Name = "Показати" }).ClickAsync();
        await registrar.GetByRole(AriaRole.Link, new() { Name = index!, Exact = true }).ClickAsync();
        await Assertions.Expect(registrar.Locator("#due")).ToHaveTextAsync(Due("information-request"));
        await registrar.GetByLabel("Текст відповіді").FillAsync("Графік вивезення відходів: щовівторка і щоп'ятниці з 7:00.");
        await registrar.GetByRole(AriaRole.Button, new() { Name = "Надати відповідь" }).ClickAsync();
        await Assertions.Expect(registrar.GetByRole(AriaRole.Status)).ToHaveTextAsync("Відповідь надано.");
        await Assertions.Expect(registrar.Locator("#state")).ToContainTextAsync("надано відповідь");
        await Assertions.Expect(registrar.Locator("#state")).Not.ToContainTextAsync("із порушенням строку");
        await host.ScreenshotAsync(registrar, "information-request-answered");
        await registrar.Context.CloseAsync();

        await citizen.GotoAsync($"/public/information-request/status?code={code}");
        await Assertions.Expect(citizen.Locator("#status")).ToContainTextAsync("Відповідь надано");
        await Assertions.Expect(citizen.Locator("body")).Not.ToContainTextAsync("Руденко");
        await citizen.Context.CloseAsync();
    }

    [Fact]
    public async Task A_request_by_post_is_extended_to_20_working_days_with_a_notice_to_the_requester()
    {
        var registrar = await host.LogInAsync("registrar");
        await registrar.GotoAsync("/information-requests");
        await registrar.GetByRole(AriaRole.Link, new() { Name = "Зареєструвати запит" }).ClickAsync();
        await registrar.GetByLabel("Спосіб надходження").SelectOptionAsync(new SelectOptionValue { Label = "поштою" });
        await registrar.GetByLabel("Ім'я (найменування) запитувача").FillAsync("Федоренко Галина Степанівна");
        await registrar.GetByLabel("Поштова адреса").FillAsync("вул. Соборна, 21, кв. 4, м. Кам'янське");
        await registrar.GetByLabel("Загальний опис інформації").FillAsync("Прошу надати копії всіх договорів на ремонт доріг за 2020–2026 роки з актами виконаних робіт.");
        await registrar.GetByRole(AriaRole.Button, new() { Name = "Зареєструвати", Exact = true }).ClickAsync();
        await Assertions.Expect(registrar.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex(@"^Запит на публічну інформацію № ЗІ-\d+$"));
        await Assertions.Expect(registrar.Locator("#due")).ToHaveTextAsync(Due("information-request"));

        await registrar.Locator("#extension-ground").SelectOptionAsync("large-volume");
        await registrar.Locator("#extension-reason").FillAsync("Договори зберігаються в трьох підрозділах; потрібно зняти копії з понад 300 аркушів.");
        await registrar.GetByRole(AriaRole.Button, new() { Name = "Продовжити строк і повідомити запитувача" }).ClickAsync();
        await Assertions.Expect(registrar.GetByRole(AriaRole.Status)).ToHaveTextAsync("Строк продовжено, запитувача повідомлено.");
        await Assertions.Expect(registrar.Locator("#due")).ToHaveTextAsync(Due("information-request-extended"));
        await Assertions.Expect(registrar.Locator("#extension")).ToContainTextAsync("великого обсягу інформації");
        await Assertions.Expect(registrar.Locator("#extension")).ToContainTextAsync("поштою");
        await Assertions.Expect(registrar.GetByRole(AriaRole.Button, new() { Name = "Продовжити строк і повідомити запитувача" })).ToHaveCountAsync(0);
        await host.ScreenshotAsync(registrar, "information-request-extended");
        await registrar.Context.CloseAsync();
    }
}
