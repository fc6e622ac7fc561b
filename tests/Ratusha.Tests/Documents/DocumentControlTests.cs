using System.Net;
using System.Net.Http.Json;
using Ratusha.Features.Control;
using Ratusha.Features.Documents;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Documents;

/// <summary>
/// Documents on the one control machine (§5.1.7, §5.3): 30 days or «терміново» 5 working days from registration,
/// rework 5 days (§5.3.10), «до відома» back for filing within a month (§5.3.13), interim reporting dates for terms
/// over three months (§2.6.3), and filing into the case files of the nomenclature (§5.3.14, §5.4.7).
/// The fake clock stands on Monday 23.11.2026.
/// </summary>
public abstract class DocumentControlTests(RatushaApp app)
{
    private readonly DocumentSteps steps = new(app);

    [Fact]
    public async Task S5_1_7_a_document_without_a_term_is_due_in_30_days_from_registration()
    {
        var document = await steps.Incoming();
        var resolution = await steps.Resolve(document.CardId);
        Assert.Equal("2026-12-16", resolution.DueDate); // 16.11.2026 + 30 days
        var card = await steps.Get(document.Id);
        Assert.Equal((DocumentStates.OnControl, "2026-12-16", false), (card.State, card.DueDate, card.Overdue));
    }

    [Fact]
    public async Task S5_1_7_an_urgent_document_is_due_in_5_working_days()
    {
        var document = await steps.Incoming(receivedAt: new DateTimeOffset(2026, 11, 19, 11, 0, 0, DocumentSteps.Kyiv)); // Thursday
        var resolution = await steps.Resolve(document.CardId, "Urgent");
        Assert.Equal("2026-11-26", resolution.DueDate); // Fri 20, Mon 23, Tue 24, Wed 25, Thu 26.11.2026
    }

    [Fact]
    public async Task S5_3_10_a_rejected_answer_returns_to_the_executor_for_5_days()
    {
        var document = await steps.Incoming();
        var resolution = await steps.Resolve(document.CardId);
        var lead = resolution.Assignments.Single(a => a.IsLead);
        Assert.Equal(HttpStatusCode.Created, (await steps.Report(lead.Id)).StatusCode);
        var returned = await steps.Review(resolution, "return");
        Assert.Equal(HttpStatusCode.Created, returned.StatusCode);
        var after = (await returned.Content.ReadFromJsonAsync<ResolutionView>(DocumentSteps.Json))!;
        // 23.11.2026 + 5 days = Saturday 28.11 → Monday 30.11.2026.
        Assert.Equal("2026-11-30", after.Assignments.Single(a => a.IsLead).DueDate);
        Assert.Equal("Returned", after.Assignments.Single(a => a.IsLead).State);
    }

