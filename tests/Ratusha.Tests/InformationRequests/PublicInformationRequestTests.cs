using Ratusha.Tests.Admin;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.InformationRequests;

/// <summary>
/// A requester sends a request through the portal (art. 19 p. 5 fields, consent, the honeypot against robots, one
/// request per submission even if sent twice) and follows it by a check code that shows nothing personal.
/// </summary>
public abstract class PublicInformationRequestTests(RatushaApp app)
{
    private async Task<PageForm> Form()
    {
        var form = await PageForm.OpenAsync(app.Anonymous(), "/public/information-request", "public-information-request");
        return form.Set("requesterName", "Остапенко Віра").Set("email", "vira@example.org")
            .Set("text", $"Прошу надати звіт про виконання бюджету за 9 місяців. {Guid.NewGuid():N}").Check("consent");
    }

    [Fact]
    public async Task Art19_a_portal_request_gets_its_number_the_due_date_and_a_check_code_that_shows_nothing_personal()
    {
        var page = await (await Form()).SubmitAsync();
        var index = page.QuerySelector("#public-index")!.TextContent;
        var code = page.QuerySelector("#tracking-code")!.TextContent;
        Assert.StartsWith("ЗІ-", index, StringComparison.Ordinal);
        Assert.Equal("30.11.2026", page.QuerySelector("#public-due")!.TextContent); // received Mon 23.11.2026: 5 working days

        var status = await PageReader.GetAsync(app.Anonymous(), $"/public/information-request/status?code={code}");
        Assert.Contains(index, status.QuerySelector("#status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("На розгляді", status.QuerySelector("#status")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Остапенко", status.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(PageReader.Alert(await PageReader.GetAsync(app.Anonymous(), "/public/information-request/status?code=AAAA-2222")));
    }

    [Fact]
    public async Task An_urgent_portal_request_shows_the_date_and_time_48_hours_after_receipt()
    {
        var page = await (await Form()).Check("urgent").Set("urgentGround", "environment")
            .Set("urgentJustification", "Викид хімічних речовин на заводі, потрібні дані про стан повітря.").SubmitAsync();
        Assert.Equal("25.11.2026 10:00", page.QuerySelector("#public-due")!.TextContent); // Mon 23.11.2026 10:00 + 48 hours
    }

    [Fact]
    public async Task Without_a_name_consent_or_justification_of_urgency_nothing_is_registered_robots_are_refused_and_a_resubmission_is_one_request()
    {
        var noName = await (await Form()).Set("requesterName", "").SubmitAsync();
        Assert.Contains("ч. 5 ст. 19", PageReader.ErrorsNextTo(noName, "requesterName"), StringComparison.Ordinal);
        Assert.Null(noName.QuerySelector("#public-index"));
        var noConsent = await (await Form()).Check("consent", on: false).SubmitAsync();
        Assert.Contains("згоди", PageReader.ErrorsNextTo(noConsent, "consent"), StringComparison.Ordinal);
        var unjustified = await (await Form()).Check("urgent").Set("urgentGround", "accident").SubmitAsync();
        Assert.Contains("ч. 3 ст. 20", PageReader.ErrorsNextTo(unjustified, "urgentJustification"), StringComparison.Ordinal);
        var robot = await (await Form()).Set("website", "http://spam.example").SubmitAsync();
        Assert.Null(robot.QuerySelector("#public-index"));

        var form = await Form();
        var first = (await form.SubmitAsync()).QuerySelector("#public-index")!.TextContent;
        var second = (await form.SubmitAsync()).QuerySelector("#public-index")!.TextContent;
        Assert.Equal(first, second);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PublicInformationRequestsOnSqlite(SqliteApp app) : PublicInformationRequestTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PublicInformationRequestsOnPostgres(PostgresApp app) : PublicInformationRequestTests(app);
