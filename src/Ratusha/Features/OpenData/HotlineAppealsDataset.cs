using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Ratusha.Calendar;
using Ratusha.Data;
using Ratusha.Features.Appeals;
using Ratusha.Features.Classifiers;
using Ratusha.Features.Control;
using Ratusha.Features.Shell;

namespace Ratusha.Features.OpenData;

/// <summary>
/// One published hotline appeal, in the columns of the structure proposed for «Дані про надходження звернень на телефонні
/// гарячі лінії» (CMU resolution №835, Додаток 33). Absent optional values are null (an empty CSV field, as CSVW reads it).
/// </summary>
public sealed record HotlineAppealRecord(
    string Uid, string ReceivedDateTime, string Type, string Kind, string Content, string AccrualMethod,
    string? Catuttc, string? AddressPostCode, string? AddressAdminUnitL1, string? AddressAdminUnitL2, string? AddressAdminUnitL3,
    string? AddressAdminUnitL4, string? AddressPostName, string? AddressThoroughfare, string? AddressLocatorDesignator, string? AddressLocatorBuilding,
    string Status, string OrganizationName, string OrganizationId, string Result);

/// <summary>A column of the dataset: its name in the files, its Ukrainian title, whether it is always filled, and how it is read from a record.</summary>
public sealed record DatasetColumn(string Name, string Title, bool Required, string Description, Func<HotlineAppealRecord, string?> Value);

/// <summary>The days whose registrations the dataset holds, both inclusive.</summary>
public sealed record DatasetPeriod(DateOnly From, DateOnly To)
{
    /// <summary>At most a year per request: the files stay bounded whatever the archive.</summary>
    public const int MaxDays = 366;

    /// <summary>
    /// The period asked for. Without dates: the last full calendar month (a stable file that caches well); with only
    /// «from»: up to today; with only «to»: from the first day of its month.
    /// </summary>
    public static Outcome<DatasetPeriod> Resolve(DateOnly? from, DateOnly? to, DateOnly today)
    {
        if (from is null && to is null)
        {
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
            return Outcome.Done(new DatasetPeriod(first, first.AddMonths(1).AddDays(-1)));
        }
        var start = from ?? new DateOnly(to!.Value.Year, to.Value.Month, 1);
        var end = to ?? today;
        if (end < start) return Outcome.Invalid<DatasetPeriod>(Outcome.Error("to", "Кінець періоду (to) не може бути раніше за початок (from)."));
        if (end.DayNumber - start.DayNumber + 1 > MaxDays)
            return Outcome.Invalid<DatasetPeriod>(Outcome.Error("to", $"Період — не довше {MaxDays} днів; для більшого завантажте файли за кілька періодів."));
        return Outcome.Done(new DatasetPeriod(start, end));
    }
}

/// <summary>
/// The open dataset of hotline appeals: appeals received through the Government Contact Centre 1545 and the regional
/// hotline, registered in the period, except those not considered (art. 8 of the Law «Про звернення громадян»: anonymous
/// and the like — their texts are not examined, so they are not published). Nothing personal: no applicant, no building or
/// flat, the text anonymised by <see cref="TextAnonymiser"/>. Rows are read one by one from the database and written as
/// they come; nothing holds the whole period in memory.
/// </summary>
internal static class HotlineAppealsDataset
{
    public const string Hotline1545Method = "Урядова гаряча лінія 1545";
    public const string RegionalHotlineMethod = "Гаряча лінія обласної адміністрації";
    public const string Licence = "Creative Commons Attribution 4.0 International (CC BY 4.0)";
    public const string LicenceUrl = "https://creativecommons.org/licenses/by/4.0/deed.uk";

    private static readonly TimeZoneInfo Kyiv = TimeZoneInfo.FindSystemTimeZoneById(OfficeHours.Default.TimeZoneId);

    /// <summary>The dataset's state words, public and plain, for the states of <see cref="AppealStates"/>.</summary>
    private static readonly Dictionary<string, string> Statuses = new()
    {
        [AppealStates.Registered] = "Заявку прийнято",
        [AppealStates.OnControl] = "На розгляді",
        [AppealStates.Answered] = "Відповідь готується",
        [AppealStates.Removed] = "Розглянуто",
        [AppealStates.Forwarded] = "Переслано за належністю",
        [AppealStates.Returned] = "Повернуто заявнику",
        [AppealStates.NotConsidered] = "Залишено без розгляду",
    };

