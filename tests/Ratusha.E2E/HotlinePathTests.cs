using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace Ratusha.E2E;

/// <summary>
/// Hotline path (issue 5): the hotline specialist imports the 1545 contact centre's export, the deputy mayor resolves
/// the appeal, the executor answers, and the specialist reports back to the centre with the XLSX of the period.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HotlinePathTests(BrowserHost host)
{
    [Fact]
    public async Task The_hotline_specialist_imports_the_1545_export_and_after_the_answer_reports_back_with_the_xlsx()
    {
        var number = $"1545-E2E-{Guid.NewGuid().ToString("N")[..6]}";
        var kyiv = TimeZoneInfo.FindSystemTimeZoneById("Europe/Kyiv");
        var atCentre = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(-2), kyiv).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var csv = Encoding.UTF8.GetBytes(string.Join("\r\n",
            "Номер звернення;Дата звернення;ПІБ;Адреса;Тематика;Суть звернення;Оператор",
            $"{number};{atCentre};Мороз Галина Іванівна;вул. Гагаріна, 17;Благоустрій;Прошу відремонтувати сходи біля під'їзду;Оператор 12",
            $"{number};{atCentre};Мороз Галина Іванівна;вул. Гагаріна, 17;Благоустрій;Прошу відремонтувати сходи біля під'їзду;Оператор 12",
            $"{number}-X;не дата;Кіт Іван;вул. Мирна, 1;Благоустрій;Текст;Оператор 12") + "\r\n");

        var specialist = await host.LogInAsync("hotline");
        await specialist.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Гарячі лінії" }).ClickAsync();
        await Assertions.Expect(specialist.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Гарячі лінії");
        await specialist.GetByRole(AriaRole.Link, new() { Name = "Урядова гаряча лінія 1545" }).ClickAsync();
        await Assertions.Expect(specialist.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Урядова гаряча лінія 1545");
        await specialist.GetByLabel("Файл вивантаження").SetInputFilesAsync(new FilePayload { Name = "1545.csv", MimeType = "text/csv", Buffer = csv });
        await specialist.GetByRole(AriaRole.Button, new() { Name = "Імпортувати" }).ClickAsync();
        await Assertions.Expect(specialist.GetByRole(AriaRole.Status)).ToHaveTextAsync("Імпорт завершено: зареєстровано 1, пропущено 1, відхилено 1.");
        await Assertions.Expect(specialist.Locator("#rejected-rows")).ToContainTextAsync("Некоректна дата «не дата»");
        await host.ScreenshotAsync(specialist, "hotline-import");
        var row = specialist.Locator("#journal tr", new() { HasText = number });
        await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^УКЦ-\d+$") }).ClickAsync();
        await Assertions.Expect(specialist.Locator("#hotline-number")).ToHaveTextAsync(number);
        var appealUrl = new Uri(specialist.Url).PathAndQuery;
        await specialist.Context.CloseAsync();

        var deputy = await host.LogInAsync("deputy");
        await deputy.GotoAsync(appealUrl);
        await deputy.GetByRole(AriaRole.Link, new() { Name = "Резолюція, виконавці й контроль" }).ClickAsync();
        var cardUrl = new Uri(deputy.Url).PathAndQuery;
        await ControlPage.WriteResolutionAsync(deputy, "Обстежити сходи, відремонтувати, відповісти заявниці.",
            "Олійник П.С., Головний спеціаліст управління ЖКГ", [], "Кравчук Т.В., Керуючий справами виконавчого комітету");
        await deputy.Context.CloseAsync();

        var executor = await host.LogInAsync("executor");
        await executor.GotoAsync(cardUrl);
        await ControlPage.ReportAsync(executor, "Відповідь (на перевірку контролеру)", "Сходи відремонтовано 1 грудня.", result: "Вирішено позитивно");
        await executor.Context.CloseAsync();

        specialist = await host.LogInAsync("hotline");
        await specialist.GotoAsync("/hotlines/1545");
        await Assertions.Expect(specialist.Locator("#not-reported")).ToContainTextAsync(number);
        var download = await specialist.RunAndWaitForDownloadAsync(() =>
            specialist.GetByRole(AriaRole.Button, new() { Name = "Завантажити звіт (XLSX)" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        await using (var file = await download.CreateReadStreamAsync())
        {
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy);
            copy.Position = 0;
            var rows = MiniExcel.Query(copy, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            var answered = Assert.Single(rows, r => (string?)r["Номер звернення КЦ"] == number);
            Assert.Equal("надано відповідь", answered["Стан"]);
            Assert.Equal("Вирішено позитивно", answered["Результат розгляду"]);
            Assert.Equal("Сходи відремонтовано 1 грудня.", answered["Відповідь"]);
            Assert.Equal("так", answered["Вчасно"]);
        }

        await specialist.GotoAsync(appealUrl);
        await Assertions.Expect(specialist.Locator("#report-back-lines")).ToContainTextAsync("файлом XLSX для контактного центру");
        await specialist.GetByLabel("Спосіб").SelectOptionAsync(new SelectOptionValue { Label = "телефоном" });
        await specialist.GetByLabel("Примітка").FillAsync("Підтверджено оператору центру");
        await specialist.GetByRole(AriaRole.Button, new() { Name = "Зазначити звіт" }).ClickAsync();
        await Assertions.Expect(specialist.GetByRole(AriaRole.Status)).ToHaveTextAsync("Звіт контактному центру зазначено.");
        await Assertions.Expect(specialist.Locator("#report-back-lines tbody tr")).ToHaveCountAsync(2);
        await host.ScreenshotAsync(specialist, "hotline-report-back");

        await specialist.GotoAsync("/hotlines/1545");
        await Assertions.Expect(specialist.Locator("#not-reported")).Not.ToContainTextAsync(number);
        await specialist.Context.CloseAsync();
    }
}
