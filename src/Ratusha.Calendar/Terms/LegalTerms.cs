using System.Collections.Frozen;

namespace Ratusha.Calendar;

/// <summary>The named terms; the codes are public (the deadlines API takes them as <c>rule</c>).</summary>
public static class LegalTerms
{
    private const string AppealsLaw = "Закону «Про звернення громадян»";
    private const string AccessLaw = "Закону «Про доступ до публічної інформації»";
    private const string Regulation = "Регламенту";

    public static IReadOnlyList<LegalTerm> All { get; } =
    [
        new("appeal", "Розгляд звернення громадянина", new CalendarDays(30), $"ст. 20 {AppealsLaw}; п. 6.13 {Regulation}"),
        new("appeal-short", "Розгляд звернення, що не потребує додаткового вивчення", new CalendarDays(15), $"ст. 20 {AppealsLaw}"),
        new("appeal-max", "Загальний граничний строк розгляду звернення з продовженням", new CalendarDays(45), $"ст. 20 {AppealsLaw}; п. 6.15 {Regulation}"),
        new("forward", "Пересилання звернення за належністю", new CalendarDays(5), $"ст. 7 {AppealsLaw}; п. 6.3 {Regulation}"),
        new("return", "Повернення звернення, що не містить даних для прийняття рішення", new CalendarDays(5), $"ст. 7 {AppealsLaw}; п. 6.21 {Regulation}"),
        new("return-form", "Повернення звернення, оформленого без дотримання вимог", new CalendarDays(10), $"ст. 5 {AppealsLaw}"),
        new("document", "Виконання документа без зазначеного строку", new CalendarDays(30), $"п. 5.1.7, 5.1.8 {Regulation}"),
        new("document-urgent", "Виконання документа з позначкою «терміново»", new WorkingDays(5), $"п. 5.1.7 {Regulation}"),
        new("information-request", "Відповідь на запит на публічну інформацію", new WorkingDays(5), $"ст. 20 {AccessLaw}"),
        new("information-request-extended", "Відповідь на запит на публічну інформацію з продовженням строку", new WorkingDays(20), $"ст. 20 {AccessLaw}"),
        new("information-request-urgent", "Відповідь на запит на інформацію, потрібну для захисту життя чи свободи особи", new Hours(48), $"ст. 20 {AccessLaw}"),
        new("information-request-extension-notice", "Письмове повідомлення запитувача про продовження строку розгляду запиту з обґрунтуванням", new WorkingDays(5), $"ч. 4 ст. 20 {AccessLaw}"),
        new("information-request-forward", "Направлення запиту належному розпоряднику інформації з повідомленням запитувача", new WorkingDays(5), $"ч. 3 ст. 22 {AccessLaw}"),
        new("peoples-deputy-appeal", "Розгляд звернення народного депутата", new CalendarDays(10), $"п. 5.5.3 {Regulation}"),
        new("peoples-deputy-appeal-max", "Граничний строк розгляду звернення народного депутата з продовженням", new CalendarDays(30), $"п. 5.5.3 {Regulation}"),
        new("peoples-deputy-answer", "Надіслання відповіді народному депутату після розгляду звернення", new CalendarDays(1), $"п. 5.5.5 {Regulation}"),
        new("peoples-deputy-notice", "Повідомлення народного депутата про час і місце розгляду звернення", new CalendarDaysBefore(1), $"п. 5.5.4 {Regulation}"),
        new("local-deputy-appeal", "Розгляд звернення депутата міської ради", new CalendarDays(10), $"п. 5.5.7 {Regulation}"),
        new("local-deputy-appeal-max", "Розгляд звернення депутата міської ради, що потребує додаткового вивчення", new Months(1), $"п. 5.5.7 {Regulation}"),
        new("local-deputy-notice", "Повідомлення депутата міської ради про розгляд його звернення", new CalendarDaysBefore(5), $"п. 5.5.8 {Regulation}"),
        new("minutes", "Оформлення протоколу засідання виконавчого комітету", new CalendarDays(5), $"п. 2.4.17 {Regulation}"),
        new("invited-list", "Подання списку запрошених на засідання виконавчого комітету", new CalendarDaysBefore(2), $"п. 2.4.5 {Regulation}"),
        new("decision-visa", "Візування проєкту рішення виконавчого комітету однією посадовою особою", new CalendarDays(2), $"п. 2.2.12 {Regulation}"),
        new("draft-decision-submission", "Подання завізованого проєкту рішення до загального відділу до засідання", new WorkingDaysBefore(5), $"п. 2.2.17 {Regulation}"),
        new("decision-rework", "Передання доопрацьованого рішення до загального відділу після засідання", new WorkingDays(2), $"п. 2.4.15 {Regulation}"),
        new("decision-registration", "Реєстрація підписаного рішення виконавчого комітету", new CalendarDays(3), $"п. 2.5.1 {Regulation}"),
        new("decision-distribution", "Розсилання рішення виконавчого комітету адресатам", new CalendarDays(10), $"п. 2.5.3 {Regulation}"),
        new("decision-publication", "Оприлюднення рішення на офіційному вебсайті", new WorkingDays(5), $"п. 2.5.4 {Regulation}; ст. 15 {AccessLaw}"),
        new("order-visa", "Візування проєкту розпорядження однією посадовою особою", new CalendarDays(1), $"п. 2.6.8 {Regulation}"),
        new("order-distribution", "Розсилання розпорядження міського голови адресатам", new WorkingDays(2), $"п. 2.6.14 {Regulation}"),
        new("order-to-press", "Подання розпорядження до відділу внутрішньої політики, інформації та прес-служби для оприлюднення", new WorkingDays(3), $"п. 2.6.19 {Regulation}"),
        new("half-year-plan-proposals", "Подання перспективних планів підрозділів до організаційного відділу (до початку півріччя)", new CalendarDaysBefore(45), $"п. 2.1.2 {Regulation}"),
        new("half-year-plan-draft", "Внесення проєкту перспективного плану на узгодження (до початку півріччя)", new CalendarDaysBefore(20), $"п. 2.1.2 {Regulation}"),
        new("events-plan-proposals", "Пропозиції до календарного плану заходів (до кінця місяця)", new CalendarDaysBefore(7), $"п. 2.1.8 {Regulation}"),
        new("meeting-materials", "Надання матеріалів головуючому до наради", new CalendarDaysBefore(2), $"п. 2.8.3 {Regulation}"),
        new("room-booking", "Замовлення великої зали для заходу", new CalendarDaysBefore(7), $"п. 2.8.9 {Regulation}"),
        new("mayor-consideration", "Розгляд документів міським головою", new WorkingDays(3), $"п. 5.1.15 {Regulation}"),
        new("mayor-return", "Повернення розглянутих документів до загального відділу (до 11:00)", new WorkingDays(1), $"п. 5.1.16 {Regulation}"),
        new("rework", "Доопрацювання документа після незгоди з відповіддю", new CalendarDays(5), $"п. 5.3.10 {Regulation}"),
        new("for-information", "Повернення документа з резолюцією «До відома» для формування справ", new Months(1), $"п. 5.3.13 {Regulation}"),
        new("control-quarterly-report", "Подання інформації про стан контролю за виконанням документів за квартал (до 15-го числа наступного місяця)", new CalendarDays(15), $"п. 5.2.9 {Regulation}"),
        new("interim-report", "Проміжний строк інформування про хід виконання доручення, строк якого перевищує три місяці", new Months(3), $"п. 2.6.3 {Regulation}"),
        new("interdepartment-request", "Вмотивована відповідь на запит іншого структурного підрозділу", new CalendarDays(5), $"п. 3.5.2 {Regulation}"),
        new("co-executor", "Подання матеріалів співвиконавцями відповідальному виконавцю", new WorkingDaysBefore(3), $"п. 6.14 {Regulation}"),
        new("award-petition", "Внесення подання щодо нагородження міському голові (до дати вручення)", new CalendarDaysBefore(15), $"п. 4.9.10 {Regulation}"),
        new("disciplinary-after-discovery", "Накладення дисциплінарного стягнення після виявлення проступку (без часу хвороби чи відпустки працівника)", new Months(1), $"ст. 148 КЗпП; п. 9.5 {Regulation}"),
        new("disciplinary-after-misconduct", "Накладення дисциплінарного стягнення після вчинення проступку", new Months(6), $"ст. 148 КЗпП; п. 9.6 {Regulation}"),
        new("disciplinary-notice", "Оголошення працівникові розпорядження про стягнення під розпис", new CalendarDays(3), $"п. 9.8 {Regulation}"),
    ];

    private static readonly FrozenDictionary<string, LegalTerm> ByCode =
        All.ToFrozenDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);

    public static LegalTerm? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return ByCode.GetValueOrDefault(code);
    }
}
