namespace Ratusha.Calendar;

/// <summary>
/// Ukraine's calendar data: Labour Code art. 73 holidays by period, the 2021 Cabinet transfers and
/// martial law from 24.02.2022. Data starts on 01.01.2000.
/// </summary>
internal static class UkraineCalendarData
{
    private const string Art73 = "ст. 73 КЗпП";
    private const string Law238 = "ст. 73 КЗпП; Закон № 238-VIII від 05.03.2015";
    private const string Law2211 = "ст. 73 КЗпП; Закон № 2211-VIII від 16.11.2017";
    private const string Change2023 = "ст. 73 КЗпП у ред. 2023 р. (законопроєкт № 9431)";
    private const string Cabinet2021 = "розпорядження Кабінету Міністрів України про перенесення робочих днів у 2021 році";

    private static readonly DateOnly DataStart = new(2000, 1, 1);

    // Law 2211-VIII: 25 December applied from 25.12.2017; 2 May was last a holiday in 2017.
    private static readonly DateOnly Christmas25From = new(2017, 12, 25);
    private static readonly DateOnly LastYearOfOldMayDay = new(2017, 12, 31);
    private static readonly DateOnly FirstYearOfLabourDay = new(2018, 1, 1);

    // The 2023 changes (bill 9431, signed 28.07.2023): 7 Jan, 28 Jul, 14 Oct removed; 15 Jul, 1 Oct added.
    private static readonly DateOnly Before2023Change = new(2023, 7, 28);
    private static readonly DateOnly From2023Change = new(2023, 7, 29);

    // 9 May -> 8 May.
    private static readonly DateOnly LastVictoryDay9May = new(2023, 5, 31);
    private static readonly DateOnly From8May = new(2023, 6, 1);

    public static CalendarData Create() => new(Holidays(), SpecialDays(), MartialLaw());

    private static IReadOnlyList<HolidayDefinition> Holidays() =>
    [
        Fixed("Новий рік", 1, 1, DataStart, null, Art73),
        Fixed("Різдво Христове", 1, 7, DataStart, Before2023Change, Art73),
        Fixed("Міжнародний жіночий день", 3, 8, DataStart, null, Art73),
        Fixed("День міжнародної солідарності трудящих", 5, 1, DataStart, LastYearOfOldMayDay, Art73),
        Fixed("День міжнародної солідарності трудящих", 5, 2, DataStart, LastYearOfOldMayDay, Art73),
        Fixed("День праці", 5, 1, FirstYearOfLabourDay, null, Law2211),
        Fixed("День перемоги", 5, 9, DataStart, LastVictoryDay9May, Art73),
        Fixed("День пам’яті та перемоги над нацизмом у Другій світовій війні 1939–1945 років", 5, 8, From8May, null, "ст. 73 КЗпП у ред. 2023 р."),
        Fixed("День Конституції України", 6, 28, DataStart, null, Art73),
        Fixed("День Української Державності", 7, 28, new DateOnly(2022, 1, 1), Before2023Change, Art73),
        Fixed("День Української Державності", 7, 15, From2023Change, null, Change2023),
        Fixed("День Незалежності України", 8, 24, DataStart, null, Art73),
        Fixed("День захисника України", 10, 14, new DateOnly(2015, 1, 1), Before2023Change, Law238),
        Fixed("День захисників і захисниць України", 10, 1, From2023Change, null, Change2023),
        Fixed("Різдво Христове", 12, 25, Christmas25From, null, Law2211),
        new("Великдень", null, null, 0, DataStart, null, Art73),
        new("Трійця", null, null, 49, DataStart, null, Art73),
    ];

    private static IReadOnlyList<SpecialDay> SpecialDays() =>
    [
        new(new DateOnly(2021, 1, 8), SpecialDayKind.DayOff, $"вихідний день, перенесений з суботи 16.01.2021 ({Cabinet2021})"),
        new(new DateOnly(2021, 1, 16), SpecialDayKind.WorkingDay, $"робочий день замість п’ятниці 08.01.2021 ({Cabinet2021})"),
        new(new DateOnly(2021, 8, 23), SpecialDayKind.DayOff, $"вихідний день, перенесений з суботи 28.08.2021 ({Cabinet2021})"),
        new(new DateOnly(2021, 8, 28), SpecialDayKind.WorkingDay, $"робочий день замість понеділка 23.08.2021 ({Cabinet2021})"),
        new(new DateOnly(2021, 10, 15), SpecialDayKind.DayOff, $"вихідний день, перенесений з суботи 23.10.2021 ({Cabinet2021})"),
        new(new DateOnly(2021, 10, 23), SpecialDayKind.WorkingDay, $"робочий день замість п’ятниці 15.10.2021 ({Cabinet2021})"),
    ];

    private static IReadOnlyList<MartialLawPeriod> MartialLaw() =>
    [
        new(new DateOnly(2022, 2, 24), null, "ст. 6 Закону № 2136-IX"),
    ];

    private static HolidayDefinition Fixed(string name, int month, int day, DateOnly from, DateOnly? to, string source) =>
        new(name, month, day, null, from, to, source);
}
