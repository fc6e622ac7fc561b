using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Terms;

/// <summary>Regulation §5.5: appeals of people's deputies and of city council deputies.</summary>
public sealed class DeputyAppealTermTests
{
    [Fact]
    public void S5_5_3_peoples_deputy_appeal_is_answered_within_10_days() =>
        // 03.06.2022 + 10 = Monday 13.06.2022: after Trinity, but not a day off under martial law.
        Assert.Equal(D(2022, 6, 13), Due("peoples-deputy-appeal", D(2022, 6, 3)));

    [Fact]
    public void S5_5_3_peoples_deputy_appeal_with_extension_takes_at_most_30_days() =>
        // 19.11.2021 + 30 = Sunday 19.12.2021 -> Monday 20.12.2021.
        Assert.Equal(D(2021, 12, 20), Due("peoples-deputy-appeal-max", D(2021, 11, 19)));

    [Fact]
    public void S5_5_5_answer_is_sent_the_day_after_consideration() =>
        // Considered Friday 23.04.2021 -> Saturday -> Monday 26.04.2021.
        Assert.Equal(D(2021, 4, 26), Due("peoples-deputy-answer", D(2021, 4, 23)));

    [Fact]
    public void S5_5_7_local_deputy_appeal_is_answered_within_10_days() =>
        // 15.08.2025 + 10 = Monday 25.08.2025 (24.08 was a Sunday; no transfer under martial law).
        Assert.Equal(D(2025, 8, 25), Due("local-deputy-appeal", D(2025, 8, 15)));

    [Fact]
    public void S5_5_7_local_deputy_appeal_needing_study_is_answered_within_a_month() =>
        // 31.01.2025 + 1 month: no 31 February -> Friday 28.02.2025.
        Assert.Equal(D(2025, 2, 28), Due("local-deputy-appeal-max", D(2025, 1, 31)));
}
