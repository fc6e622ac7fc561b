using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Terms;

/// <summary>Law «Про звернення громадян» art. 5, 7, 20; Regulation §6.3, §6.13–6.15, §6.21.</summary>
public sealed class AppealTermTests
{
    [Fact]
    public void Art20_appeal_answer_is_due_30_days_after_registration()
    {
        // Registered Monday 01.03.2021; day 1 is 02.03, day 30 is Wednesday 31.03.2021, a working day.
        var result = Term("appeal", D(2021, 3, 1));
        Assert.Equal(D(2021, 3, 31), result.UnadjustedEnd);
        Assert.Equal(D(2021, 3, 31), result.Due);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void Art20_appeal_ending_on_easter_skips_the_transferred_days_off()
    {
        // 02.04.2021 + 30 = Sunday 02.05.2021 (Easter); 03.05 and 04.05 are the days off moved from 1 May and Easter.
        var result = Term("appeal", D(2021, 4, 2));
        Assert.Equal(D(2021, 5, 2), result.UnadjustedEnd);
        Assert.Equal(D(2021, 5, 5), result.Due);
        Assert.Equal([D(2021, 5, 2), D(2021, 5, 3), D(2021, 5, 4)], result.Skipped.Select(s => s.Date));
    }

    [Fact]
    public void Art20_appeal_without_additional_study_is_due_within_15_days() =>
        Assert.Equal(D(2021, 1, 26), Due("appeal-short", D(2021, 1, 11)));   // Monday + 15 = Tuesday

    [Fact]
    public void Art20_appeal_with_extension_is_due_within_45_days() =>
        Assert.Equal(D(2021, 3, 18), Due("appeal-max", D(2021, 2, 1)));      // 01.02.2021 + 45 = Thursday 18.03.2021

    [Fact]
    public void Art20_total_never_over_45_days()
    {
        // §6.15: a resolution extends the answer to 60 days, but the total is capped at 45 days from registration.
        var extended = Deadline.For(new Capped(new CalendarDays(60), new CalendarDays(45)), D(2021, 2, 1), Ukraine);
        Assert.Equal(D(2021, 3, 18), extended.Due);

        // A shorter extension stays as it is: 01.02.2021 + 30 = Wednesday 03.03.2021.
        var within = Deadline.For(new Capped(new CalendarDays(30), new CalendarDays(45)), D(2021, 2, 1), Ukraine);
        Assert.Equal(D(2021, 3, 3), within.Due);
    }

    [Fact]
    public void S6_3_outside_competence_is_forwarded_within_5_days()
    {
        // 03.03.2021 + 5 = Monday 08.03.2021, International Women's Day -> Tuesday 09.03.2021.
        var result = Term("forward", D(2021, 3, 3));
        Assert.Equal(D(2021, 3, 9), result.Due);
        Assert.Equal(D(2021, 3, 8), Assert.Single(result.Skipped).Date);
    }

    [Fact]
    public void S6_21_appeal_lacking_data_is_returned_within_5_days() =>
        // 26.04.2021 + 5 = Saturday 01.05.2021 (holiday); 02.05 Easter; 03.05 and 04.05 transferred days off.
        Assert.Equal(D(2021, 5, 5), Due("return", D(2021, 4, 26)));

    [Fact]
    public void Art5_improperly_formed_appeal_is_returned_within_10_days() =>
        // 18.06.2024 + 10 = Friday 28.06.2024, Constitution Day, a working day under martial law.
        Assert.Equal(D(2024, 6, 28), Due("return-form", D(2024, 6, 18)));

    [Fact]
    public void S6_14_co_executors_are_due_3_working_days_before_the_lead()
    {
        // Lead due Thursday 10.12.2026: back Wed 09 (1), Tue 08 (2), Mon 07 (3).
        var result = Term("co-executor", D(2026, 12, 10));
        Assert.Equal(D(2026, 12, 7), result.Due);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void S6_14_co_executor_term_passes_over_non_working_days()
    {
        // Lead due Wednesday 05.05.2021: 04.05, 03.05 (transferred), 02.05, 01.05 are not counted;
        // Fri 30.04 (1), Thu 29.04 (2), Wed 28.04 (3).
        var result = Term("co-executor", D(2021, 5, 5));
        Assert.Equal(D(2021, 4, 28), result.Due);
        Assert.Equal([D(2021, 5, 1), D(2021, 5, 2), D(2021, 5, 3), D(2021, 5, 4)], result.Skipped.Select(s => s.Date));
    }

    [Fact]
    public void S6_14_co_executor_term_follows_the_lead_appeal_term()
    {
        var lead = Due("appeal", D(2021, 3, 1));                        // Wednesday 31.03.2021
        Assert.Equal(D(2021, 3, 26), Due("co-executor", lead));         // Tue 30 (1), Mon 29 (2), Fri 26 (3)
    }
}
