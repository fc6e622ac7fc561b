using Ratusha.Features.OpenData;

namespace Ratusha.Tests.OpenData;

/// <summary>
/// Знеособлення before publication (CMU resolution №835: «конфіденційна інформація (така, як ПІБ заявника тощо) має
/// знеособлюватись»): what citizens actually write to the hotline, and what may be published of it.
/// </summary>
public sealed class TextAnonymiserTests
{
    private static readonly KnownPerson Petrenko = new("Петренко", "Олена", "Іванівна", "olena.petrenko@example.org");

    [Theory]
    [InlineData("Я, Петренко Олена Іванівна, проживаю за адресою вул. Шевченка, 5, кв. 12. Прошу відновити подачу гарячої води.",
        "Я, [ПІБ], проживаю за адресою вул. Шевченка, [№], кв. [№]. Прошу відновити подачу гарячої води.")]
    [InlineData("Відповідь прошу надіслати Петренко Олені Іванівні на olena.petrenko@example.org.",
        "Відповідь прошу надіслати [ПІБ] на [ел. пошта].")]
    [InlineData("ПЕТРЕНКО ОЛЕНА скаржиться на сусідів.", "[ПІБ] скаржиться на сусідів.")]
    [InlineData("Заявниця Петренко просить перевірити лічильник, про це вже писала Олена у травні.",
        "Заявниця [ПІБ] просить перевірити лічильник, про це вже писала [ПІБ] у травні.")]
    public void The_applicants_own_names_are_masked_in_any_case(string text, string published) =>
        Assert.Equal(published, TextAnonymiser.Anonymise(text, Petrenko));

    [Theory]
    [InlineData("Мене звати Оксана, мій телефон 067-123-45-67, пишіть на oksana.k@ukr.net.",
        "Мене звати [ПІБ], мій телефон [телефон], пишіть на [ел. пошта].")]
    [InlineData("Сусідка з квартири 45 Коваль Марія Степанівна постійно заливає нашу квартиру.",
        "Сусідка з квартири [№] [ПІБ] постійно заливає нашу квартиру.")]
    [InlineData("Гр. Сидоренко І.П. скаржиться на відсутність освітлення на вул. Центральній.",
        "Гр. [ПІБ] скаржиться на відсутність освітлення на вул. Центральній.")]
    [InlineData("Прошу передати подяку лікарю Іванову Петру Олександровичу.", "Прошу передати подяку лікарю [ПІБ].")]
    [InlineData("Звернення підписала О. В. Ткаченко.", "Звернення підписала [ПІБ].")]
    [InlineData("Начальник ЖЕКу Мельничук не реагує на скарги.", "Начальник ЖЕКу [ПІБ] не реагує на скарги.")]
    [InlineData("Я Коваленко Андрій, мешкаю на вул. Соборній 10 кв 3.", "Я [ПІБ], мешкаю на вул. Соборній [№] кв [№].")]
    [InlineData("Шановний Іване Петровичу, прошу розібратися.", "Шановний [ПІБ], прошу розібратися.")]
    [InlineData("я, Бондар Ганна, прошу допомоги.", "я, [ПІБ], прошу допомоги.")]
    [InlineData("Старший по будинку пан Олег обіцяв, але нічого не зробив.", "Старший по будинку пан [ПІБ] обіцяв, але нічого не зробив.")]
    public void Names_of_anyone_are_masked_by_cues_initials_patronymics_and_surname_endings(string text, string published) =>
        Assert.Equal(published, TextAnonymiser.Anonymise(text));

    [Theory]
    [InlineData("Прошу зв'язатися зі мною за номером +38 (050) 765 43 21 або 0569372233.", "Прошу зв'язатися зі мною за номером [телефон] або [телефон].")]
    [InlineData("Телефон для зв'язку: 7-22-33.", "Телефон для зв'язку: [телефон].")]
    [InlineData("Мобільний +380671234567, домашній (05693) 7-22-33.", "Мобільний [телефон], домашній [телефон].")]
    [InlineData("Пишіть: Ivan.Petrenko@Gmail.com або на ivan_p+hotline@ukr.net", "Пишіть: [ел. пошта] або на [ел. пошта]")]
    public void Telephone_numbers_and_e_mail_addresses_are_masked(string text, string published) =>
        Assert.Equal(published, TextAnonymiser.Anonymise(text));

