using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Ratusha.Features.Appeals;
using Ratusha.Features.Control;
using Ratusha.Features.Organisation;
using Ratusha.Features.Registration;
using Ratusha.Tests.Infrastructure;

namespace Ratusha.Tests.Analytics;

/// <summary>
/// A known set of appeals in 2018–2019 (no other test registers anything then), stored through the DbContext with the
/// domain's own factories: cards in the weeks the weekly analysis compares and around them, classifier attributes,
/// addresses, resolutions with answers on time and late, open and overdue assignments, extensions, rework and removal
/// from control. The expected figures are computed from these objects with LINQ to objects.
/// </summary>
internal sealed class AnalyticsSeed
{
    private static readonly ConditionalWeakTable<RatushaApp, Task<AnalyticsSeed>> Seeds = [];

    public static readonly DateOnly[] Weeks2019W20 = [new(2019, 5, 13), new(2019, 5, 19)];

    public required List<Item> Items { get; init; }
    public required Guid TestDepartment { get; init; }
    public required Guid HeadDepartment { get; init; }
    public required Guid[] Executors { get; init; }

    public sealed record Item(RegistrationCard Card, Appeal Appeal, Resolution? Resolution);

    public IEnumerable<Assignment> Assignments => Items.Where(i => i.Resolution is not null).SelectMany(i => i.Resolution!.Assignments);

    public static Task<AnalyticsSeed> Of(RatushaApp app) => Seeds.GetValue(app, a => SeedAsync(a));

