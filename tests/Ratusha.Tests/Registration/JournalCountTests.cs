using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratusha.Features.Identity;
using Ratusha.Features.Shell;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Registration;

/// <summary>
/// The start pages' and the journals page's "registered today / this year" per journal come from daily counts kept
/// with every registration (a form, an appeal, a hotline import): they must equal the cards counted one by one, for the
/// whole council and for one department. The fake clock stands on Monday 23.11.2026.
/// </summary>
public abstract class JournalCountTests(RatushaApp app)
{
    private async Task<string> NewJournal()
    {
        var code = $"t-{Guid.NewGuid():N}"[..20];
        var response = await (await app.As("admin")).PostAsJsonAsync("/api/v1/journals/", new { code, name = "Журнал лічильників " + code, numberFormat = "{n}" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    [Fact]
    public async Task Counts_per_journal_equal_the_cards_of_today_and_of_the_year()
    {
        Guid department;
        await using (var scope = app.Scope(out var db))
            department = await db.Departments.OrderBy(d => d.Code).Select(d => d.Id).FirstAsync();
        var journal = await NewJournal();
        var registrar = await app.As("registrar");
        async Task Card(object body) => Assert.Equal(HttpStatusCode.Created, (await registrar.PostAsJsonAsync($"/api/v1/journals/{journal}/cards", body)).StatusCode);
        await Card(new { summary = "Лист без підрозділу" });
        await Card(new { summary = "Лист без підрозділу, другий" });
        await Card(new { summary = "Лист підрозділу", departmentId = department });
        await Card(new { summary = "Лист, що надійшов у жовтні", receivedAt = new DateTimeOffset(2026, 10, 14, 10, 0, 0, TimeSpan.FromHours(3)) });
        Assert.Equal(HttpStatusCode.Created, (await registrar.PostAsJsonAsync("/api/v1/appeals/", new Dictionary<string, object?>
        {
            ["channel"] = "1.1",
            ["type"] = "3.2",
            ["sign"] = "2.1",
            ["subject"] = "5.1",
            ["surname"] = "Лічильник",
            ["givenName"] = "Марія",
            ["address"] = "вул. Соборна, 14",
            ["topic"] = "09",
            ["departmentId"] = department,
            ["text"] = $"Прошу полагодити ліхтар. {Guid.NewGuid():N}",
        })).StatusCode);
        var caseNumber = "JC-" + Guid.NewGuid().ToString("N")[..8];
        using (var form = new MultipartFormDataContent())
        {
            var csv = new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join("\r\n",
                "Номер звернення;Дата звернення;ПІБ;Адреса;Телефон;Тематика;Суть звернення",
                $"{caseNumber};23.11.2026 09:15;Коваленко Олена Петрівна;вул. Соборна, 1;0501234567;09;Прошу прибрати сміття")));
            csv.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(csv, "file", "calls.csv");
            var imported = await (await app.As("hotline")).PostAsync("/api/v1/hotlines/1545/imports", form);
            Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        }

        await using (var scope = app.Scope(out var db))
        {
            var queries = scope.ServiceProvider.GetRequiredService<StartPageQueries>();
            var today = queries.Today();
            Assert.Equal(new DateOnly(2026, 11, 23), today);
            Assert.True(await db.Appeals.AnyAsync(a => a.ExternalCaseNumber == caseNumber), "the hotline row was registered");

            var council = await queries.JournalCountsAsync(new DepartmentScope(true, null));
            var ours = council.Single(c => c.Code == journal);
            Assert.Equal((3, 4), (ours.Today, ours.ThisYear));
            foreach (var count in council) // every journal, whichever way its cards were registered
            {
                var cards = db.RegistrationCards.Where(c => c.Year == today.Year && db.Journals.Any(j => j.Id == c.JournalId && j.Code == count.Code));
                Assert.Equal((await cards.CountAsync(c => c.RegisteredOn == today), await cards.CountAsync()), (count.Today, count.ThisYear));
            }

            var own = await queries.JournalCountsAsync(new DepartmentScope(false, department));
            Assert.Equal((1, 1), (own.Single(c => c.Code == journal).Today, own.Single(c => c.Code == journal).ThisYear));
            foreach (var count in own)
            {
                var cards = db.RegistrationCards.Where(c => c.Year == today.Year && c.DepartmentId == department && db.Journals.Any(j => j.Id == c.JournalId && j.Code == count.Code));
                Assert.Equal((await cards.CountAsync(c => c.RegisteredOn == today), await cards.CountAsync()), (count.Today, count.ThisYear));
            }
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class JournalCountOnSqlite(SqliteApp app) : JournalCountTests(app);

[Collection(PostgresCollection.Name)]
public sealed class JournalCountOnPostgres(PostgresApp app) : JournalCountTests(app);
