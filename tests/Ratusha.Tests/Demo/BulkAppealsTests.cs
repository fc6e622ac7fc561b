using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Ratusha.Calendar;
using Ratusha.Features.Appeals;
using Ratusha.Features.Control;
using Ratusha.Features.Demo;
using Ratusha.Features.Registration;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Demo;

/// <summary>scripts/seed: what a clerk, a controller and an executor see after a bulk seed of appeals, seeded twice.</summary>
public abstract class BulkAppealsTests(RatushaApp app)
{
    [Fact]
    public async Task Seeded_appeals_are_numbered_per_year_with_the_engines_terms_and_registration_continues_after_them()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await BulkAppeals.SeedAsync(scope.ServiceProvider, 300, 348, TextWriter.Null);
            await BulkAppeals.SeedAsync(scope.ServiceProvider, 200, 20, TextWriter.Null); // again: the numbering continues
        }

        // Instruction №348: per journal and year 1..N without gaps or repeats; the index is the letter and the number.
        // Hotline appeals go to the hotline journals (§6.2), numbered there.
        var registrar = await app.As("registrar");
        var cards = new List<CardResponse>();
        var hotlineCards = new HashSet<Guid>();
        foreach (var journal in new[] { "appeals", "hotline-1545", "hotline-regional" })
        {
            var ofJournal = 0;
            for (var year = RatushaApp.Start.Year - 6; year <= RatushaApp.Start.Year; year++)
            {
                var ofYear = new List<CardResponse>();
                for (var page = await Cards(registrar, journal, year, null); ; page = await Cards(registrar, journal, year, page.Next))
                {
                    ofYear.AddRange(page.Items);
                    if (page.Next is null) break;
                }
                Assert.Equal(Enumerable.Range(1, ofYear.Count), ofYear.Select(c => c.Number).Order());
                cards.AddRange(ofYear);
                ofJournal += ofYear.Count;
                if (journal != "appeals") hotlineCards.UnionWith(ofYear.Select(c => c.Id));
            }
            Assert.True(ofJournal > 0, $"no seeded appeal in the journal {journal}");
        }
        Assert.Equal(500, cards.Count);

        var appeals = new List<AppealListItem>();
        for (var page = await Appeals(registrar, null); ; page = await Appeals(registrar, page.Next))
        {
            appeals.AddRange(page.Items);
            if (page.Next is null) break;
        }
        var numbers = cards.ToDictionary(c => c.Id, c => c.Number);
        foreach (var appeal in appeals)
        {
            var letter = appeal.Index.Split('-')[0];
            var channel = (await One(registrar, appeal.Id)).Channel;
            Assert.Equal(hotlineCards.Contains(appeal.CardId), channel is "1.4.1" or "1.4.2");
            if (hotlineCards.Contains(appeal.CardId))
            {
                Assert.Equal($"{(channel == "1.4.1" ? "УКЦ" : "ОГЛ")}-{numbers[appeal.CardId]}", appeal.Index);
                continue;
            }
            Assert.Equal($"{letter}-{numbers[appeal.CardId]}", appeal.Index);
            if (letter is "КО" or "БП")
                Assert.Equal(letter == "КО" ? "5.2" : "5.3", (await One(registrar, appeal.Id)).Subject);
            else
                Assert.Equal(letter, appeal.ApplicantName[..1]);
        }
        Assert.Contains(appeals, a => a.NotConsidered && a.Index.StartsWith("БП-", StringComparison.Ordinal));

        // Art. 20, §6.14: the lead's term from registration, the co-executors' 3 working days before it — as the engine says.
        var calendar = WorkingCalendar.Ukraine;
        var checkedResolutions = 0;
        foreach (var appeal in appeals.Where((_, i) => i % 5 == 0))
        {
            var detail = await One(registrar, appeal.Id);
            var term = LegalTerms.Find(detail.NoAdditionalStudy ? "appeal-short" : "appeal")!;
            var due = Deadline.For(term, DateOnly.Parse(detail.RegisteredOn, System.Globalization.CultureInfo.InvariantCulture), calendar).Due;
            foreach (var resolution in (await registrar.GetFromJsonAsync<ResolutionView[]>($"/api/v1/appeals/{appeal.Id}/resolutions"))!)
            {
                var lead = resolution.Assignments.Single(a => a.IsLead);
                if (lead.ReturnComment is null) Assert.Equal(Iso(due), lead.DueDate); // a returned answer has the rework term instead
                Assert.All(resolution.Assignments.Where(a => !a.IsLead),
                    a => Assert.Equal(Iso(Deadline.For(LegalTerms.Find("co-executor")!, due, calendar).Due), a.DueDate));
                checkedResolutions++;
            }
        }
        Assert.True(checkedResolutions > 50, $"only {checkedResolutions} resolutions checked");

        // The demo executor has work: open assignments, some of them overdue.
        var mine = (await (await app.As("executor")).GetFromJsonAsync<MyAssignment[]>("/api/v1/assignments/mine"))!;
        Assert.NotEmpty(mine);
        Assert.Contains(mine, m => m.Overdue);

        // A clerk's registration afterwards takes the next number of the year.
        var last = cards.Where(c => c.Year == RatushaApp.Start.Year).Max(c => c.Number);
        var response = await registrar.PostAsJsonAsync("/api/v1/appeals/", new
        {
            channel = "1.1",
            type = "3.2",
            subject = "5.1",
            surname = "Тарасюк",
            givenName = "Ганна",
            address = "вул. Сонячна, 5",
            topic = "09",
            text = "Прошу відремонтувати освітлення у дворі.",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"Т-{last + 1}", (await response.Content.ReadFromJsonAsync<AppealResponse>())!.Index);
    }

    private static async Task<CardPage> Cards(HttpClient client, string journal, int year, string? before) =>
        (await client.GetFromJsonAsync<CardPage>($"/api/v1/journals/{journal}/cards?year={year}&limit=200{(before is null ? "" : $"&before={before}")}"))!;

    private static async Task<AppealPage> Appeals(HttpClient client, string? after) =>
        (await client.GetFromJsonAsync<AppealPage>($"/api/v1/appeals/?limit=200{(after is null ? "" : $"&after={after}")}"))!;

    private static async Task<AppealResponse> One(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<AppealResponse>($"/api/v1/appeals/{id}"))!;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A database of its own: 500 appeals would change what the tests sharing the collection's database see.</summary>
public sealed class SqliteBulkApp() : RatushaApp(Provider.Sqlite);

public sealed class PostgresBulkApp() : RatushaApp(Provider.Postgres);

public sealed class BulkAppealsOnSqlite(SqliteBulkApp app) : BulkAppealsTests(app), IClassFixture<SqliteBulkApp>;

public sealed class BulkAppealsOnPostgres(PostgresBulkApp app) : BulkAppealsTests(app), IClassFixture<PostgresBulkApp>;
