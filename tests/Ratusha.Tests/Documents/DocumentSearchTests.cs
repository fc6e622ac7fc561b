using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Ratusha.Features.Deadlines;
using Ratusha.Features.Documents;
using Ratusha.Features.Identity;
using Ratusha.Features.Registration;
using Ratusha.Tests.Admin;
using Ratusha.Tests.DeputyAppeals;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Documents;

/// <summary>
/// The journal's search and pages: a document is found by a word of its summary, by its correspondent, by its index;
/// the search shows only what the user may see (the documents' card guard); the journal is not counted — a page
/// tells whether another follows. The users: executor of the housing department (09), controller Кравчук.
/// </summary>
public abstract class DocumentSearchTests(RatushaApp app)
{
    private readonly DocumentSteps steps = new(app);

    private async Task<DocumentPage> List(string user, string query) =>
        (await (await app.As(user)).GetFromJsonAsync<DocumentPage>($"/api/v1/documents/?limit=200&q={Uri.EscapeDataString(query)}", DocumentSteps.Json))!;

    private async Task<Guid[]> Found(string user, string query) => [.. (await List(user, query)).Items.Select(i => i.Id).Order()];

    private Task<DocumentResponse> Letter(string token, Guid department, string access) =>
        steps.Register(new
        {
            kind = "incoming",
            receivedAt = new DateTimeOffset(2026, 11, 16, 10, 0, 0, DocumentSteps.Kyiv),
            summary = $"Про графік ремонту ліфтів лот{token} ({access})",
            correspondent = $"ТОВ «Ліфтсервіс-{token}»",
            correspondentNumber = $"07-{DocumentSteps.Token()}",
            correspondentDate = "2026-11-12",
            departmentId = department,
            accessLevel = access,
        });

