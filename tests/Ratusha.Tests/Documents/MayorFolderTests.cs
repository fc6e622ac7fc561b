using System.Net;
using System.Net.Http.Json;
using Ratusha.Features.Documents;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Documents;

/// <summary>
/// The mayor's daily folder (§5.1.13–5.1.16): handed over by 17:00 of its day, considered that day or within 3
/// working days, returned by 11:00 of the next working day; what is late is shown at each step. Times are Kyiv's;
/// the fake clock stands on Monday 23.11.2026, 10:00.
/// </summary>
public abstract class MayorFolderTests(RatushaApp app)
{
    private readonly DocumentSteps steps = new(app);
    private static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, DocumentSteps.Kyiv);

    private async Task<FolderItemView> Place(DateTimeOffset at)
    {
        var document = await steps.Incoming();
        var response = await (await app.As("registrar")).PostAsJsonAsync("/api/v1/mayor-folder/", new { documentId = document.Id, at });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FolderItemView>(DocumentSteps.Json))!;
    }

    private async Task<FolderItemView> Step(FolderItemView item, string step, DateTimeOffset at)
    {
        var response = await (await app.As("registrar")).PostAsJsonAsync($"/api/v1/mayor-folder/{item.Id}/{step}", new { at });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FolderItemView>(DocumentSteps.Json))!;
    }

    private static bool[] Late(FolderItemView item) => [.. item.Steps.Select(s => s.Late)];

    [Fact]
    public async Task S5_1_13_a_document_put_in_after_17_00_goes_in_the_next_working_days_folder()
    {
        Assert.Equal("2026-11-19", (await Place(At(19, 16, 59))).FolderDay);
        Assert.Equal("2026-11-20", (await Place(At(19, 17, 30))).FolderDay);
        Assert.Equal("2026-11-23", (await Place(At(21, 10))).FolderDay); // Saturday → Monday
    }

    [Fact]
    public async Task S5_1_13_handed_over_after_17_00_is_late_at_the_first_step_only()
    {
        var item = await Place(At(19, 9));
        item = await Step(item, "handed-over", At(19, 17, 30));
        item = await Step(item, "considered", At(19, 18));
        item = await Step(item, "returned", At(20, 10, 30));
        Assert.Equal([true, false, false], Late(item));
        Assert.True(item.ConsideredSameDay);
        Assert.Equal(At(19, 17), item.Steps[0].Due);
    }

    [Fact]
    public async Task S5_1_13_a_folder_not_handed_over_by_17_00_of_its_day_is_late()
    {
        var item = await Place(At(20, 9));
        Assert.Equal([true, false, false], Late(item));
        var folder = await (await app.As("mayor")).GetFromJsonAsync<FolderItemView[]>("/api/v1/mayor-folder/?date=2026-11-20", DocumentSteps.Json);
        Assert.Contains(folder!, i => i.Id == item.Id && i.Late);
    }

    [Fact]
    public async Task S5_1_15_consideration_longer_than_3_working_days_is_late()
    {
        var item = await Place(At(16, 9));
        item = await Step(item, "handed-over", At(16, 16));
        Assert.Equal(new DateOnly(2026, 11, 19), DateOnly.FromDateTime(item.Steps[1].Due!.Value.ToOffset(DocumentSteps.Kyiv).DateTime)); // Tue, Wed, Thu
        var onTime = await Step(await Step(await Place(At(16, 9)), "handed-over", At(16, 16)), "considered", At(19, 15));
        Assert.False(onTime.Steps[1].Late); // considered on the third working day
        item = await Step(item, "considered", At(20, 10));
        Assert.Equal([false, true, false], Late(item));
        Assert.False(item.ConsideredSameDay);
    }

    [Fact]
    public async Task S5_1_16_returned_after_11_00_of_the_next_working_day_is_late_and_so_is_one_not_returned()
    {
        var item = await Step(await Step(await Place(At(16, 9)), "handed-over", At(16, 16)), "considered", At(16, 16, 30));
        Assert.Equal(At(17, 11), item.Steps[2].Due);
        item = await Step(item, "returned", At(17, 12));
        Assert.Equal([false, false, true], Late(item));

        // Considered on Friday 20.11: back by Monday 23.11 at 11:00; at 10:00 that Monday it is not late yet.
        var friday = await Step(await Step(await Place(At(20, 9)), "handed-over", At(20, 15)), "considered", At(20, 16));
        Assert.Equal(At(23, 11), friday.Steps[2].Due);
        Assert.False(friday.Steps[2].Late);
        var thursday = await Step(await Step(await Place(At(19, 9)), "handed-over", At(19, 15)), "considered", At(19, 16));
        Assert.True(thursday.Steps[2].Late); // due Friday 20.11 at 11:00, still not returned
        var open = await (await app.As("registrar")).GetFromJsonAsync<FolderItemView[]>("/api/v1/mayor-folder/?open=true", DocumentSteps.Json);
        Assert.Contains(open!, i => i.Id == thursday.Id && i.Late);
    }

    [Fact]
    public async Task The_steps_go_in_order_and_only_the_general_department_records_them()
    {
        var item = await Place(At(23, 9));
        var registrar = await app.As("registrar");
        var early = await registrar.PostAsJsonAsync($"/api/v1/mayor-folder/{item.Id}/considered", new { at = At(23, 9, 30) });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("попередній крок", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var future = await registrar.PostAsJsonAsync($"/api/v1/mayor-folder/{item.Id}/handed-over", new { at = At(23, 16) });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("executor")).PostAsJsonAsync($"/api/v1/mayor-folder/{item.Id}/handed-over", new { })).StatusCode);
        var twice = await registrar.PostAsJsonAsync("/api/v1/mayor-folder/", new { documentId = item.DocumentId });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains(item.Index, await (await app.As("mayor")).GetStringAsync("/mayor-folder?date=2026-11-23"), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MayorFolderOnSqlite(SqliteApp app) : MayorFolderTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MayorFolderOnPostgres(PostgresApp app) : MayorFolderTests(app);
