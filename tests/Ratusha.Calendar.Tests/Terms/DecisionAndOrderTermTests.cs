using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Terms;

/// <summary>Regulation §2.2–2.6: draft decisions, meetings, decisions and orders.</summary>
public sealed class DecisionAndOrderTermTests
{
    [Fact]
    public void S2_2_12_visa_on_a_draft_decision_takes_at_most_2_days() =>
        // 15.04.2021 + 2 = Saturday 17.04 -> Monday 19.04.2021.
        Assert.Equal(D(2021, 4, 19), Due("decision-visa", D(2021, 4, 15)));

    [Fact]
    public void S2_2_17_draft_decision_is_submitted_5_working_days_before_the_meeting() =>
        // Meeting Wednesday 20.10.2021: Tue 19 (1), Mon 18 (2), Fri 15 Cabinet day off, Thu 14 holiday, Wed 13 (3), Tue 12 (4), Mon 11 (5).
        Assert.Equal(D(2021, 10, 11), Due("draft-decision-submission", D(2021, 10, 20)));

    [Fact]
    public void S2_4_15_reworked_decision_is_back_within_2_working_days() =>
        // Meeting Wednesday 13.10.2021: Thu 14 holiday, Fri 15 Cabinet day off, Mon 18 (1), Tue 19 (2).
        Assert.Equal(D(2021, 10, 19), Due("decision-rework", D(2021, 10, 13)));

    [Fact]
    public void S2_4_17_minutes_are_drawn_up_within_5_calendar_days() =>
        // Meeting Wednesday 15.07.2020 + 5 calendar days (the weekend counts) = Monday 20.07.2020.
        Assert.Equal(D(2020, 7, 20), Due("minutes", D(2020, 7, 15)));

    [Fact]
    public void S2_5_1_decision_is_registered_within_3_days_after_signing() =>
        // 27.05.2021 + 3 = Sunday 30.05 -> Monday 31.05.2021.
        Assert.Equal(D(2021, 5, 31), Due("decision-registration", D(2021, 5, 27)));

    [Fact]
    public void S2_5_3_decision_is_distributed_within_10_days() =>
        Assert.Equal(D(2021, 6, 25), Due("decision-distribution", D(2021, 6, 15)));   // Tuesday + 10 = Friday

    [Fact]
    public void S2_5_4_decision_is_published_within_5_working_days() =>
        // After Friday 25.06.2021: Mon 28 holiday, Tue 29 (1), Wed 30 (2), Thu 01.07 (3), Fri 02.07 (4), Mon 05.07 (5).
        Assert.Equal(D(2021, 7, 5), Due("decision-publication", D(2021, 6, 25)));

    [Fact]
    public void S2_6_8_visa_on_a_draft_order_takes_at_most_1_day() =>
        // 22.08.2025 + 1 = Saturday; Sunday 24.08 (Independence Day, not moved under martial law) -> Monday 25.08.2025.
        Assert.Equal(D(2025, 8, 25), Due("order-visa", D(2025, 8, 22)));

    [Fact]
    public void S2_6_14_order_is_distributed_within_2_working_days() =>
        // After Thursday 23.12.2021: Fri 24 (1), Mon 27 transferred day off for Christmas, Tue 28 (2).
        Assert.Equal(D(2021, 12, 28), Due("order-distribution", D(2021, 12, 23)));

    [Fact]
    public void S2_6_19_order_goes_to_the_press_department_within_3_working_days() =>
        // After Wednesday 05.01.2022: Thu 06 (1), Fri 07 Christmas, Mon 10 (2), Tue 11 (3).
        Assert.Equal(D(2022, 1, 11), Due("order-to-press", D(2022, 1, 5)));
}
