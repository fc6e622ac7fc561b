using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Office;

/// <summary>Regulation §3.1.4, §5.3.3: registered on the day of receipt, or the next working day if received in non-working time.</summary>
public sealed class RegistrationDayTests
{
    private static RegistrationDay Register(DateTimeOffset receivedAt) => OfficeHours.Default.RegistrationDayFor(receivedAt, Ukraine);

    [Fact]
    public void S3_1_4_item_received_in_working_time_is_registered_the_same_day()
    {
        var day = Register(Kyiv(2021, 3, 16, 10, 0));
        Assert.Equal(D(2021, 3, 16), day.Date);
        Assert.True(day.ReceivedInWorkingTime);
    }

    [Fact]
    public void S3_1_4_item_received_on_saturday_is_registered_on_monday()
    {
        var day = Register(Kyiv(2021, 3, 13, 11, 0));
        Assert.Equal(D(2021, 3, 15), day.Date);
        Assert.False(day.ReceivedInWorkingTime);
        Assert.Contains(day.Explanation, l => l.Contains("неробочий день (субота)", StringComparison.Ordinal));
    }

    [Fact]
    public void S3_1_4_item_received_on_a_holiday_is_registered_the_next_working_day() =>
        // Thursday 14.10.2021 Defenders' Day, Friday 15.10 Cabinet day off, weekend -> Monday 18.10.2021.
        Assert.Equal(D(2021, 10, 18), Register(Kyiv(2021, 10, 14, 10, 0)).Date);

    [Fact]
    public void S3_1_4_item_received_on_a_holiday_under_martial_law_is_registered_that_day()
    {
        var day = Register(Kyiv(2022, 8, 24, 10, 0));
        Assert.Equal(D(2022, 8, 24), day.Date);
        Assert.True(day.ReceivedInWorkingTime);
    }

    [Fact]
    public void S5_3_3_item_received_after_closing_is_registered_the_next_working_day() =>
        Assert.Equal(D(2021, 3, 19), Register(Kyiv(2021, 3, 18, 17, 30)).Date);

    [Fact]
    public void S5_3_3_item_received_on_friday_after_15_45_is_registered_on_monday() =>
        Assert.Equal(D(2021, 3, 22), Register(Kyiv(2021, 3, 19, 16, 0)).Date);

    [Fact]
    public void S5_3_3_item_received_before_opening_is_registered_the_same_day()
    {
        var day = Register(Kyiv(2021, 3, 16, 7, 30));
        Assert.Equal(D(2021, 3, 16), day.Date);
        Assert.False(day.ReceivedInWorkingTime);
    }

    [Fact]
    public void S5_3_3_item_received_in_the_lunch_break_is_registered_the_same_day()
    {
        var day = Register(Kyiv(2021, 3, 16, 12, 20));
        Assert.Equal(D(2021, 3, 16), day.Date);
        Assert.False(day.ReceivedInWorkingTime);
    }

    [Fact]
    public void S6_10_email_reaching_the_mailbox_on_friday_night_before_may_holidays_is_registered_on_wednesday()
    {
        // Friday 30.04.2021 20:00; 01.05 (Saturday holiday), 02.05 (Easter), 03.05 and 04.05 transferred -> Wednesday 05.05.2021.
        var day = Register(Kyiv(2021, 4, 30, 20, 0));
        Assert.Equal(D(2021, 5, 5), day.Date);
        Assert.Contains(day.Explanation, l => l.Contains("Пропущено 03.05.2021", StringComparison.Ordinal));
        Assert.Equal("Дата реєстрації: 05.05.2021 (середа).", day.Explanation[^1]);
    }
}