    public static readonly IReadOnlyList<DatasetColumn> Columns =
    [
        new("uid", "Ідентифікатор", true, "Рік і реєстраційний індекс звернення, напр. 2026/УКЦ-102", r => r.Uid),
        new("receivedDateTime", "Дата та час реєстрації", true, "ISO 8601, час установи (Київ), напр. 2026-10-30T10:45", r => r.ReceivedDateTime),
        new("type", "Тип звернення", true, "Вид звернення за Класифікатором (пропозиція, заява, скарга)", r => r.Type),
        new("kind", "Тематична категорія", true, "Тематика звернення за Класифікатором", r => r.Kind),
        new("content", "Зміст", true, "Текст звернення, знеособлений: імена, телефони, адреси електронної пошти, номери будинків і квартир, коди та дати народження замінено позначками у квадратних дужках", r => r.Content),
        new("accrualMethod", "Спосіб надходження", true, "Урядова гаряча лінія 1545 або гаряча лінія обласної адміністрації", r => r.AccrualMethod),
        new("CATUTTC", "Код КАТОТТГ", false, "Код КАТОТТГ громади, якщо адреса в її межах", r => r.Catuttc),
        new("addressPostCode", "Поштовий індекс", false, "Не публікується", r => r.AddressPostCode),
        new("addressAdminUnitL1", "Країна", false, "Україна", r => r.AddressAdminUnitL1),
        new("addressAdminUnitL2", "Регіон", false, "Область", r => r.AddressAdminUnitL2),
        new("addressAdminUnitL3", "Район", false, "Район", r => r.AddressAdminUnitL3),
        new("addressAdminUnitL4", "Територіальна громада", false, "Назва громади", r => r.AddressAdminUnitL4),
        new("addressPostName", "Населений пункт", false, "Назва населеного пункту без «м.», «с.»", r => r.AddressPostName),
        new("addressThoroughfare", "Вулиця або аналог", false, "Тип і назва вулиці, напр. вул. Харківська", r => r.AddressThoroughfare),
        new("addressLocatorDesignator", "Номер об’єкта", false, "Не публікується (персональні дані)", r => r.AddressLocatorDesignator),
        new("addressLocatorBuilding", "Номер корпусу", false, "Не публікується (персональні дані)", r => r.AddressLocatorBuilding),
        new("status", "Статус", true, "Заявку прийнято, На розгляді, Відповідь готується, Розглянуто, Переслано за належністю, Повернуто заявнику", r => r.Status),
        new("organizationName", "Назва виконавця", true, "Виконавчий комітет ради", r => r.OrganizationName),
        new("organizationId", "Код ЄДРПОУ виконавця", true, "8 цифр", r => r.OrganizationId),
        new("result", "Результат розгляду заявки", true, "Результат розгляду за Класифікатором, коли звернення розглянуто; інакше порожньо", r => r.Result),
    ];

