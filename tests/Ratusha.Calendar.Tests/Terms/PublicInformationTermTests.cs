using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Terms;

/// <summary>Law «Про доступ до публічної інформації» art. 20.</summary>
public sealed class PublicInformationTermTests
{
    [Fact]
    public void PublicInfo_Art20_request_is_answered_within_5_working_days()
    {
        // After Friday 23.12.2022: Sunday 25.12 not moved under martial law; Mon 26 (1) ... Fri 30 (5).
        var result = Term("information-request", D(2022, 12, 23));
        Assert.Equal(D(2022, 12, 30), result.Due);
        Assert.Equal([D(2022, 12, 24), D(2022, 12, 25)], result.Skipped.Select(s => s.Date));
    }

    [Fact]
    public void PublicInfo_Art20_extended_request_is_answered_within_20_working_days() =>
        // After Friday 01.10.2021: 4–8 (5), 11–13 (8), 14 holiday, 15 Cabinet day off, 18–22 (13),
        // Saturday 23.10 Cabinet working day (14), 25–29 (19), Monday 01.11 (20).
        Assert.Equal(D(2021, 11, 1), Due("information-request-extended", D(2021, 10, 1)));

    [Fact]
    public void PublicInfo_Art20_urgent_request_is_answered_within_48_hours()
    {
        // Friday 08.03.2024 16:30 + 48 h = Sunday 10.03.2024 16:30: counted from the instant, no roll-forward.
        var result = Deadline.ForInstant(new Hours(48), Kyiv(2024, 3, 8, 16, 30));
        Assert.Equal(Kyiv(2024, 3, 10, 16, 30), result.Due);
    }

    [Fact]
    public void PublicInfo_Art20_48_hours_are_real_hours_across_the_clock_change()
    {
        // Summer time starts 28.03.2021 at 03:00: Saturday 10:00 (UTC+2) + 48 h = Monday 11:00 (UTC+3).
        var start = Kyiv(2021, 3, 27, 10, 0);
        var result = Deadline.ForInstant(new Hours(48), start);
        Assert.Equal(TimeSpan.FromHours(48), result.Due - start);
        Assert.Equal(Kyiv(2021, 3, 29, 11, 0), result.Due);
        Assert.Contains(result.Explanation, line => line.Contains("29.03.2021 11:00", StringComparison.Ordinal));
    }

    [Fact]
    public void PublicInfo_Art20_48_hours_from_a_date_end_two_days_later() =>
        Assert.Equal(D(2024, 3, 10), Due("information-request-urgent", D(2024, 3, 8)));
}
