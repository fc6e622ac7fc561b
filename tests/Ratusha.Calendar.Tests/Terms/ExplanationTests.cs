using static Ratusha.Calendar.Tests.Support;

namespace Ratusha.Calendar.Tests.Terms;

/// <summary>Every result explains itself: rule, source, start, counting, end before roll-forward, skipped days, due date.</summary>
public sealed class ExplanationTests
{
    [Fact]
    public void Explanation_names_the_source_and_lists_each_skipped_day_with_its_reason()
    {
        var lines = Term("appeal", D(2021, 4, 2)).Explanation;

        Assert.Equal("Розгляд звернення громадянина: 30 календарних днів.", lines[0]);
        Assert.Equal("Підстава: ст. 20 Закону «Про звернення громадян»; п. 6.13 Регламенту.", lines[1]);
        Assert.Contains("Пропущено 02.05.2021 (неділя): Великдень (ст. 73 КЗпП).", lines);
        Assert.Contains("Пропущено 03.05.2021 (понеділок): перенесений вихідний за День праці 01.05.2021 (ст. 67 КЗпП).", lines);
        Assert.Contains("Пропущено 04.05.2021 (вівторок): перенесений вихідний за Великдень 02.05.2021 (ст. 67 КЗпП).", lines);
        Assert.Equal("Кінцевий строк: 05.05.2021 (середа).", lines[^1]);
    }

    [Fact]
    public void Explanation_states_the_start_the_first_day_of_counting_and_the_end_before_roll_forward()
    {
        var lines = Deadline.For(new CalendarDays(30), D(2021, 3, 5), Ukraine, "ст. 20 Закону «Про звернення громадян»").Explanation;

        Assert.Equal("Правило: 30 календарних днів.", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Початок строку: 05.03.2021 (п’ятниця)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("наступного дня — 06.03.2021 (ст. 253 ЦК України)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("= 04.04.2021 (неділя)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("ч. 5 ст. 254 ЦК України", StringComparison.Ordinal));
        Assert.Contains("Пропущено 04.04.2021: неділя.", lines);
    }

    [Fact]
    public void Explanation_of_working_days_lists_the_days_not_counted()
    {
        var lines = Term("document-urgent", D(2021, 6, 24)).Explanation;
        Assert.Contains("Пропущено 26.06.2021: субота.", lines);
        Assert.Contains("Пропущено 28.06.2021 (понеділок): День Конституції України (ст. 73 КЗпП).", lines);
        Assert.Contains(lines, l => l.StartsWith("5-й робочий день після 24.06.2021: 02.07.2021", StringComparison.Ordinal));
    }

    [Fact]
    public void Explanation_of_a_capped_term_says_which_limit_applied()
    {
        var capped = Deadline.For(new Capped(new CalendarDays(60), new CalendarDays(45)), D(2021, 2, 1), Ukraine).Explanation;
        Assert.Contains(capped, l => l.StartsWith("Застосовано граничний строк", StringComparison.Ordinal));

        var within = Deadline.For(new Capped(new CalendarDays(30), new CalendarDays(45)), D(2021, 2, 1), Ukraine).Explanation;
        Assert.Contains(within, l => l.StartsWith("Застосовано основний строк", StringComparison.Ordinal));
    }

    [Fact]
    public void Explanation_of_the_co_executor_term_defines_the_backward_count()
    {
        var lines = Term("co-executor", D(2026, 12, 10)).Explanation;
        Assert.Contains(lines, l => l.Contains("сама ця дата не лічиться", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("п. 6.14 Регламенту", StringComparison.Ordinal));
        Assert.Equal("Кінцевий строк: 07.12.2026 (понеділок).", lines[^1]);
    }

    [Fact]
    public void Explanation_of_a_month_term_cites_art_254_part_3_when_the_day_is_missing()
    {
        var lines = Term("local-deputy-appeal-max", D(2025, 1, 31)).Explanation;
        Assert.Contains(lines, l => l.Contains("ч. 3 ст. 254 ЦК України", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, "1 календарний день")]
    [InlineData(2, "2 календарні дні")]
    [InlineData(5, "5 календарних днів")]
    [InlineData(11, "11 календарних днів")]
    [InlineData(21, "21 календарний день")]
    [InlineData(45, "45 календарних днів")]
    public void Rule_descriptions_use_ukrainian_plural_forms(int days, string expected) =>
        Assert.Equal(expected, new CalendarDays(days).Describe());

    [Fact]
    public void Rule_descriptions_of_every_kind()
    {
        Assert.Equal("3 робочі дні", new WorkingDays(3).Describe());
        Assert.Equal("1 місяць", new Months(1).Describe());
        Assert.Equal("48 годин", new Hours(48).Describe());
        Assert.Equal("за 3 робочі дні до іншого строку", new WorkingDaysBefore(3).Describe());
        Assert.Equal("60 календарних днів, але не більше ніж 45 календарних днів", new Capped(new CalendarDays(60), new CalendarDays(45)).Describe());
    }
}
