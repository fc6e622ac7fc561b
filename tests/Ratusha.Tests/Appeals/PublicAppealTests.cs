using Ratusha.Tests.Admin;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Appeals;

/// <summary>
/// A citizen submits an appeal on the public web form (art. 5 fields, consent, honeypot against robots, one appeal per
/// submission even if sent twice) and follows its status by a code that reveals nothing personal.
/// </summary>
public abstract class PublicAppealTests(RatushaApp app)
{
    private async Task<PageForm> Form()
    {
        var form = await PageForm.OpenAsync(app.Anonymous(), "/public/appeal", "public-appeal");
        return form.Set("surname", "Черненко").Set("givenName", "Галина").Set("address", "вул. Квіткова, 9")
            .Set("email", "halyna@example.org").Set("text", $"Прошу встановити лавки у сквері. {Guid.NewGuid():N}").Check("consent");
    }

    [Fact]
    public async Task A_citizen_gets_the_index_and_a_tracking_code_and_the_status_page_shows_no_personal_data()
    {
        var form = await Form();
        var page = await form.SubmitAsync();
        var index = page.QuerySelector("#public-index")!.TextContent;
        var code = page.QuerySelector("#tracking-code")!.TextContent;
        Assert.StartsWith("Ч-", index, StringComparison.Ordinal);

        var status = await PageReader.GetAsync(app.Anonymous(), $"/public/status?code={code}");
        var text = status.QuerySelector("#status")!.TextContent;
        Assert.Contains(index, text, StringComparison.Ordinal);
        Assert.Contains("Зареєстровано, готується резолюція", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Черненко", status.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Квіткова", status.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(PageReader.Alert(await PageReader.GetAsync(app.Anonymous(), "/public/status?code=AAAA-2222")));
    }

    [Fact]
    public async Task The_same_form_sent_twice_registers_one_appeal()
    {
        var form = await Form();
        var first = (await form.SubmitAsync()).QuerySelector("#public-index")!.TextContent;
        var second = (await form.SubmitAsync()).QuerySelector("#public-index")!.TextContent;
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Without_consent_or_e_mail_nothing_is_registered_and_robots_are_refused()
    {
        var noConsent = await (await Form()).Check("consent", on: false).SubmitAsync();
        Assert.Contains("згоди", PageReader.ErrorsNextTo(noConsent, "consent"), StringComparison.Ordinal);
        Assert.Null(noConsent.QuerySelector("#public-index"));

        var noEmail = await (await Form()).Set("email", "").SubmitAsync();
        Assert.Contains("ст. 5", PageReader.ErrorsNextTo(noEmail, "email"), StringComparison.Ordinal);

        var robot = await (await Form()).Set("website", "http://spam.example").SubmitAsync();
        Assert.Null(robot.QuerySelector("#public-index"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PublicAppealOnSqlite(SqliteApp app) : PublicAppealTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PublicAppealOnPostgres(PostgresApp app) : PublicAppealTests(app);
