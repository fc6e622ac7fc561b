using System.Net;
using System.Net.Http.Json;
using Ratusha.Features.Appeals;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Appeals;

/// <summary>Repeat and duplicate detection (art. 8, §6.22): earlier appeals of the same person, spelling variants and typos tolerated, with the reasons.</summary>
public abstract class EarlierAppealsTests(RatushaApp app)
{
    /// <summary>A surname no other test uses: a random Ukrainian-looking stem.</summary>
    private static string Surname(string ending)
    {
        const string letters = "бвгдклмнпрстфхцчш";
        var stem = new string([.. Enumerable.Range(0, 5).Select(_ => letters[Random.Shared.Next(letters.Length)])]);
        return char.ToUpperInvariant(stem[0]) + stem[1..] + ending;
    }

    private async Task<AppealResponse> Register(string surname, string givenName, string address, string? phone = null, string topic = "02")
    {
        var response = await (await app.As("registrar")).PostAsJsonAsync("/api/v1/appeals/", new
        {
            channel = "1.1",
            type = "3.2",
            text = "Прошу відремонтувати дорогу.",
            surname,
            givenName,
            address,
            phone,
            topic,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AppealResponse>())!;
    }

    private async Task<EarlierAppeal[]> Earlier(string surname, string givenName, string address, string? phone = null, string topic = "02") =>
        (await (await app.As("registrar")).GetFromJsonAsync<EarlierAppeal[]>(
            $"/api/v1/appeals/earlier?surname={Uri.EscapeDataString(surname)}&givenName={Uri.EscapeDataString(givenName)}&address={Uri.EscapeDataString(address)}&phone={Uri.EscapeDataString(phone ?? "")}&topic={topic}"))!;

    [Fact]
    public async Task S6_22_a_typo_in_the_surname_and_punctuation_in_the_address_still_find_the_same_person()
    {
        var surname = Surname("енко");
        var first = await Register(surname, "Петро", "вул. Сонячна, 5, кв. 12");
        var typo = surname[..3] + surname[3..].Replace("енко", "ейнко", StringComparison.Ordinal);
        var found = Assert.Single(await Earlier(typo, "Петро", "вул Сонячна 5 кв 12"));
        Assert.Equal(first.Id, found.Id);
        Assert.Contains("прізвище відрізняється на 1 літ.", found.Why);
        Assert.Contains("та сама адреса", found.Why);
        Assert.Contains("та сама тематика", found.Why);
        Assert.True(found.SameTopic);
    }

    [Fact]
    public async Task Spelling_variants_i_y_ye_e_and_apostrophes_do_not_hide_a_repeat()
    {
        var stem = Surname("");
        await Register($"{stem}'єнко", "Віктор", "пров. Шкільний, 3", "+380 67 123 45 67");
        var found = Assert.Single(await Earlier($"{stem}енко", "Виктор", "провулок Зелений, 8", "067-123-45-67"));
        Assert.Contains("той самий телефон", found.Why);
        Assert.Contains("те саме ім'я", found.Why);
    }

    [Fact]
    public async Task A_namesake_at_another_address_is_not_taken_for_the_same_person()
    {
        var surname = Surname("ук");
        await Register(surname, "Ольга", "вул. Миру, 1");
        Assert.Empty(await Earlier(surname, "Ольга", "вул. Набережна, 40, кв. 7"));
        Assert.Empty(await Earlier(surname, "Тарас", "вул. Миру, 1"));
    }

    [Fact]
    public async Task Only_registration_staff_see_earlier_appeals()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("executor")).GetAsync("/api/v1/appeals/earlier?surname=Коваль")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EarlierAppealsOnSqlite(SqliteApp app) : EarlierAppealsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class EarlierAppealsOnPostgres(PostgresApp app) : EarlierAppealsTests(app);
