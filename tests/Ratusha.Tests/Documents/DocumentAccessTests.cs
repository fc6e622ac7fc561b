using System.Net;
using System.Net.Http.Json;
using Ratusha.Features.Documents;
using Ratusha.Tests.DeputyAppeals;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Documents;

/// <summary>
/// Who sees a document, by its access level, role and department: a document «для службового користування» only the
/// records office, the mayor and the deputies, its controller, and the executors and department it is addressed or
/// assigned to; an open document the council-wide roles, and heads and executors of its department or assigned to it.
/// The users: head and executor of the housing department (09), controller Кравчук.
/// </summary>
public abstract class DocumentAccessTests(RatushaApp app)
{
    private readonly DocumentSteps steps = new(app);

    private async Task<DocumentResponse> Register(string token, Guid department, string access) =>
        await steps.Register(new
        {
            kind = "internal",
            summary = $"Про мережу закладів освіти {token} ({access})",
            departmentId = department,
            accessLevel = access,
        });

    private async Task<HttpStatusCode> Get(string user, DocumentResponse d) =>
        (await (await app.As(user)).GetAsync($"/api/v1/documents/{d.Id}")).StatusCode;

    private async Task<HttpStatusCode> Control(string user, DocumentResponse d) =>
        (await (await app.As(user)).GetAsync($"/api/v1/cards/{d.CardId}/resolutions")).StatusCode;

    private async Task<Guid[]> List(string user, string token) =>
        [.. (await (await app.As(user)).GetFromJsonAsync<DocumentPage>($"/api/v1/documents/?limit=200&q={token}", DocumentSteps.Json))!.Items.Select(i => i.Id)];

    [Fact]
    public async Task The_mayors_folder_shows_a_document_for_official_use_only_to_those_who_may_see_it()
    {
        var token = DocumentSteps.Token();
        var education = await DeputyAppealSteps.DepartmentAsync(app, "10");
        var restricted = await Register(token, education, AccessLevels.OfficialUse);
        var open = await Register(token, education, AccessLevels.Public);
        foreach (var d in new[] { restricted, open })
        {
            var placed = await (await app.As("registrar")).PostAsJsonAsync("/api/v1/mayor-folder/", new { documentId = d.Id });
            Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        }
        async Task<Guid[]> Folder(string user) =>
            [.. (await (await app.As(user)).GetFromJsonAsync<FolderItemView[]>("/api/v1/mayor-folder/?open=true", DocumentSteps.Json))!
                .Where(i => i.Summary.Contains(token, StringComparison.Ordinal)).Select(i => i.DocumentId)];

        foreach (var user in new[] { "registrar", "mayor", "deputy" })
            Assert.Equal(new[] { restricted.Id, open.Id }.Order(), (await Folder(user)).Order());
        foreach (var user in new[] { "controller", "head", "executor" })
            Assert.DoesNotContain(restricted.Id, await Folder(user));
        var page = await (await app.As("controller")).GetStringAsync("/mayor-folder?open=true");
        Assert.DoesNotContain($"{token} ({AccessLevels.OfficialUse})", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_for_official_use_is_seen_by_the_records_office_the_mayor_the_deputies_and_those_it_is_assigned_to()
    {
        var token = DocumentSteps.Token();
        var education = await DeputyAppealSteps.DepartmentAsync(app, "10");
        var housing = await DeputyAppealSteps.DepartmentAsync(app, "09");
        var restricted = await Register(token, education, AccessLevels.OfficialUse);
        var housingRestricted = await Register(token, housing, AccessLevels.OfficialUse);

        foreach (var user in new[] { "registrar", "mayor", "deputy" })
        {
            Assert.Equal(HttpStatusCode.OK, await Get(user, restricted));
            Assert.Equal(HttpStatusCode.OK, await Control(user, restricted));
        }
        foreach (var user in new[] { "admin", "hotline", "controller", "head", "executor" })
        {
            Assert.Equal(HttpStatusCode.NotFound, await Get(user, restricted));
            Assert.Equal(HttpStatusCode.NotFound, await Control(user, restricted));
            Assert.DoesNotContain(restricted.Id, await List(user, token));
        }
        // The department it is addressed to sees it; the other council-wide roles still do not.
        foreach (var user in new[] { "head", "executor" }) Assert.Equal(HttpStatusCode.OK, await Get(user, housingRestricted));
        foreach (var user in new[] { "admin", "hotline", "controller" }) Assert.Equal(HttpStatusCode.NotFound, await Get(user, housingRestricted));
        Assert.Equal([housingRestricted.Id], await List("executor", token));

        // Resolved: lead Олійник of the housing department, controller Кравчук — they and the department now see it.
        await steps.Resolve(restricted.CardId);
        foreach (var user in new[] { "controller", "executor", "head" })
        {
            Assert.Equal(HttpStatusCode.OK, await Get(user, restricted));
            Assert.Equal(HttpStatusCode.OK, await Control(user, restricted));
        }
        foreach (var user in new[] { "admin", "hotline" }) Assert.Equal(HttpStatusCode.NotFound, await Get(user, restricted));
        Assert.Equal(new[] { restricted.Id, housingRestricted.Id }.Order(), (await List("executor", token)).Order());
        Assert.Equal([restricted.Id], await List("controller", token));
        Assert.Empty(await List("admin", token));
        Assert.Equal(2, (await List("registrar", token)).Length);
    }

    [Fact]
    public async Task An_open_document_is_seen_council_wide_and_by_an_executor_of_another_department_once_assigned()
    {
        var token = DocumentSteps.Token();
        var education = await DeputyAppealSteps.DepartmentAsync(app, "10");
        var open = await Register(token, education, AccessLevels.Public);

        foreach (var user in new[] { "registrar", "mayor", "deputy", "admin", "hotline", "controller" })
        {
            Assert.Equal(HttpStatusCode.OK, await Get(user, open));
            Assert.Equal([open.Id], await List(user, token));
        }
        foreach (var user in new[] { "head", "executor" })
        {
            Assert.Equal(HttpStatusCode.NotFound, await Get(user, open));
            Assert.Empty(await List(user, token));
        }
        Assert.Equal(HttpStatusCode.Forbidden, await Get("citizen", open));

        // Registered for the education department, assigned to Олійник of the housing department: he and his
        // department see it in the journal (the list and its page), not only on its card.
        await steps.Resolve(open.CardId);
        foreach (var user in new[] { "head", "executor" })
        {
            Assert.Equal(HttpStatusCode.OK, await Get(user, open));
            Assert.Equal([open.Id], await List(user, token));
        }
        var page = await (await app.As("executor")).GetStringAsync($"/documents?q={token}");
        Assert.Contains(open.Index, page, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DocumentAccessOnSqlite(SqliteApp app) : DocumentAccessTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DocumentAccessOnPostgres(PostgresApp app) : DocumentAccessTests(app);
