using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Terms;

/// <summary>"Not later than N days before an event": a non-working day moves back to the last working day before it.</summary>
public sealed class BeforeEventTermTests
{
    [Fact]
    public void S2_4_5_invited_list_is_submitted_2_days_before_the_meeting()
    {
        Assert.Equal(D(2021, 3, 15), Due("invited-list", D(2021, 3, 17)));   // meeting Wednesday -> Monday
        Assert.Equal(D(2021, 3, 19), Due("invited-list", D(2021, 3, 22)));   // meeting Monday -> Saturday -> Friday
    }

    [Fact]
    public void S2_1_2_half_year_plan_proposals_45_days_and_draft_20_days_before_the_period()
    {
        Assert.Equal(D(2021, 5, 17), Due("half-year-plan-proposals", D(2021, 7, 1)));   // Monday
        Assert.Equal(D(2021, 6, 11), Due("half-year-plan-draft", D(2021, 7, 1)));       // Friday
    }

    [Fact]
    public void S2_1_8_events_plan_proposals_a_week_before_the_month_end() =>
        // 31.10.2021 − 7 = Sunday 24.10; Saturday 23.10.2021 was a Cabinet working day.
        Assert.Equal(D(2021, 10, 23), Due("events-plan-proposals", D(2021, 10, 31)));

    [Fact]
    public void S2_8_3_meeting_materials_are_given_2_days_before() =>
        // Meeting Tuesday 04.01.2022 − 2 = Sunday 02.01; Saturday 01.01 New Year -> Friday 31.12.2021.
        Assert.Equal(D(2021, 12, 31), Due("meeting-materials", D(2022, 1, 4)));

    [Fact]
    public void S2_8_9_room_is_booked_a_week_before()
    {
        // Event Tuesday 11.05.2021 − 7 = Tuesday 04.05 and Monday 03.05 (transferred days off), weekend -> Friday 30.04.2021.
        var result = Term("room-booking", D(2021, 5, 11));
        Assert.Equal(D(2021, 5, 4), result.UnadjustedEnd);
        Assert.Equal(D(2021, 4, 30), result.Due);
        Assert.Equal([D(2021, 5, 1), D(2021, 5, 2), D(2021, 5, 3), D(2021, 5, 4)], result.Skipped.Select(s => s.Date));
    }

    [Fact]
    public void S5_5_4_peoples_deputy_is_notified_at_least_a_day_before_the_hearing() =>
        // Hearing Monday 13.06.2022 − 1 = Sunday (Trinity) -> Friday 10.06.2022.
        Assert.Equal(D(2022, 6, 10), Due("peoples-deputy-notice", D(2022, 6, 13)));

    [Fact]
    public void S5_5_8_local_deputy_is_notified_5_calendar_days_before_the_hearing() =>
        // Hearing Tuesday 29.08.2023 − 5 = Thursday 24.08.2023, Independence Day, a working day under martial law.
        Assert.Equal(D(2023, 8, 24), Due("local-deputy-notice", D(2023, 8, 29)));

    [Fact]
    public void S4_9_10_award_petition_is_submitted_15_days_before_the_ceremony() =>
        // Ceremony 08.03.2021 − 15 = Sunday 21.02.2021 -> Friday 19.02.2021.
        Assert.Equal(D(2021, 2, 19), Due("award-petition", D(2021, 3, 8)));

    [Fact]
    public void Before_event_explanation_says_why_the_day_moves_back()
    {
        var lines = Term("invited-list", D(2021, 3, 22)).Explanation;
        Assert.Contains(lines, l => l.Contains("останній робочий день перед ним", StringComparison.Ordinal));
        Assert.Contains("Пропущено 20.03.2021: субота.", lines);
        Assert.Equal("Кінцевий строк: 19.03.2021 (п’ятниця).", lines[^1]);
    }
}