    /// <summary>
    /// The identifier and the time of receipt of a row: the contact centre's case number and the time the centre
    /// received the call (§6.2), as the centre's own records know them; for an appeal entered without them, the card's
    /// year and index and the card's time of receipt.
    /// </summary>
    internal static (string Uid, string ReceivedDateTime) Identity(int year, string index, DateTimeOffset receivedAt, string? caseNumber, DateTimeOffset? centreReceivedAt) =>
        (caseNumber ?? string.Create(CultureInfo.InvariantCulture, $"{year}/{index}"),
         TimeZoneInfo.ConvertTime(centreReceivedAt ?? receivedAt, Kyiv).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));

    public static async IAsyncEnumerable<HotlineAppealRecord> RowsAsync(RatushaDb db, DatasetPeriod period, [EnumeratorCancellation] CancellationToken ct)
    {
        var council = await db.Councils.AsNoTracking().OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
        var titles = await db.ClassifierEntries.AsNoTracking()
            .Where(e => e.List == ClassifierLists.Type || e.List == ClassifierLists.Topic || e.List == ClassifierLists.Result)
            .Select(e => new { e.List, e.Code, e.Name }).ToListAsync(ct);
        string Title(string list, string? code) => titles.FirstOrDefault(t => t.List == list && t.Code == code)?.Name ?? code ?? "";
        var home = AddressParts.Parse(council?.Address);
        var community = Community(council?.Name);
        var organisation = council is null ? "" : council.ExecutiveCommitteeName.Length > 0 ? council.ExecutiveCommitteeName : council.Name;

        // The appeal journals' cards of the period walk the (journal, registered_on) index; each card finds its appeal by its unique key.
        var journals = await AppealControlRules.JournalIdsAsync(db, ct);
        var rows = from c in db.RegistrationCards.AsNoTracking()
                   where journals.Contains(c.JournalId) && c.RegisteredOn >= period.From && c.RegisteredOn <= period.To
                   join a in db.Appeals.AsNoTracking() on c.Id equals a.CardId
                   where (a.Channel == ClassifierLists.Hotline1545 || a.Channel == ClassifierLists.RegionalHotline) && a.NotConsideredReason == null
                   orderby c.RegisteredOn, c.ReceivedAt, c.Id
                   select new
                   {
                       c.Year,
                       c.Index,
                       c.ReceivedAt,
                       a.ExternalCaseNumber,
                       a.CentreReceivedAt,
                       a.Channel,
                       a.Type,
                       a.Topic,
                       a.Text,
                       a.Surname,
                       a.GivenName,
                       a.Patronymic,
                       a.Email,
                       a.Address,
                       a.Disposal,
                       Answered = db.Assignments.Where(s => s.CardId == c.Id && s.IsLead && s.State == AssignmentState.Answered).Skip(0).Any(),
                       OnControl = db.Resolutions.Where(r => r.CardId == c.Id && r.State == ControlState.OnControl).Skip(0).Any(),
                       Resolved = db.Resolutions.Where(r => r.CardId == c.Id).Skip(0).Any(),
                       Result = (from s in db.Assignments
                                 join p in db.AssignmentReports on s.Id equals p.AssignmentId
                                 where s.CardId == c.Id && s.IsLead && p.Kind == ReportKind.Answer
                                 orderby p.On descending, p.Id descending
                                 select p.Result).FirstOrDefault(),
                   };

        await foreach (var x in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            var (uid, received) = Identity(x.Year, x.Index, x.ReceivedAt, x.ExternalCaseNumber, x.CentreReceivedAt);
            var state = AppealViews.StateOf(null, x.Disposal, x.Answered, x.OnControl, x.Resolved);
            var address = AddressParts.Parse(x.Address);
            // An address without a settlement, or in the council's own, is the community's: its КАТОТТГ code, region and name.
            var local = address.Settlement is null || string.Equals(address.Settlement, home.Settlement, StringComparison.OrdinalIgnoreCase);
            var hasAddress = address != AddressParts.None;
            yield return new HotlineAppealRecord(
                uid, received,
                Title(ClassifierLists.Type, x.Type),
                x.Topic is null ? "Тематику не визначено" : Title(ClassifierLists.Topic, x.Topic),
                TextAnonymiser.Anonymise(x.Text, new KnownPerson(x.Surname, x.GivenName, x.Patronymic, x.Email)),
                x.Channel == ClassifierLists.Hotline1545 ? Hotline1545Method : RegionalHotlineMethod,
                Catuttc: !hasAddress ? null : local ? council?.KatottgCode : null,
                AddressPostCode: null,
                AddressAdminUnitL1: !hasAddress ? null : "Україна",
                AddressAdminUnitL2: !hasAddress ? null : local ? address.Region ?? home.Region : address.Region,
                AddressAdminUnitL3: !hasAddress ? null : local ? address.District ?? home.District : address.District,
                AddressAdminUnitL4: !hasAddress ? null : local ? community : null,
                AddressPostName: !hasAddress ? null : local ? address.Settlement ?? home.Settlement : address.Settlement,
                AddressThoroughfare: address.Street,
                AddressLocatorDesignator: null,
                AddressLocatorBuilding: null,
                Statuses[state],
                organisation,
                council?.Code ?? "",
                state == AppealStates.Removed && x.Result is not null ? Title(ClassifierLists.Result, x.Result) : "");
        }
    }

    /// <summary>«Новомосковська міська рада» → «Новомосковська»: the community's name as the schema writes it.</summary>
    internal static string? Community(string? councilName)
    {
        var words = (councilName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[^1].StartsWith("рад", StringComparison.OrdinalIgnoreCase) ? words[0] : null;
    }
}
