namespace Ratusha.Calendar.Tests.Terms;

public sealed class LegalTermsTests
{
    private static readonly Dictionary<string, TermRule> Required = new()
    {
        { "appeal", new CalendarDays(30) },
        { "appeal-short", new CalendarDays(15) },
        { "appeal-max", new CalendarDays(45) },
        { "forward", new CalendarDays(5) },
        { "return", new CalendarDays(5) },
        { "return-form", new CalendarDays(10) },
        { "document", new CalendarDays(30) },
        { "document-urgent", new WorkingDays(5) },
        { "information-request", new WorkingDays(5) },
        { "information-request-extended", new WorkingDays(20) },
        { "information-request-urgent", new Hours(48) },
        { "peoples-deputy-appeal", new CalendarDays(10) },
        { "peoples-deputy-appeal-max", new CalendarDays(30) },
        { "local-deputy-appeal", new CalendarDays(10) },
        { "local-deputy-appeal-max", new Months(1) },
        { "minutes", new CalendarDays(5) },
        { "decision-registration", new CalendarDays(3) },
        { "decision-distribution", new CalendarDays(10) },
        { "decision-publication", new WorkingDays(5) },
        { "order-distribution", new WorkingDays(2) },
        { "order-to-press", new WorkingDays(3) },
        { "rework", new CalendarDays(5) },
        { "for-information", new Months(1) },
        { "interdepartment-request", new CalendarDays(5) },
        { "co-executor", new WorkingDaysBefore(3) },
        { "mayor-consideration", new WorkingDays(3) },
    };

    [Fact]
    public void LegalTerms_include_every_code_of_the_deadlines_api() =>
        Assert.All(Required, pair => Assert.Equal(pair.Value, LegalTerms.Find(pair.Key)?.Rule));

    [Fact]
    public void LegalTerms_have_unique_codes_and_ukrainian_names_and_sources()
    {
        Assert.Equal(LegalTerms.All.Count, LegalTerms.All.Select(t => t.Code).Distinct().Count());
        Assert.All(LegalTerms.All, t => Assert.Matches("\\p{IsCyrillic}", t.Name));
        Assert.All(LegalTerms.All, t => Assert.Matches("(ст\\.|п\\.) \\d", t.Source));
    }

    [Fact]
    public void LegalTerms_find_returns_null_for_an_unknown_code() =>
        Assert.Null(LegalTerms.Find("no-such-rule"));
}
