using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Ratusha.Features.Appeals;
using Ratusha.Features.Hotlines;
using Ratusha.Tests.Admin;
using Ratusha.Tests.Appeals;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Hotlines;

/// <summary>
/// Hotline journals (§6.2 of the Regulations; seed 000 §2): appeals from the Government Contact Centre 1545 and the
/// regional hotline are registered in their own journals with the centre's case number — by hand or by importing the
/// centre's export (CSV or XLSX, messy as real exports are); importing the same file twice registers nothing twice;
/// the answer goes back to the centre as an XLSX per period, and each appeal keeps when and how it was reported.
/// The fake clock stands on Monday 23.11.2026.
/// </summary>
public abstract class HotlineTests(RatushaApp app)
{
    private static readonly Encoding Windows1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
    private readonly string p = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(); // this test's case numbers

    private static async Task<HttpResponseMessage> Upload(HttpClient client, string source, byte[] bytes, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"/api/v1/hotlines/{source}/imports", form);
    }

    /// <summary>The messages of a problem response, as a user reads them.</summary>
    private static async Task<string> Problem(HttpResponseMessage response)
    {
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var text = json.TryGetProperty("title", out var title) ? title.GetString() + " " : "";
        if (json.TryGetProperty("errors", out var errors))
            foreach (var field in errors.EnumerateObject()) text += string.Join(" ", field.Value.EnumerateArray().Select(e => e.GetString())) + " ";
        return text;
    }

    private async Task<HotlineImportReport> Import(string source, byte[] bytes, string fileName, string user = "hotline")
    {
        var response = await Upload(await app.As(user), source, bytes, fileName);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<HotlineImportReport>())!;
    }

    private async Task<Appeal?> ByCase(string channel, string number)
    {
        await using var scope = app.Scope(out var db);
        return await db.Appeals.AsNoTracking().SingleOrDefaultAsync(a => a.Channel == channel && a.ExternalCaseNumber == number);
    }

    private async Task<string> IndexOf(Appeal appeal)
    {
        await using var scope = app.Scope(out var db);
        return await db.RegistrationCards.Where(c => c.Id == appeal.CardId).Select(c => c.Index).SingleAsync();
    }

    /// <summary>
    /// A 1545 export as a spreadsheet saves it in Windows-1251 with semicolons: quoted text with delimiters, quotes and
    /// a line break, a duplicated row, a bad date, an unknown topic, a blank line, a row without an address, a row
    /// without a case number, and columns nobody asked for.
    /// </summary>
    private byte[] MessyCsv() => Windows1251.GetBytes(string.Join("\r\n",
        "Номер звернення;Дата звернення;ПІБ;Адреса;Телефон;Тематика;Суть звернення;Оператор;Примітка",
        $"{p}-1;20.11.2026 14:35;Коваленко Олена Петрівна;вул. Соборна, 1;0501234567;Благоустрій;\"Прошу прибрати сміття; біля будинку \"\"на розі\"\"\";Іваненко;",
        $"{p}-2;21.11.2026;Петренко Іван;вул. Центральна, 5;;02;\"Немає гарячої води\r\nвже тиждень\";Іваненко;терміново",
        $"{p}-1;20.11.2026 14:35;Коваленко Олена Петрівна;вул. Соборна, 1;0501234567;Благоустрій;\"Прошу прибрати сміття; біля будинку \"\"на розі\"\"\";Іваненко;",
        $"{p}-3;32.13.2026;Сидоренко Марія;вул. Садова, 2;;Благоустрій;Прошу полагодити лавку;Іваненко;",
        $"{p}-4;22.11.2026 09:00;Бондар Олег;вул. Лесі Українки, 3;;Космонавтика;Прошу збудувати космодром;Іваненко;",
        "",
        $"{p}-5;22.11.2026 10:00;Мельник Тарас;;;Благоустрій;Прошу покосити траву;Іваненко;",
        ";22.11.2026;Без Номера;вул. Миру, 1;;;Прошу відповісти;;",
        $"{p}-6;22.11.2026 11:00;Ткаченко Ганна Іванівна;вул. Миру, 9;;Соціальний захист;Прошу допомогти з оформленням субсидії;Іваненко;") + "\r\n");

    [Fact]
    public async Task S6_2_a_messy_1545_csv_registers_the_good_rows_in_the_1545_journal_and_reports_each_bad_row_by_number()
    {
        var report = await Import("1545", MessyCsv(), "vyvantazhennia-1545.csv");

        Assert.Equal((8, 3, 1, 4), (report.Rows, report.Registered, report.Skipped, report.Rejected));
        Assert.Equal(["Оператор", "Примітка"], report.IgnoredColumns);
        Assert.Equal(4, Assert.Single(report.SkippedRows).Row);
        Assert.Contains("Повторює рядок 2", report.SkippedRows[0].Reason);
        var rejected = report.RejectedRows.ToDictionary(r => r.Row, r => r.Reason);
        Assert.Equal([5, 6, 8, 9], rejected.Keys.Order());
        Assert.Contains("Некоректна дата «32.13.2026» у стовпці «Дата звернення»", rejected[5]);
        Assert.Contains("Тематики «Космонавтика» немає в класифікаторі", rejected[6]);
        Assert.Contains("місце проживання", rejected[8]);
        Assert.Contains("Немає номера звернення", rejected[9]);

        var first = (await ByCase("1.4.1", $"{p}-1"))!;
        Assert.StartsWith("УКЦ-", await IndexOf(first));
        Assert.Equal(("Коваленко", "Олена", "Петрівна", "09"), (first.Surname, first.GivenName, first.Patronymic, first.Topic));
        Assert.Equal("Прошу прибрати сміття; біля будинку \"на розі\"", first.Text);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 14, 35, 0, TimeSpan.FromHours(2)), first.CentreReceivedAt);
        var second = (await ByCase("1.4.1", $"{p}-2"))!;
        Assert.Equal("Немає гарячої води\r\nвже тиждень", second.Text);
        Assert.Equal("02", second.Topic);
        Assert.NotNull(await ByCase("1.4.1", $"{p}-6"));
        Assert.Null(await ByCase("1.4.1", $"{p}-3"));
    }

    [Fact]
    public async Task The_same_csv_imported_twice_registers_nothing_twice()
    {
        await Import("1545", MessyCsv(), "a.csv");
        await using (var scope = app.Scope(out var db))
        {
            var before = await db.Appeals.CountAsync();
            var again = await Import("1545", MessyCsv(), "a.csv");
            Assert.Equal((8, 0, 4, 4), (again.Rows, again.Registered, again.Skipped, again.Rejected));
            Assert.Contains(again.SkippedRows, s => s.Row == 2 && s.Reason.Contains("уже зареєстровано: картка № УКЦ-", StringComparison.Ordinal));
            Assert.Equal(before, await db.Appeals.CountAsync());
            Assert.Equal(3, await db.Appeals.CountAsync(a => a.ExternalCaseNumber!.StartsWith(p)));
        }
    }

    private byte[] MessyXlsx()
    {
        var rows = new List<Dictionary<string, object?>>
        {
            Row($"{p}-R1", new DateTime(2026, 11, 19, 9, 15, 0), "Олійник", "Анна", "вул. Шевченка, 10", "Житлова політика", "Прошу відремонтувати дах"),
            Row($"{p}-R1", new DateTime(2026, 11, 19, 9, 15, 0), "Олійник", "Анна", "вул. Шевченка, 10", "Житлова політика", "Прошу відремонтувати дах"),
            Row($"{p}-R2", "31.02.2026", "Гнатюк", "Петро", "вул. Польова, 4", "Освіта", "Прошу місце в садочку"),
            Row($"{p}-R3", new DateTime(2026, 11, 20, 16, 0, 0), "Савчук", "Ірина", "вул. Річна, 8", "Невідома тема", "Прошу щось"),
            Row($"{p}-R4", "21.11.2026 08:30", "Кравець", "Богдан", "вул. Липова, 2", "04", "Прошу відремонтувати школу"),
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows);
        return stream.ToArray();

        static Dictionary<string, object?> Row(string number, object at, string surname, string given, string address, string topic, string text) => new()
        {
            ["№ звернення"] = number,
            ["Дата надходження до КЦ"] = at,
            ["Прізвище"] = surname,
            ["Ім'я"] = given,
            ["Адреса"] = address,
            ["Тематика"] = topic,
            ["Зміст звернення"] = text,
            ["Службова позначка"] = "ОДА",
        };
    }

    [Fact]
    public async Task S6_2_a_messy_regional_xlsx_goes_to_the_regional_journal_and_twice_registers_nothing_twice()
    {
        var report = await Import("regional", MessyXlsx(), "oda.xlsx", user: "registrar");
        Assert.Equal((5, 2, 1, 2), (report.Rows, report.Registered, report.Skipped, report.Rejected));
        Assert.Equal(["Службова позначка"], report.IgnoredColumns);
        Assert.Equal([4, 5], report.RejectedRows.Select(r => r.Row));
        Assert.Contains("Некоректна дата «31.02.2026»", report.RejectedRows[0].Reason);
        Assert.Contains("Тематики «Невідома тема» немає", report.RejectedRows[1].Reason);

        var first = (await ByCase("1.4.2", $"{p}-R1"))!;
        Assert.StartsWith("ОГЛ-", await IndexOf(first));
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 9, 15, 0, TimeSpan.FromHours(2)), first.CentreReceivedAt);
        Assert.Equal("01", first.Topic);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 8, 30, 0, TimeSpan.FromHours(2)), (await ByCase("1.4.2", $"{p}-R4"))!.CentreReceivedAt);

        var again = await Import("regional", MessyXlsx(), "oda.xlsx", user: "registrar");
        Assert.Equal((0, 3, 2), (again.Registered, again.Skipped, again.Rejected));
    }

    [Fact]
    public async Task A_saved_column_mapping_reads_the_next_file_of_that_source_and_only_of_that_source()
    {
        var csv = Encoding.UTF8.GetBytes($"ID,Отримано {p},Заявник,Адреса,Питання {p}\n{p}-M1,23.11.2026 08:00,Лисенко Ольга Миколаївна,\"вул. Нова, 1\",Прошу встановити лавку\n");
        var hotline = await app.As("hotline");
        var refused = await Upload(hotline, "1545", csv, "custom.csv");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("стовпця «Номер звернення в контактному центрі»", await Problem(refused));

        var twice = await hotline.PutAsJsonAsync("/api/v1/hotlines/1545/mapping", new[] { new MappingLine("ID", "text"), new MappingLine($"Питання {p}", "text") });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);

        var saved = await hotline.PutAsJsonAsync("/api/v1/hotlines/1545/mapping", new[]
        {
            new MappingLine("ID", "externalNumber"), new MappingLine($"Отримано {p}", "centreReceivedAt"), new MappingLine($"Питання {p}", "text"),
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var view = await hotline.GetFromJsonAsync<MappingView>("/api/v1/hotlines/1545/mapping");
        Assert.Contains(view!.Saved, l => l.Header == "ID" && l.Field == "externalNumber");

        var report = await Import("1545", csv, "custom.csv");
        Assert.Equal(1, report.Registered);
        var appeal = (await ByCase("1.4.1", $"{p}-M1"))!;
        Assert.Equal(("Лисенко", "Прошу встановити лавку"), (appeal.Surname, appeal.Text));
        Assert.Equal(HttpStatusCode.BadRequest, (await Upload(hotline, "regional", csv, "custom.csv")).StatusCode);

        // Saving again replaces the mapping (the same headers, now saved once more).
        Assert.Equal(HttpStatusCode.OK, (await hotline.PutAsJsonAsync("/api/v1/hotlines/1545/mapping", new[] { new MappingLine("ID", "externalNumber"), new MappingLine($"Питання {p}", "text") })).StatusCode);
        Assert.Equal(2, (await hotline.GetFromJsonAsync<MappingView>("/api/v1/hotlines/1545/mapping"))!.Saved.Count);
        await hotline.PutAsJsonAsync("/api/v1/hotlines/1545/mapping", Array.Empty<MappingLine>());
    }

    [Fact]
    public async Task Only_csv_and_xlsx_within_the_size_limit_are_taken_with_a_clear_message()
    {
        var hotline = await app.As("hotline");
        var pdf = await Upload(hotline, "1545", "%PDF-1.4\n"u8.ToArray(), "zvit.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.Contains("CSV або XLSX", await Problem(pdf));
        var fakeXlsx = await Upload(hotline, "1545", "Номер;Текст\n1;2\n"u8.ToArray(), "fake.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, fakeXlsx.StatusCode);
        var big = new byte[20 * 1024 * 1024 + 1];
        Array.Fill(big, (byte)'a');
        var tooBig = await Upload(hotline, "1545", big, "big.csv");
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Contains("Файл завеликий", await Problem(tooBig));
        Assert.Equal(HttpStatusCode.NotFound, (await Upload(hotline, "moon", "a;b\n"u8.ToArray(), "a.csv")).StatusCode);
    }

    [Fact]
    public async Task S6_2_a_hotline_appeal_entered_by_hand_gets_its_journal_index_and_its_case_once()
    {
        var hotline = await app.As("hotline");
        Dictionary<string, object?> Request(string channel, string? number) => new()
        {
            ["receivedAt"] = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(2)),
            ["centreReceivedAt"] = new DateTimeOffset(2026, 11, 21, 18, 40, 0, TimeSpan.FromHours(2)),
            ["channel"] = channel,
            ["type"] = "3.2",
            ["surname"] = "Романенко",
            ["givenName"] = "Віра",
            ["address"] = "вул. Гоголя, 3",
            ["text"] = "Прошу відновити освітлення.",
            ["externalCaseNumber"] = number,
        };
        var created = await hotline.PostAsJsonAsync("/api/v1/appeals/", Request("1.4.2", $"{p}-H1"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var appeal = (await created.Content.ReadFromJsonAsync<AppealResponse>(AppealSteps.Json))!;
        Assert.StartsWith("ОГЛ-", appeal.Index);
        Assert.Equal($"{p}-H1", appeal.ExternalCaseNumber);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 16, 40, 0, TimeSpan.Zero), appeal.CentreReceivedAt);
        Assert.Equal("2026-11-23", appeal.RegisteredOn); // the day it reached the council

        var again = await hotline.PostAsJsonAsync("/api/v1/appeals/", Request("1.4.2", $"{p}-H1"));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains($"№ {p}-H1 уже зареєстровано: картка № {appeal.Index}", await Problem(again));
        Assert.Equal(HttpStatusCode.Created, (await hotline.PostAsJsonAsync("/api/v1/appeals/", Request("1.4.1", $"{p}-H1"))).StatusCode); // another centre's numbering
        var letter = await (await app.As("registrar")).PostAsJsonAsync("/api/v1/appeals/", Request("1.1", $"{p}-H2"));
        Assert.Equal(HttpStatusCode.BadRequest, letter.StatusCode);
        Assert.Contains("лише для звернень з урядової або обласної гарячої лінії", await Problem(letter));

        var card = await PageReader.GetAsync(hotline, $"/appeals/{appeal.Id}");
        Assert.Equal($"{p}-H1", card.QuerySelector("#hotline-number")!.TextContent);
        Assert.Equal("21.11.2026 18:40", card.QuerySelector("#hotline-centre-at")!.TextContent);
        Assert.NotNull(card.QuerySelector("#report-back-none"));
    }

    [Fact]
    public async Task Seed000_the_answer_goes_back_to_the_centre_as_xlsx_and_each_appeal_keeps_when_and_how_it_was_reported()
    {
        var csv = Encoding.UTF8.GetBytes("\uFEFFНомер звернення,Дата звернення,ПІБ,Адреса,Тематика,Суть звернення\r\n" +
            $"{p}-B1,20.11.2026 14:35,Гончаренко Лідія Олексіївна,\"вул. Степова, 12\",Благоустрій,Прошу відремонтувати тротуар\r\n");
        Assert.Equal(1, (await Import("1545", csv, "b.csv")).Registered);
        var stored = (await ByCase("1.4.1", $"{p}-B1"))!;
        var appeal = (await (await app.As("hotline")).GetFromJsonAsync<AppealResponse>($"/api/v1/appeals/{stored.Id}", AppealSteps.Json))!;

        var officials = await (await app.As("mayor")).GetFromJsonAsync<JsonElement[]>("/api/v1/officials/");
        Guid Id(string surname) => officials!.First(o => o.GetProperty("surname").GetString() == surname).GetProperty("id").GetGuid();
        var resolved = await (await app.As("deputy")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/resolution", new Dictionary<string, object?>
        {
            ["text"] = "Обстежити тротуар і відповісти.",
            ["leadExecutorId"] = Id("Олійник"),
            ["coExecutorIds"] = Array.Empty<Guid>(),
            ["controllerId"] = Id("Кравчук"),
        });
        Assert.Equal(HttpStatusCode.Created, resolved.StatusCode);
        await AppealSteps.AnswerAsync(app, appeal, "9.3", "Тротуар буде відремонтовано у квітні.");

        var hotline = await app.As("hotline");
        var control = await hotline.GetFromJsonAsync<HotlineControlView>("/api/v1/hotlines/1545/control");
        Assert.Contains(control!.NotReported, i => i.AppealId == appeal.Id);

        var export = await hotline.GetAsync("/api/v1/hotlines/1545/report-back.xlsx?from=2026-11-01&to=2026-11-30");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        using var xlsx = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = rows.Single(r => (string?)r["Номер звернення КЦ"] == $"{p}-B1");
        Assert.Equal(appeal.Index, row["Реєстраційний індекс"]);
        Assert.Equal("20.11.2026 14:35", row["Дата надходження до КЦ"]);
        Assert.Equal("надано відповідь", row["Стан"]);
        Assert.Equal("Дано роз'яснення", row["Результат розгляду"]);
        Assert.Equal("Тротуар буде відремонтовано у квітні.", row["Відповідь"]);
        Assert.Equal("23.11.2026", row["Дата відповіді"]);
        Assert.Equal("так", row["Вчасно"]);

        var lines = await hotline.GetFromJsonAsync<ReportBackView[]>($"/api/v1/hotlines/appeals/{appeal.Id}/report-backs");
        var line = Assert.Single(lines!);
        Assert.Equal((ReportBackWays.Export, "hotline", true), (line.Way, line.By, line.OfLatestAnswer));
        control = await hotline.GetFromJsonAsync<HotlineControlView>("/api/v1/hotlines/1545/control");
        Assert.DoesNotContain(control!.NotReported, i => i.AppealId == appeal.Id);

        var phoned = await hotline.PostAsJsonAsync($"/api/v1/hotlines/appeals/{appeal.Id}/report-backs", new { way = "phone", note = "Повідомлено оператору центру" });
        Assert.Equal(HttpStatusCode.Created, phoned.StatusCode);
        Assert.Equal(2, (await phoned.Content.ReadFromJsonAsync<ReportBackView[]>())!.Length);
        var pigeon = await hotline.PostAsJsonAsync($"/api/v1/hotlines/appeals/{appeal.Id}/report-backs", new { way = "pigeon" });
        Assert.Equal(HttpStatusCode.BadRequest, pigeon.StatusCode);

        var card = await PageReader.GetAsync(hotline, $"/appeals/{appeal.Id}");
        Assert.Equal(2, card.QuerySelectorAll("#report-back-lines tbody tr").Length);
    }

    [Fact]
    public async Task The_hotline_specialist_reports_back_only_on_hotline_appeals_and_sees_the_hotline_pages()
    {
        var letter = await AppealSteps.RegisterAsync(app, "Зінченко");
        var hotline = await app.As("hotline");
        Assert.Equal(HttpStatusCode.NotFound, (await hotline.PostAsJsonAsync($"/api/v1/hotlines/appeals/{letter.Id}/report-backs", new { way = "phone" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hotline.GetAsync($"/api/v1/hotlines/appeals/{letter.Id}/report-backs")).StatusCode);
        var registrar = await app.As("registrar");
        var notHotline = await registrar.PostAsJsonAsync($"/api/v1/hotlines/appeals/{letter.Id}/report-backs", new { way = "phone" });
        Assert.Equal(HttpStatusCode.BadRequest, notHotline.StatusCode);

        var index = await PageReader.GetAsync(hotline, "/hotlines");
        Assert.NotNull(index.QuerySelector("a[href='/hotlines/1545']"));
        var page = await PageReader.GetAsync(hotline, "/hotlines/1545");
        Assert.NotNull(page.QuerySelector("form input[type=file][name=file]"));
        Assert.NotNull(page.QuerySelector("form[action='/api/v1/hotlines/1545/report-back.xlsx']"));
        Assert.NotNull(page.QuerySelector("nav a[href='/hotlines']"));
        Assert.NotNull((await PageReader.GetAsync(hotline, "/hotlines/regional/mapping")).QuerySelector("#mapping"));
        Assert.Null((await PageReader.GetAsync(await app.As("executor"), "/")).QuerySelector("nav a[href='/hotlines']"));
    }

    /// <summary>
    /// The import writes a batch in bulk, past the change tracker: what a user sees of an imported appeal — the journal,
    /// the index as Instruction №348 forms it, the day of registration (§3.1.4), the term and its explanation, the
    /// state, the trail of who registered what — is what registering the same call by hand gives.
    /// </summary>
    [Fact]
    public async Task S6_2_an_imported_appeal_reads_as_the_same_call_registered_by_hand()
    {
        var csv = Encoding.UTF8.GetBytes("Номер звернення;Дата звернення;ПІБ;Адреса;Телефон;Тематика;Суть звернення\n" +
            $"{p}-I1;21.11.2026 18:40;Ярошенко Віра Степанівна;вул. Гоголя, 3;0671234567;Благоустрій;Прошу відновити освітлення.\n");
        Assert.Equal(1, (await Import("1545", csv, "one.csv")).Registered);
        var imported = (await ByCase("1.4.1", $"{p}-I1"))!;

        var hotline = await app.As("hotline");
        var created = await hotline.PostAsJsonAsync("/api/v1/appeals/", new Dictionary<string, object?>
        {
            ["centreReceivedAt"] = new DateTimeOffset(2026, 11, 21, 18, 40, 0, TimeSpan.FromHours(2)),
            ["channel"] = "1.4.1",
            ["type"] = "3.2",
            ["surname"] = "Ярошенко",
            ["givenName"] = "Віра",
            ["patronymic"] = "Степанівна",
            ["address"] = "вул. Гоголя, 3",
            ["phone"] = "0671234567",
            ["topic"] = "09",
            ["text"] = "Прошу відновити освітлення.",
            ["externalCaseNumber"] = $"{p}-I2",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var byHand = (await created.Content.ReadFromJsonAsync<AppealResponse>(AppealSteps.Json))!;
        var bulk = (await hotline.GetFromJsonAsync<AppealResponse>($"/api/v1/appeals/{imported.Id}", AppealSteps.Json))!;

        static object Seen(AppealResponse a) => new
        {
            Index = System.Text.RegularExpressions.Regex.Replace(a.Index, "[0-9]+", "#"),
            a.RegisteredOn,
            a.DueDate,
            Due = string.Join("|", a.DueExplanation),
            a.Channel,
            a.Sign,
            a.Type,
            a.Subject,
            a.ApplicantName,
            a.Address,
            a.Phone,
            a.Topic,
            a.Text,
            a.IsPrivileged,
            a.State,
            a.Version,
            a.NotConsideredReason,
            a.CentreReceivedAt,
        };
        Assert.Equal(Seen(byHand), Seen(bulk));
        Assert.StartsWith("УКЦ-", bulk.Index);
        Assert.Equal("2026-11-23", bulk.RegisteredOn);
        await using (var scope = app.Scope(out var db))
        {
            var journals = await db.RegistrationCards.Where(c => c.Id == bulk.CardId || c.Id == byHand.CardId).Select(c => c.JournalId).Distinct().ToListAsync();
            Assert.Single(journals);
            var numbers = await db.RegistrationCards.Where(c => c.Id == bulk.CardId || c.Id == byHand.CardId).OrderBy(c => c.Number).Select(c => c.Number).ToListAsync();
            Assert.Equal(numbers[0] + 1, numbers[1]); // one sequence, no gap between the import and the hand
        }

        var controller = await app.As("controller");
        async Task<Dictionary<string, JsonElement>> Added(string type, Guid id)
        {
            var rows = await controller.GetFromJsonAsync<Ratusha.Features.Audit.AuditEntryResponse[]>($"/api/v1/audit/?entityType={type}&entityId={id}");
            var row = Assert.Single(rows!);
            Assert.Equal(("Added", "hotline"), (row.Action, row.UserName));
            return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(row.After!)!;
        }
        foreach (var (type, bulkId, handId) in new[] { ("RegistrationCard", bulk.CardId, byHand.CardId), ("Appeal", bulk.Id, byHand.Id) })
        {
            var (fromImport, fromHand) = (await Added(type, bulkId), await Added(type, handId));
            Assert.Equal(fromHand.Keys, fromImport.Keys);
            foreach (var same in new[] { "RegisteredOn", "Summary", "Correspondent", "Year", "Surname", "Text", "Topic", "Channel", "CentreReceivedAt", "Categories", "NotConsideredOn" })
                if (fromHand.TryGetValue(same, out var value)) Assert.Equal(value.GetRawText(), fromImport[same].GetRawText());
        }
    }

    /// <summary>The audit rows of a bulk import are chained like any others: the trail still verifies (verify-audit) afterwards.</summary>
    [Fact]
    public async Task After_a_bulk_import_the_audit_chain_still_verifies()
    {
        var lines = Enumerable.Range(1, 40).Select(i => $"{p}-V{i};20.11.2026 1{i % 10}:05;Шевчук Остап {i};вул. Зелена, {i};;Благоустрій;Прошу полагодити ліхтар № {i}.");
        var csv = Encoding.UTF8.GetBytes("Номер звернення;Дата звернення;ПІБ;Адреса;Телефон;Тематика;Суть звернення\n" + string.Join("\n", lines) + "\n");
        Assert.Equal(40, (await Import("1545", csv, "forty.csv")).Registered);

        var verified = await (await app.As("admin")).GetFromJsonAsync<Ratusha.Features.Audit.AuditVerificationResult>("/api/v1/audit/verify");
        Assert.True(verified!.Intact, verified.Message);
        await using var scope = app.Scope(out var db);
        var appeals = await db.Appeals.Where(a => a.ExternalCaseNumber!.StartsWith($"{p}-V")).Select(a => new { a.Id, a.CardId }).ToListAsync();
        Assert.Equal(40, appeals.Count);
        var ids = appeals.SelectMany(a => new[] { a.Id.ToString(), a.CardId.ToString() }).ToList();
        Assert.Equal(80, await db.AuditEntries.CountAsync(e => ids.Contains(e.EntityId) && e.Action == "Added"));
        Assert.True((await Ratusha.Features.Audit.AuditVerification.VerifyAsync(db, default)).Intact);
    }

    /// <summary>
    /// Two imports of one file at once: whichever writes its batch second finds the cases taken (its bulk write is
    /// refused and rolled back, its rows go one by one and are skipped). Each case is registered once, the journal's
    /// numbers have no gap and the audit trail verifies.
    /// </summary>
    [Fact]
    public async Task Two_imports_of_one_file_at_once_register_each_case_once_without_gaps()
    {
        var lines = Enumerable.Range(1, 60).Select(i => $"{p}-C{i};20.11.2026 09:{i % 60:00};Бойко Леся {i};вул. Озерна, {i};;Благоустрій;Прошу прибрати гілки № {i}.");
        var csv = Encoding.UTF8.GetBytes("Номер звернення;Дата звернення;ПІБ;Адреса;Телефон;Тематика;Суть звернення\n" + string.Join("\n", lines) + "\n");
        var reports = await Task.WhenAll(Import("1545", csv, "a.csv"), Import("1545", csv, "b.csv", user: "registrar"));

        Assert.Equal((60, 60), (reports.Sum(r => r.Registered), reports.Sum(r => r.Skipped)));
        await using var scope = app.Scope(out var db);
        var numbers = await db.Appeals.Where(a => a.ExternalCaseNumber!.StartsWith($"{p}-C"))
            .Join(db.RegistrationCards, a => a.CardId, c => c.Id, (a, c) => c.Number).OrderBy(n => n).ToListAsync();
        Assert.Equal(60, numbers.Count);
        Assert.Equal(Enumerable.Range(numbers[0], 60), numbers);
        Assert.True((await Ratusha.Features.Audit.AuditVerification.VerifyAsync(db, default)).Intact);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HotlineTestsOnSqlite(SqliteApp app) : HotlineTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HotlineTestsOnPostgres(PostgresApp app) : HotlineTests(app);
