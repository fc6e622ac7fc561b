using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Terms;

/// <summary>Regulation §5.1.7–5.1.16, §5.3.10, §5.3.13, §3.5.2.</summary>
public sealed class DocumentTermTests
{
    [Fact]
    public void S5_1_7_document_without_deadline_is_due_in_30_days() =>
        // 25.11.2021 + 30 = Saturday 25.12.2021 (Christmas), Sunday 26.12, Monday 27.12 transferred -> Tuesday 28.12.2021.
        Assert.Equal(D(2021, 12, 28), Due("document", D(2021, 11, 25)));

    [Fact]
    public void S5_1_7_urgent_document_is_due_in_5_working_days() =>
        // After Thursday 24.06.2021: Fri 25 (1), Mon 28 Constitution Day skipped, Tue 29 (2), Wed 30 (3), Thu 01.07 (4), Fri 02.07 (5).
        Assert.Equal(D(2021, 7, 2), Due("document-urgent", D(2021, 6, 24)));

    [Fact]
    public void S5_1_8_document_term_counts_from_the_registration_day()
    {
        // Received Saturday 06.03.2021; Monday 08.03 is a holiday -> registered Tuesday 09.03.2021; + 30 = Thursday 08.04.2021.
        var registered = OfficeHours.Default.RegistrationDayFor(Kyiv(2021, 3, 6, 10, 0), Ukraine).Date;
        Assert.Equal(D(2021, 3, 9), registered);
        Assert.Equal(D(2021, 4, 8), Due("document", registered));
    }

    [Fact]
    public void S5_1_15_mayor_considers_documents_in_at_most_3_working_days() =>
        // After Thursday 26.08.2021: Fri 27 (1), Saturday 28.08 is a Cabinet working day (2), Mon 30 (3).
        Assert.Equal(D(2021, 8, 30), Due("mayor-consideration", D(2021, 8, 26)));

    [Fact]
    public void S5_1_16_considered_documents_return_the_next_working_day() =>
        // After Friday 20.08.2021: weekend, Monday 23.08 Cabinet day off, Tuesday 24.08 Independence Day -> Wednesday 25.08.
        Assert.Equal(D(2021, 8, 25), Due("mayor-return", D(2021, 8, 20)));

    [Fact]
    public void S5_3_10_rework_takes_at_most_5_days() =>
        // 30.12.2024 + 5 = Saturday 04.01.2025 -> Monday 06.01.2025.
        Assert.Equal(D(2025, 1, 6), Due("rework", D(2024, 12, 30)));

    [Fact]
    public void S5_3_13_for_information_documents_return_within_a_month() =>
        // 29.01.2021 + 1 month: February 2021 has no 29th -> Sunday 28.02.2021 -> Monday 01.03.2021.
        Assert.Equal(D(2021, 3, 1), Due("for-information", D(2021, 1, 29)));

    [Fact]
    public void S3_5_2_department_answers_a_request_within_5_days() =>
        // 19.08.2022 + 5 = Wednesday 24.08.2022, Independence Day, a working day under martial law.
        Assert.Equal(D(2022, 8, 24), Due("interdepartment-request", D(2022, 8, 19)));
}
