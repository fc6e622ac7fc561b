using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ratusha.Features.Appeals;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Appeals;

/// <summary>Forward outside competence (§6.3, art. 7) and return (§6.21, art. 5), each with its own due date, the applicant told. Today is 23.11.2026.</summary>
public abstract class ForwardAndReturnTests(RatushaApp app)
{
    private async Task<AppealResponse> Registered(DateTimeOffset receivedAt, string? email = "petro@example.org")
    {
        var response = await (await app.As("registrar")).PostAsJsonAsync("/api/v1/appeals/", new
        {
            receivedAt,
            channel = "1.1",
            type = "3.2",
            text = $"Прошу роз'яснити порядок оформлення пенсії. {Guid.NewGuid():N}",
            surname = "Зайченко",
            givenName = "Петро",
            address = "вул. Лісна, 3",
            email,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AppealResponse>())!;
    }

    private async Task<Guid> HeadOfStaff() =>
        (await (await app.As("mayor")).GetFromJsonAsync<JsonElement[]>("/api/v1/officials/"))!
        .Single(o => o.GetProperty("surname").GetString() == "Кравчук").GetProperty("id").GetGuid();

    [Fact]
    public async Task S6_3_outside_competence_is_forwarded_within_5_days_and_the_applicant_is_told()
    {
        // Registered Mon 16.11.2026: 5 days end on Sat 21.11 → Mon 23.11.2026 (art. 254); forwarded today, on time.
        var appeal = await Registered(new DateTimeOffset(2026, 11, 16, 10, 0, 0, TimeSpan.FromHours(2)));
        var response = await (await app.As("registrar")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/forward", new
        {
            to = "Головне управління Пенсійного фонду України в Дніпропетровській області",
            coverLetter = "Пересилаємо за належністю звернення громадянина для розгляду.",
            signedById = await HeadOfStaff(),
            version = appeal.Version,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forwarded = (await response.Content.ReadFromJsonAsync<AppealResponse>())!;
        Assert.Equal(("forward", "2026-11-23", "2026-11-23", false), (forwarded.Disposal, forwarded.DisposalDue, forwarded.DisposedOn, forwarded.DisposedLate));

        await using var scope = app.Scope(out var db);
        var notice = await db.OutboxMessages.SingleAsync(m => m.Key == $"appeal-forward:{appeal.Id}");
        Assert.Equal("petro@example.org", notice.To);
        Assert.Contains("Пенсійного фонду", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task S6_21_returned_later_than_5_days_is_recorded_as_late()
    {
        // Registered Mon 09.11.2026: due Mon 16.11.2026 (14.11 is a Saturday); returned today — late, but recorded.
        var appeal = await Registered(new DateTimeOffset(2026, 11, 9, 10, 0, 0, TimeSpan.FromHours(2)), email: null);
        var response = await (await app.As("registrar")).PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/return",
            new { kind = "return", explanation = "Не зазначено, якого саме рішення ви просите.", version = appeal.Version });
        var returned = (await response.Content.ReadFromJsonAsync<AppealResponse>())!;
        Assert.Equal(("return", "2026-11-16", true), (returned.Disposal, returned.DisposalDue, returned.DisposedLate));
    }

    [Fact]
    public async Task Art5_not_in_the_required_form_is_returned_within_10_days_and_only_once()
    {
        var appeal = await Registered(new DateTimeOffset(2026, 11, 16, 10, 0, 0, TimeSpan.FromHours(2)));
        var registrar = await app.As("registrar");
        var response = await registrar.PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/return",
            new { kind = "return-form", explanation = "Звернення не підписано.", version = appeal.Version });
        var returned = (await response.Content.ReadFromJsonAsync<AppealResponse>())!;
        Assert.Equal(("2026-11-26", false), (returned.DisposalDue, returned.DisposedLate)); // 16.11 + 10 days
        var again = await registrar.PostAsJsonAsync($"/api/v1/appeals/{appeal.Id}/return", new { kind = "return", explanation = "Ще раз", version = returned.Version });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var bad = await registrar.PostAsJsonAsync($"/api/v1/appeals/{(await Registered(DateTimeOffset.Parse("2026-11-16T10:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture))).Id}/return",
            new { kind = "бо так", explanation = "…", version = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ForwardAndReturnOnSqlite(SqliteApp app) : ForwardAndReturnTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ForwardAndReturnOnPostgres(PostgresApp app) : ForwardAndReturnTests(app);
