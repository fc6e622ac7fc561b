using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ratusha.Features.Appeals;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Appeals;

/// <summary>The registration-control card of a citizen's appeal: classifier codes, Instruction №348 index, art. 5 and 8, art. 20 terms and priority.</summary>
public abstract class AppealRegistrationTests(RatushaApp app)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 10, 0, 0, TimeSpan.FromHours(2));

    private static Dictionary<string, object?> Letter(string surname = "Коваленко", params (string Key, object? Value)[] changes)
    {
        var body = new Dictionary<string, object?>
        {
            ["receivedAt"] = Monday,
            ["channel"] = "1.1",
            ["type"] = "3.2",
            ["sign"] = "2.1",
            ["subject"] = "5.1",
            ["surname"] = surname,
            ["givenName"] = "Петро",
            ["patronymic"] = "Іванович",
            ["address"] = "вул. Сонячна, 5, кв. 12",
            ["phone"] = "+380671234567",
            ["sex"] = "4.1",
            ["topic"] = "02",
            ["text"] = $"Прошу відремонтувати освітлення у дворі. {Guid.NewGuid():N}",
        };
        foreach (var (key, value) in changes) body[key] = value;
        return body;
    }

    private async Task<HttpResponseMessage> Register(Dictionary<string, object?> body) =>
        await (await app.As("registrar")).PostAsJsonAsync("/api/v1/appeals/", body);

    private async Task<AppealResponse> Registered(Dictionary<string, object?> body)
    {
        var response = await Register(body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AppealResponse>())!;
    }

    [Fact]
    public async Task Instruction348_index_is_the_surname_letter_and_the_serial_number()
    {
        var appeal = await Registered(Letter("Шевченко"));
        Assert.Matches(@"^Ш-\d+$", appeal.Index);
        Assert.Equal("Шевченко Петро Іванович", appeal.ApplicantName);
    }

    [Fact]
    public async Task Instruction348_collective_appeal_is_marked_KO_and_unsigned_BP()
    {
        var collective = await Registered(Letter("Бондар", ("subject", "5.2"), ("signatories", 23)));
        Assert.StartsWith("КО-", collective.Index, StringComparison.Ordinal);
        var unsigned = await Registered(Letter("", ("subject", "5.3"), ("givenName", null), ("address", null)));
        Assert.StartsWith("БП-", unsigned.Index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Art20_due_date_is_30_days_from_registration_and_15_without_additional_study()
    {
        var appeal = await Registered(Letter());
        Assert.Equal("2026-11-16", appeal.RegisteredOn);
        Assert.Equal("2026-12-16", appeal.DueDate);
        Assert.Contains(appeal.DueExplanation, l => l.Contains("ст. 20", StringComparison.Ordinal));
        var quick = await Registered(Letter(changes: ("noAdditionalStudy", true)));
        Assert.Equal("2026-12-01", quick.DueDate);
    }

    [Fact]
    public async Task S3_1_4_received_on_saturday_is_registered_on_monday()
    {
        var appeal = await Registered(Letter(changes: ("receivedAt", new DateTimeOffset(2026, 11, 21, 11, 0, 0, TimeSpan.FromHours(2)))));
        Assert.Equal("2026-11-23", appeal.RegisteredOn);
    }

    [Fact]
    public async Task Art5_appeal_without_address_is_refused_with_the_reason_and_nothing_is_stored()
    {
        var before = await (await app.As("registrar")).GetFromJsonAsync<AppealPage>("/api/v1/appeals/?limit=200");
        var response = await Register(Letter(changes: ("address", null)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("ст. 5", problem.RootElement.GetProperty("errors").GetProperty("address")[0].GetString(), StringComparison.Ordinal);
        var after = await (await app.As("registrar")).GetFromJsonAsync<AppealPage>("/api/v1/appeals/?limit=200");
        Assert.Equal(before!.Items.Count, after!.Items.Count);
    }

    [Fact]
    public async Task Art5_electronic_appeal_needs_an_e_mail_and_unknown_codes_are_refused()
    {
        var noEmail = await Register(Letter(changes: ("channel", "1.1.2")));
        Assert.Equal(HttpStatusCode.BadRequest, noEmail.StatusCode);
        var unknown = await Register(Letter(changes: ("topic", "99")));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Тематика", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Art8_S6_20_anonymous_appeal_is_registered_and_recorded_as_not_considered()
    {
        var appeal = await Registered(Letter("", ("subject", "5.3"), ("givenName", null), ("address", null)));
        Assert.Equal("anonymous", appeal.NotConsideredReason);
        Assert.Contains("ст. 8", appeal.NotConsideredBasis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Art8_S6_22_the_head_records_a_repeat_on_a_resolved_matter_as_not_considered_with_the_article()
    {
        var appeal = await Registered(Letter());
        var byRegistrar = await (await app.As("registrar")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/not-considered",
            new { reason = "repeat-resolved", basis = "Питання вирішено по суті відповіддю від 01.10.2026", version = appeal.Version });
        Assert.Equal(HttpStatusCode.Forbidden, byRegistrar.StatusCode);
        var response = await (await app.As("deputy")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/not-considered",
            new { reason = "repeat-resolved", basis = "Питання вирішено по суті відповіддю від 01.10.2026", version = appeal.Version });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var marked = (await response.Content.ReadFromJsonAsync<AppealResponse>())!;
        Assert.Equal("repeat-resolved", marked.NotConsideredReason);
        Assert.Contains("ч. 2 ст. 8", marked.NotConsideredBasis, StringComparison.Ordinal);
        var unknown = await (await app.As("deputy")).PostAsJsonAsync($"/api/v1/appeals/{(await Registered(Letter())).Id}/not-considered",
            new { reason = "не подобається", basis = "…", version = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Art20_privileged_applicants_are_flagged_and_listed_first()
    {
        var veteran = await Registered(Letter("Гордієнко", ("categories", new[] { "7.5" })));
        Assert.True(veteran.IsPrivileged);
        var ordinary = await Registered(Letter("Ярошенко"));
        Assert.False(ordinary.IsPrivileged);

        var page = await (await app.As("registrar")).GetFromJsonAsync<AppealPage>("/api/v1/appeals/?privilegedFirst=true&limit=200");
        var order = page!.Items.Select(i => i.IsPrivileged).ToList();
        Assert.Equal(order.OrderByDescending(p => p), order);
        Assert.True(page.Items.ToList().FindIndex(i => i.Id == veteran.Id) < page.Items.ToList().FindIndex(i => i.Id == ordinary.Id));
    }

    [Fact]
    public async Task The_filtered_list_exports_to_xlsx_with_ukrainian_columns()
    {
        var appeal = await Registered(Letter("Ґудзь", ("topic", "06")));
        var response = await (await app.As("registrar")).GetAsync("/api/v1/appeals/export.xlsx?topic=06&channel=");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(rows, r => (string?)r["Індекс"] == appeal.Index && ((string?)r["Заявник"])!.StartsWith("Ґудзь", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Equal("06", r["Тематика"]));
    }

    [Fact]
    public async Task The_printed_card_carries_the_index_the_applicant_and_the_term()
    {
        var appeal = await Registered(Letter("Лук'яненко"));
        var html = await (await app.As("registrar")).GetStringAsync($"/appeals/{appeal.Id}/print");
        Assert.Contains($"РЕЄСТРАЦІЙНО-КОНТРОЛЬНА КАРТКА № {appeal.Index}", html, StringComparison.Ordinal);
        Assert.Contains("Лук&#x27;яненко Петро Іванович", html.Replace("'", "&#x27;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("до 16.12.2026", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Основна навігація", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_of_the_longest_allowed_parts_register_whole_on_the_appeal()
    {
        var surname = "Г" + new string('а', 99);
        var appeal = await Registered(Letter(surname, ("givenName", new string('б', 100)), ("patronymic", new string('в', 100))));
        Assert.Equal($"{surname} {new string('б', 100)} {new string('в', 100)}", appeal.ApplicantName);
        Assert.Matches(@"^Г-\d+$", appeal.Index);
    }

    [Fact]
    public async Task Keyset_pages_of_the_list_do_not_repeat_or_skip()
    {
        for (var i = 0; i < 5; i++) await Registered(Letter($"Литвин{i}"));
        var registrar = await app.As("registrar");
        async Task<List<Guid>> Pages(int limit) // the whole list, a page at a time (other tests of the collection add appeals too)
        {
            var ids = new List<Guid>();
            string? after = null;
            do
            {
                var page = (await registrar.GetFromJsonAsync<AppealPage>($"/api/v1/appeals/?privilegedFirst=true&limit={limit}{(after is null ? "" : "&after=" + after)}"))!;
                ids.AddRange(page.Items.Select(i => i.Id));
                after = page.Next;
            }
            while (after is not null);
            return ids;
        }
        var all = await Pages(200);
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(all, await Pages(3));
    }

    [Fact]
    public async Task Personal_data_is_not_shown_outside_the_addressed_department()
    {
        var departments = await (await app.As("registrar")).GetFromJsonAsync<JsonElement[]>("/api/v1/departments/");
        Guid Department(string code) => departments!.Single(d => d.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();
        var housing = await Registered(Letter("Дорошенко", ("departmentId", Department("09"))));
        var education = await Registered(Letter("Остапчук", ("departmentId", Department("10"))));

        var executor = await app.As("executor"); // housing department
        Assert.Equal(HttpStatusCode.OK, (await executor.GetAsync($"/api/v1/appeals/{housing.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await executor.GetAsync($"/api/v1/appeals/{education.Id}")).StatusCode);
        var list = await executor.GetFromJsonAsync<AppealPage>("/api/v1/appeals/?limit=200");
        Assert.DoesNotContain(list!.Items, i => i.Id == education.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("citizen")).GetAsync($"/api/v1/appeals/{housing.Id}")).StatusCode);
    }

    [Fact]
    public async Task Classifier_lists_are_data_the_administrator_extends()
    {
        var code = $"7.{Random.Shared.Next(100, 999)}";
        var added = await (await app.As("admin")).PostAsJsonAsync("/api/v1/classifiers/category",
            new { code, name = "Ветеран війни — особа з інвалідністю внаслідок війни", sortOrder = 500, isPrivileged = true, source = "постанова КМУ №526 від 2024 р." });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var veteran = await Registered(Letter("Яценко", ("categories", new[] { code })));
        Assert.True(veteran.IsPrivileged);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("registrar")).PostAsJsonAsync("/api/v1/classifiers/category", new { code = "x", name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await (await app.As("admin")).PostAsJsonAsync("/api/v1/classifiers/category", new { code, name = "Дубль" })).StatusCode);
    }

    [Fact]
    public async Task Art20_the_applicant_is_told_when_the_term_is_extended()
    {
        var appeal = await Registered(Letter(changes: ("email", "koval@example.org")));
        var people = (await (await app.As("mayor")).GetFromJsonAsync<JsonElement[]>("/api/v1/officials/"))!
            .ToDictionary(o => o.GetProperty("surname").GetString()!, o => o.GetProperty("id").GetGuid());
        var deputy = await app.As("deputy");
        var written = await deputy.PostAsJsonAsync($"/api/v1/cards/{appeal.CardId}/resolutions", new
        {
            text = "Розглянути.",
            leadExecutorId = people["Олійник"],
            coExecutorIds = Array.Empty<Guid>(),
            controllerId = people["Кравчук"],
            term = "Default",
        });
        var resolution = await written.Content.ReadFromJsonAsync<JsonElement>();
        var extended = await deputy.PostAsJsonAsync($"/api/v1/resolutions/{resolution.GetProperty("id").GetString()}/extensions",
            new { newDueDate = "2026-12-30", reason = "Потрібне обстеження мережі освітлення", version = resolution.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.Created, extended.StatusCode);

        await using var scope = app.Scope(out var db);
        var notice = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.OutboxMessages, m => m.Key == $"appeal-extended:{appeal.CardId}:20261230");
        Assert.Equal("koval@example.org", notice.To);
        Assert.Contains("30.12.2026", notice.Body, StringComparison.Ordinal);
        Assert.Contains("ст. 20", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_appeal_goes_on_control_with_the_appeal_terms()
    {
        var appeal = await Registered(Letter());
        var people = (await (await app.As("mayor")).GetFromJsonAsync<JsonElement[]>("/api/v1/officials/"))!
            .ToDictionary(o => o.GetProperty("surname").GetString()!, o => o.GetProperty("id").GetGuid());
        var resolution = await (await app.As("deputy")).PostAsJsonAsync($"/api/v1/cards/{appeal.CardId}/resolutions", new
        {
            text = "Розглянути.",
            leadExecutorId = people["Олійник"],
            coExecutorIds = Array.Empty<Guid>(),
            controllerId = people["Кравчук"],
            term = "Date",
            dueDate = "2027-01-04",
        });
        Assert.Equal(HttpStatusCode.BadRequest, resolution.StatusCode); // 45 days from 16.11.2026 end on 31.12.2026 (art. 20)
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AppealRegistrationOnSqlite(SqliteApp app) : AppealRegistrationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AppealRegistrationOnPostgres(PostgresApp app) : AppealRegistrationTests(app);
