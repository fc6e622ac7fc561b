using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Terms;

/// <summary>Labour Code art. 148; Regulation §9.5–9.8: disciplinary terms.</summary>
public sealed class PersonnelTermTests
{
    [Fact]
    public void Art148_S9_5_discipline_within_a_month_of_discovery() =>
        Assert.Equal(D(2022, 1, 31), Due("disciplinary-after-discovery", D(2021, 12, 31)));   // Monday

    [Fact]
    public void Art148_S9_6_discipline_within_6_months_of_the_misconduct() =>
        // 31.08.2021 + 6 months: February 2022 has no 31st -> Monday 28.02.2022.
        Assert.Equal(D(2022, 2, 28), Due("disciplinary-after-misconduct", D(2021, 8, 31)));

    [Fact]
    public void S9_8_reprimand_is_announced_within_3_days() =>
        // 23.06.2022 + 3 = Sunday 26.06 -> Monday 27.06.2022.
        Assert.Equal(D(2022, 6, 27), Due("disciplinary-notice", D(2022, 6, 23)));
}
