using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Calendar;

public sealed class EasterTests
{
    [Theory]
    [InlineData(2020, 4, 19)]
    [InlineData(2021, 5, 2)]
    [InlineData(2022, 4, 24)]
    [InlineData(2023, 4, 16)]
    [InlineData(2024, 5, 5)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 12)]
    public void Art73_orthodox_easter_dates(int year, int month, int day) =>
        Assert.Equal(D(year, month, day), OrthodoxEaster.Date(year));

    [Fact]
    public void Art73_trinity_is_the_seventh_sunday_after_easter()
    {
        // Trinity 12.06.2022 (confirmed by the martial-law sources), 20.06.2021 (Easter 02.05.2021 + 49).
        Assert.Equal(DayKind.Weekend, Ukraine.Describe(D(2022, 6, 12)).Kind);
        Assert.Contains("Трійця", Ukraine.Describe(D(2022, 6, 12)).Reason, StringComparison.Ordinal);
        Assert.Equal("Трійця (ст. 73 КЗпП)", Ukraine.Describe(D(2021, 6, 20)).Reason);
    }
}