    [Theory]
    [InlineData("Мій ІПН 3012345678, паспорт серії АН 123456, дата народження: 12.03.1958.",
        "Мій ІПН [код], паспорт серії [код], дата народження: [дата народження].")]
    [InlineData("Пенсіонерка 1948 р.н. просить допомогти з ремонтом даху.", "Пенсіонерка [дата народження] просить допомогти з ремонтом даху.")]
    [InlineData("Мати, 15.07.1941 року народження, потребує соціального таксі.", "Мати, [дата народження], потребує соціального таксі.")]
    [InlineData("Я народилася 5 травня 1950 року, інвалід II групи.", "Я народилася [дата народження], інвалід II групи.")]
    [InlineData("Номер ID-картки 004512345, РНОКПП: 2987654321.", "Номер ID-картки [код], РНОКПП: [код].")]
    [InlineData("Кошти надійшли на рахунок UA213223130000026007233566001.", "Кошти надійшли на рахунок UA[код].")]
    public void Tax_numbers_documents_and_dates_of_birth_are_masked(string text, string published) =>
        Assert.Equal(published, TextAnonymiser.Anonymise(text));

    [Theory]
    [InlineData("Звертаюся щодо ями на дорозі біля будинку № 14 по вулиці Гетьманській.", "Звертаюся щодо ями на дорозі біля будинку № [№] по вулиці Гетьманській.")]
    [InlineData("Мешканці будинку 7 на вул. Миру просять встановити лавки.", "Мешканці будинку [№] на вул. Миру просять встановити лавки.")]
    [InlineData("Протікає дах над квартирою №48 у буд. 12-А, корп. 2.", "Протікає дах над квартирою №[№] у буд. [№], корп. [№].")]
    [InlineData("Адреса: просп. Миру 25/3, кв.7", "Адреса: просп. Миру [№], кв.[№]")]
    public void House_building_and_flat_numbers_are_masked_and_the_street_stays(string text, string published) =>
        Assert.Equal(published, TextAnonymiser.Anonymise(text));

    [Theory]
    [InlineData("На вулиці Шевченка не вивозять сміття вже два тижні.")]
    [InlineData("З 12.05.2025 у будинку немає світла, звертались до ДТЕК 3 рази.")]
    [InlineData("Прошу відремонтувати дорогу на вул. Тараса Шевченка та встановити 2 ліхтарі.")]
    [InlineData("Відсутнє гаряче водопостачання та опалення в будинку, в підвалі чутно шум води.")]
    [InlineData("Тариф зріс до 15000 грн на рік, прошу пояснити згідно з рішенням від 01.02.2025 № 45.")]
    public void What_identifies_nobody_is_published_as_written(string text) =>
        Assert.Equal(text, TextAnonymiser.Anonymise(text));

    [Fact]
    public void A_surname_like_a_common_word_is_masked_only_as_a_name()
    {
        var known = new KnownPerson("Мороз", "Іван", null);
        Assert.Equal("Вночі був сильний мороз, і [ПІБ] залишився без опалення.", TextAnonymiser.Anonymise("Вночі був сильний мороз, і Мороз Іван залишився без опалення.", known));
    }

    [Theory]
    [InlineData("Ольга", "Ользі")]
    [InlineData("Лебідь", "Лебедя")]
    [InlineData("Кравець", "Кравцю")]
    [InlineData("Сергій", "Сергієві")]
    [InlineData("Іванівна", "Іванівною")]
    [InlineData("Ковальський", "Ковальського")]
    public void Names_known_from_the_record_are_found_in_their_other_cases(string name, string inflected) =>
        Assert.Equal(TextAnonymiser.NameMask + ".", TextAnonymiser.Anonymise(inflected + ".", new KnownPerson(name)));
}