    [Fact]
    public async Task Search_finds_a_document_by_a_word_of_its_summary_by_its_correspondent_and_index_and_shows_only_what_the_user_may_see()
    {
        var token = DocumentSteps.Token();
        var housing = await DeputyAppealSteps.DepartmentAsync(app, "09");
        var education = await DeputyAppealSteps.DepartmentAsync(app, "10");
        var own = await Letter(token, housing, AccessLevels.Public);
        var other = await Letter(token, education, AccessLevels.Public);
        var restricted = await Letter(token, education, AccessLevels.OfficialUse);
        Guid[] all = [.. new[] { own.Id, other.Id, restricted.Id }.Order()];

        // A word of the summary, the correspondent (in any case), a part of its name: the registrar sees all three.
        foreach (var query in new[] { $"лот{token}", $"ЛОТ{token.ToUpperInvariant()}", $"ліфтсервіс-{token}", $"ТОВ «Ліфтсервіс-{token}»" })
            Assert.Equal(all, await Found("registrar", query));
        Assert.Contains(own.Id, await Found("registrar", own.Index));
        Assert.Equal([own.Id], await Found("registrar", $"{own.Index} про графік ремонту ліфтів лот{token}"));

        // The guard holds in the search: the executor of the housing department finds only his department's letter,
        // the controller every open one, not the one for official use addressed elsewhere.
        foreach (var query in new[] { $"лот{token}", $"ліфтсервіс-{token}" })
        {
            Assert.Equal([own.Id], await Found("executor", query));
            Assert.Equal(new[] { own.Id, other.Id }.Order(), await Found("controller", query));
        }
        Assert.Empty(await Found("executor", $"лот{token} ({AccessLevels.OfficialUse})"));
        var page = await (await app.As("executor")).GetStringAsync($"/documents?q={Uri.EscapeDataString($"лот{token}")}");
        Assert.Contains(own.Index, page, StringComparison.Ordinal);
        Assert.DoesNotContain($"лот{token} ({AccessLevels.OfficialUse})", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_journal_is_not_counted_a_page_tells_whether_another_follows()
    {
        var token = DocumentSteps.Token();
        var documents = new List<DocumentResponse>();
        for (var i = 0; i < 3; i++) documents.Add(await steps.Incoming($"Про благоустрій двору {token} №{i}"));
        var registrar = await app.As("registrar");

        var first = (await registrar.GetFromJsonAsync<DocumentPage>($"/api/v1/documents/?q={token}&limit=2", DocumentSteps.Json))!;
        Assert.Equal((2, 2, true), (first.Items.Count, first.NextOffset, first.HasMore));
        var second = (await registrar.GetFromJsonAsync<DocumentPage>($"/api/v1/documents/?q={token}&limit=2&offset=2", DocumentSteps.Json))!;
        Assert.Equal((1, null, false), (second.Items.Count, second.NextOffset, second.HasMore));
        Assert.Equal(documents.Select(d => d.Id).Order(), first.Items.Concat(second.Items).Select(d => d.Id).Order());
        var exact = (await registrar.GetFromJsonAsync<DocumentPage>($"/api/v1/documents/?q={token}&limit=3", DocumentSteps.Json))!;
        Assert.Equal((3, null, false), (exact.Items.Count, exact.NextOffset, exact.HasMore));

        // The page: the number of rows when they all fit, the rows shown and «Назад» further on; no total of the journal.
        var all = await PageReader.GetAsync(registrar, $"/documents?q={token}");
        Assert.Equal("Документи: 3", all.QuerySelector("table.grid caption")?.TextContent.Trim());
        Assert.Null(all.QuerySelector("a[rel=next]"));
        var further = await PageReader.GetAsync(registrar, $"/documents?q={token}&offset=2");
        Assert.Equal("Документи: показано 3", further.QuerySelector("table.grid caption")?.TextContent.Trim());
        Assert.Equal($"/documents?q={token}", further.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
    }

    /// <summary>
    /// Every page of the journal for a text, followed from the first by its «Далі» (limit 2), as the user sees it when
    /// the search takes its way by <paramref name="how"/>.
    /// </summary>
    private async Task<List<(Guid[] Ids, int? NextOffset, bool HasMore)>> Pages(string userName, string query, JournalSearch how)
    {
        await using var scope = app.Scope(out var db);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<User>>().CreateAsync((await users.FindByNameAsync(userName))!);
        var visibility = scope.ServiceProvider.GetRequiredService<CardVisibility>();
        var pages = new List<(Guid[], int?, bool)>();
        for (int? offset = 0; offset is { } at;)
        {
            var page = await DocumentViews.PageAsync(db, visibility, user, new DocumentFilter(Q: query, Offset: at, Limit: 2), OfficeDay.Today(app.Clock), how,
                TestContext.Current.CancellationToken);
            pages.Add(([.. page.Items.Select(i => i.Id)], page.NextOffset, page.HasMore));
            offset = page.NextOffset;
        }
        return pages;
    }

    [Fact]
    public async Task Every_way_of_searching_the_journal_gives_the_same_pages_the_newest_cards_the_index_and_the_walk()
    {
        // Seven incoming letters with one word; the executor of the housing department (09) may see four of them:
        // his department's open and for-official-use letters, and one of education's once it is assigned to Олійник.
        // The word has no digit (hex digits as letters а–п), the searched texts are the word and the word with a digit.
        var word = string.Concat(DocumentSteps.Token().Select(c => (char)('а' + Convert.ToInt32(c.ToString(), 16))));
        var housing = await DeputyAppealSteps.DepartmentAsync(app, "09");
        var education = await DeputyAppealSteps.DepartmentAsync(app, "10");
        var letters = new List<DocumentResponse>();
        foreach (var (department, access) in new[]
                 {
                     (housing, AccessLevels.Public), (education, AccessLevels.Public), (housing, AccessLevels.OfficialUse),
                     (education, AccessLevels.OfficialUse), (education, AccessLevels.Public), (housing, AccessLevels.Public),
                     (education, AccessLevels.Public),
                 })
            letters.Add(await Letter($"{word}7", department, access));
        await steps.Resolve(letters[4].CardId);

        // The journal's order: the newest first (registered the same minute, so by number).
        Guid[] executorSees = [letters[5].Id, letters[4].Id, letters[2].Id, letters[0].Id];
        Guid[] registrarSees = [.. letters.Select(l => l.Id).Reverse()];
        List<(Guid[], int?, bool)> Expected(Guid[] ids) =>
            [.. ids.Chunk(2).Select((chunk, i) => (chunk, (i + 1) * 2 < ids.Length ? (i + 1) * 2 : (int?)null, (i + 1) * 2 < ids.Length))];
        // The pages as text, named by the user and the way, so that a failure says which way went wrong.
        static string Shown(string user, JournalSearch how, List<(Guid[] Ids, int? NextOffset, bool HasMore)> pages) =>
            $"{user}, {how}: " + string.Join(" | ", pages.Select(p => $"{string.Join(" ", p.Ids)} next {p.NextOffset} more {p.HasMore}"));

        // The seven letters are the newest cards of the journal. The ways, for the word: the defaults (a window of the
        // newest cards holding them all: the first pages fill there, the last one does not and goes on to the index);
        // the index alone (no window; SQLite, without one, walks); a window of three cards that fills the registrar's
        // first page and no more, then the index calls the text common (over three documents) and the walk goes on
        // past the window; a window of five with no index; the walk of the whole journal. The text with a digit asks
        // the index first on PostgreSQL (rare, or common and walked from the start) and takes the window on SQLite.
        JournalSearch[] ways = [JournalSearch.Default, new(Window: 0, RareText: 2000), new(Window: 3, RareText: 3), new(Window: 5, RareText: 0), new(Window: 0, RareText: 0)];
        foreach (var query in new[] { $"лот{word}", $"лот{word}7" })
            foreach (var how in ways)
                foreach (var (user, sees) in new[] { ("executor", executorSees), ("registrar", registrarSees) })
                    Assert.Equal(Shown($"{user} «{query}»", how, Expected(sees)), Shown($"{user} «{query}»", how, await Pages(user, query, how)));

        var page = await PageReader.GetAsync(await app.As("executor"), $"/documents?q={Uri.EscapeDataString($"лот{word}")}");
        Assert.Equal([.. new[] { 5, 4, 2, 0 }.Select(i => letters[i].Index)],
            page.QuerySelectorAll("table.grid tbody tr").Select(r => r.QuerySelector("td")?.TextContent.Trim()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DocumentSearchOnSqlite(SqliteApp app) : DocumentSearchTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DocumentSearchOnPostgres(PostgresApp app) : DocumentSearchTests(app);