    [Fact]
    public async Task S5_3_13_for_information_needs_no_answer_and_comes_back_for_filing_within_a_month()
    {
        var document = await steps.Incoming();
        var resolution = await steps.Resolve(document.CardId, "ForInformation");
        Assert.True(resolution.ForInformation);
        Assert.Equal("2026-12-16", resolution.DueDate); // 16.11.2026 + 1 month
        var answer = await steps.Report(resolution.Assignments.Single(a => a.IsLead).Id);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("до відома", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(DocumentStates.ForInformation, (await steps.Get(document.Id)).State);
    }

    [Fact]
    public async Task S5_3_13_a_for_information_document_not_filed_within_a_month_is_late_and_filing_closes_it()
    {
        // Received Thu 15.10.2026: a month later is Sunday 15.11 → Monday 16.11.2026, before today (23.11.2026).
        var document = await steps.Incoming(receivedAt: new DateTimeOffset(2026, 10, 15, 10, 0, 0, TimeSpan.FromHours(3)));
        var resolution = await steps.Resolve(document.CardId, "ForInformation");
        Assert.Equal("2026-11-16", resolution.DueDate);
        var late = await steps.Get(document.Id);
        Assert.True(late.Overdue);
        var overdue = await (await app.As("registrar")).GetFromJsonAsync<DocumentPage>($"/api/v1/documents/?overdue=true&state=for-information&q={Uri.EscapeDataString(document.Index)}", DocumentSteps.Json);
        Assert.Contains(overdue!.Items, d => d.Id == document.Id);

        var caseFile = await steps.CaseFile();
        Assert.Equal(HttpStatusCode.OK, (await steps.File(document.Id, caseFile.Id)).StatusCode);
        var filed = await steps.Get(document.Id);
        Assert.Equal((DocumentStates.Filed, false), (filed.State, filed.Overdue));
        var closed = (await (await app.As("registrar")).GetFromJsonAsync<ResolutionView[]>($"/api/v1/cards/{document.CardId}/resolutions", DocumentSteps.Json))!.Single();
        Assert.Equal("RemovedFromControl", closed.State);
        Assert.Contains("До справи", closed.RemovalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task S5_3_13_the_controller_may_remove_a_for_information_item_without_an_answer_but_not_return_it()
    {
        var document = await steps.Incoming();
        var resolution = await steps.Resolve(document.CardId, "ForInformation");
        Assert.Equal(HttpStatusCode.BadRequest, (await steps.Review(resolution, "return")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await steps.Review(resolution, "remove-from-control")).StatusCode);
        Assert.Equal(DocumentStates.Removed, (await steps.Get(document.Id)).State);
    }

    [Fact]
    public async Task S2_6_3_an_assignment_longer_than_three_months_has_interim_reporting_dates()
    {
        var document = await steps.Incoming();
        var longTerm = await steps.Resolve(document.CardId, "Date", "2027-06-30");
        // 16.11.2026 + 3 months = Tue 16.02.2027; + 6 months = Sun 16.05.2027 → Mon 17.05.2027; + 9 months is past the term.
        Assert.Equal(["2027-02-16", "2027-05-17"], longTerm.InterimDates!);
        var page = await (await app.As("deputy")).GetStringAsync($"/documents/{document.Id}");
        Assert.Contains("17.05.2027", page, StringComparison.Ordinal);

        var shortTerm = await steps.Resolve((await steps.Incoming()).CardId, "Date", "2027-02-15");
        Assert.Empty(shortTerm.InterimDates!);
    }

    [Fact]
    public async Task S5_3_14_a_document_on_control_is_filed_only_after_the_controller_removes_it()
    {
        var document = await steps.Incoming();
        var caseFile = await steps.CaseFile();
        var resolution = await steps.Resolve(document.CardId);
        var refused = await steps.File(document.Id, caseFile.Id);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("на контролі", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Created, (await steps.Report(resolution.Assignments.Single(a => a.IsLead).Id)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("deputy")).PostAsJsonAsync($"/api/v1/resolutions/{resolution.Id}/remove-from-control", new { basis = "Виконано", version = resolution.Version })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await steps.Review(resolution, "remove-from-control")).StatusCode);
        Assert.Equal(DocumentStates.Removed, (await steps.Get(document.Id)).State);

        Assert.Equal(HttpStatusCode.Forbidden, (await steps.File(document.Id, caseFile.Id, "executor")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await steps.File(document.Id, caseFile.Id)).StatusCode);
        var twice = await steps.File(document.Id, caseFile.Id);
        Assert.Contains("уже підшито", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var details = await (await app.As("registrar")).GetFromJsonAsync<CaseFileDetails>($"/api/v1/case-files/{caseFile.Id}", DocumentSteps.Json);
        Assert.Contains(details!.Items, i => i.Id == document.Id && i.FiledOn == "2026-11-23");
    }

    [Fact]
    public async Task S5_4_7_a_document_without_control_is_filed_into_a_case_file_of_its_year_only()
    {
        var document = await steps.Register(new { kind = "outgoing", summary = "Про надання інформації", correspondent = "Пенсійний фонд України" });
        var nextYear = await steps.CaseFile(2027);
        var wrongYear = await steps.File(document.Id, nextYear.Id);
        Assert.Equal(HttpStatusCode.BadRequest, wrongYear.StatusCode);
        Assert.Contains("2026 року", await wrongYear.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var thisYear = await steps.CaseFile();
        Assert.Equal(HttpStatusCode.OK, (await steps.File(document.Id, thisYear.Id)).StatusCode);
        Assert.Equal(thisYear.Id, (await steps.Get(document.Id)).CaseFile!.Id);
    }

    [Fact]
    public async Task S5_3_1_the_nomenclature_has_one_index_per_year_and_only_the_registrar_keeps_it()
    {
        var caseFile = await steps.CaseFile();
        var registrar = await app.As("registrar");
        var same = await registrar.PostAsJsonAsync("/api/v1/case-files/", new { year = 2026, index = caseFile.Index, title = "Інша", retention = "1 р." });
        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);
        Assert.Contains("уже є в номенклатурі", await same.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var renamed = await registrar.PutAsJsonAsync($"/api/v1/case-files/{caseFile.Id}", new { year = 2026, index = caseFile.Index, title = "Листування з ОВА", retention = "Пост.", version = caseFile.Version });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var list = await registrar.GetFromJsonAsync<CaseFileView[]>("/api/v1/case-files/?year=2026", DocumentSteps.Json);
        Assert.Contains(list!, f => f.Id == caseFile.Id && f.Title == "Листування з ОВА" && f.Retention == "Пост.");
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("head")).PostAsJsonAsync("/api/v1/case-files/", new { year = 2026, index = "99-99", title = "x", retention = "1 р." })).StatusCode);
        Assert.Contains(caseFile.Index, await registrar.GetStringAsync("/case-files?year=2026"), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DocumentControlOnSqlite(SqliteApp app) : DocumentControlTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DocumentControlOnPostgres(PostgresApp app) : DocumentControlTests(app);