    private static async Task<AnalyticsSeed> SeedAsync(RatushaApp app)
    {
        await using var scope = app.Scope(out var db);
        var journal = await db.Journals.SingleAsync(j => j.Code == "appeals");
        var head = await db.Officials.SingleAsync(o => o.Surname == "Руденко");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var department = Department.Create(new DepartmentDetails($"Відділ перевірки аналітики {suffix}", "ВПА", $"A{suffix}", null, 900));
        db.Add(department);
        var a = Official.Create(new OfficialDetails("Аналітенко", "Ірина", "Петрівна", "головний спеціаліст", department.Id, null, null));
        var b = Official.Create(new OfficialDetails("Звітенко", "Богдан", null, "спеціаліст", department.Id, null, null));
        db.AddRange(a, b);

        var rng = new Random(20190513);
        string[] topics = ["01", "02", "09", "10"];
        string[] channels = ["1.1", "1.1.2", "1.4.1", "1.4.2", "1.2"];
        string[] signs = ["2.1", "2.2", "2.3"];
        string[] types = ["3.1", "3.2", "3.3"];
        string[] categories = ["7.1", "7.5", "7.11", "7.13"];
        string[] sexes = ["4.1", "4.2"];
        string[] statuses = ["8.1", "8.2", "8.10"];
        string?[] addresses = ["вул. Гетьманська, 14, кв. 3, м. Новомосковськ", "вул. Гетьманська, 20, м. Новомосковськ", "вул. Сучкова, 12",
            "пров. Садовий, 3, м. Новомосковськ", "с. Орлівщина, вул. Центральна, 5", "м. Новомосковськ", null];
        string[] results = ["9.1", "9.2", "9.3"];
        // Days: the 2019-W20 week, the week before, the same week of 2018, and days around them that no report asks for.
        DateOnly[] days =
        [
            new(2019, 5, 13), new(2019, 5, 15), new(2019, 5, 19), new(2019, 5, 6), new(2019, 5, 10), new(2019, 5, 12),
            new(2018, 5, 14), new(2018, 5, 20), new(2019, 5, 5), new(2019, 5, 20), new(2018, 5, 13), new(2019, 4, 2), new(2019, 6, 28), new(2019, 7, 1),
            new(2018, 4, 20), new(2019, 3, 29),
        ];
        Guid?[] departments = [null, department.Id, head.DepartmentId];
        var now = new DateTimeOffset(2019, 5, 13, 9, 0, 0, TimeSpan.Zero);
        var items = new List<Item>();
        for (var i = 0; i < 90; i++)
        {
            var day = days[i % days.Length];
            var year = day.Year;
            var number = 900_000 + i;
            var card = RegistrationCard.Create(journal, new JournalNumber(year, number, $"Т-{number}"), new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
                day, $"Тестове звернення {i}", "Тестенко", departments[rng.Next(departments.Length)], null, now);
            var cats = Enumerable.Range(0, rng.Next(3)).Select(_ => categories[rng.Next(categories.Length)]).Distinct().ToArray();
            var request = new RegisterAppealRequest(null, channels[rng.Next(channels.Length)], types[rng.Next(types.Length)], $"Текст {i}",
                Sign: signs[rng.Next(signs.Length)], Subject: "5.1", Surname: "Тестенко", GivenName: "Олена",
                Address: addresses[rng.Next(addresses.Length)], Sex: rng.Next(4) == 0 ? null : sexes[rng.Next(sexes.Length)],
                Categories: cats, SocialStatus: rng.Next(3) == 0 ? null : statuses[rng.Next(statuses.Length)],
                Topic: rng.Next(6) == 0 ? null : topics[rng.Next(topics.Length)]);
            var appeal = Appeal.Create(card.Id, request, privileged: false);
            db.Add(card);
            db.Add(appeal);

            Resolution? resolution = null;
            if (i % 5 != 4)
            {
                Official[] people = [a, b, head];
                var lead = people[i % 3];
                var co = people[(i + 1) % 3];
                var due = day.AddDays(30);
                var withCo = i % 4 == 0;
                resolution = Resolution.Write(card.Id, "appeal", a.Id, "Розглянути", day, day, due, b.Id, lead.Id,
                    withCo ? [(co.Id, co.DepartmentId)] : [], due.AddDays(-3), lead.DepartmentId);
                var leadAssignment = resolution.Lead;
                switch (i % 6)
                {
                    case 0: // answered on time, removed from control
                        leadAssignment.Report(ReportKind.Answer, "Відповідь", lead.Id, due.AddDays(-5), new AnswerDetails(results[rng.Next(3)], null, null));
                        resolution.RemoveFromControl("Виконано", due.AddDays(-1));
                        break;
                    case 1: // answered late
                        leadAssignment.Report(ReportKind.Answer, "Відповідь", lead.Id, due.AddDays(4), new AnswerDetails(results[rng.Next(3)], null, null));
                        break;
                    case 2: // extended, then answered within the new term
                        db.Add(resolution.Extend(a.Id, due.AddDays(10), due.AddDays(7), "Потрібне обстеження", day.AddDays(20)));
                        leadAssignment.Report(ReportKind.Answer, "Відповідь", lead.Id, due.AddDays(8), new AnswerDetails("9.1", null, null));
                        break;
                    case 3: // answered, returned for rework, still open (overdue)
                        leadAssignment.Report(ReportKind.Answer, "Відповідь", lead.Id, due.AddDays(-2), new AnswerDetails("9.3", null, null));
                        resolution.ReturnForRework(due.AddDays(5), "Доопрацювати");
                        break;
                    case 4: // answered late and removed from control
                        leadAssignment.Report(ReportKind.Answer, "Відповідь", lead.Id, due.AddDays(2), new AnswerDetails("9.2", null, null));
                        resolution.RemoveFromControl("Виконано", due.AddDays(3));
                        break;
                    default: // no answer: open
                        break;
                }
                if (withCo && i % 3 == 0)
                    resolution.Assignments.Single(s => !s.IsLead).Report(ReportKind.CoExecutorReport, "Матеріали", co.Id, due.AddDays(-4));
                db.Add(resolution);
            }
            items.Add(new Item(card, appeal, resolution));
        }
        await db.SaveChangesAsync();
        return new AnalyticsSeed { Items = items, TestDepartment = department.Id, HeadDepartment = head.DepartmentId, Executors = [a.Id, b.Id, head.Id] };
    }
}
