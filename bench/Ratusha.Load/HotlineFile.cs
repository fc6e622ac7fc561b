using System.Globalization;
using System.Text;

namespace Ratusha.Load;

/// <summary>
/// <c>hotline-file --rows N --out PATH [--random-seed S]</c>: a contact centre's export of N hotline calls as the 1545
/// centre sends it (CSV, semicolons, UTF-8): case number, time of the call, applicant, address, phone, topic, text.
/// The same seed gives the same file; case numbers carry a run prefix so that a second file does not repeat the first.
/// </summary>
internal static class HotlineFile
{
    private static readonly string[] Surnames = ["Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Шевчук", "Поліщук", "Мельник", "Савченко", "Руденко"];
    private static readonly string[] Names = ["Олена", "Іван", "Марія", "Петро", "Наталія", "Андрій", "Оксана", "Сергій"];
    private static readonly string[] Patronymics = ["Петрівна", "Іванович", "Миколаївна", "Сергійович", "Василівна", "Олександрович"];
    private static readonly string[] Streets = ["вул. Соборна", "вул. Центральна", "вул. Гетьманська", "просп. Миру", "вул. Шевченка", "вул. Паланочна"];
    private static readonly string[] Topics = ["01", "02", "03", "04", "05", "06", "07", "08"];
    private static readonly string[] Texts =
    [
        "Немає гарячої води в будинку вже {n} днів, прошу відновити постачання.",
        "Прошу прибрати стихійне сміттєзвалище біля будинку № {n}.",
        "Не працює вуличне освітлення на ділянці від будинку № {n} до зупинки.",
        "Прошу відремонтувати вибоїни на дорозі біля школи № {n}.",
        "Автобус маршруту № {n} не дотримується розкладу, прошу вжити заходів.",
        "Прошу надати інформацію щодо нарахування субсидії за {n} місяці.",
    ];

    public static int Run(string[] args)
    {
        int rows = 0, seed = 1;
        string? output = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--rows": rows = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--out": output = args[i + 1]; break;
                case "--random-seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        if (rows <= 0 || output is null) throw new ArgumentException("hotline-file needs --rows N and --out PATH");

        var rng = new Random(seed);
        var prefix = $"{seed:D3}{DateTime.UtcNow:HHmmss}";
        var start = new DateTime(2026, 10, 1, 8, 0, 0);
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("Номер звернення;Дата звернення;ПІБ;Адреса;Телефон;Тематика;Суть звернення\r\n");
        for (var i = 1; i <= rows; i++)
        {
            var at = start.AddMinutes(rng.Next(0, 60 * 24 * 50));
            var text = Texts[rng.Next(Texts.Length)].Replace("{n}", rng.Next(1, 40).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{prefix}-{i};{at:dd.MM.yyyy HH:mm};{Surnames[rng.Next(Surnames.Length)]} {Names[rng.Next(Names.Length)]} {Patronymics[rng.Next(Patronymics.Length)]};{Streets[rng.Next(Streets.Length)]}, {rng.Next(1, 120)};0{rng.Next(50, 100)}{rng.Next(1000000, 9999999)};{Topics[rng.Next(Topics.Length)]};{text}\r\n"));
        }
        return 0;
    }
}
