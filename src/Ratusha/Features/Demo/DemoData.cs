using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Council;
using Ratusha.Features.Identity;
using Ratusha.Features.Organisation;
using CouncilEntity = Ratusha.Features.Council.Council;

namespace Ratusha.Features.Demo;

/// <summary>A demo executive committee: its departments, officials and one log-in per role. Written once, on an empty database.</summary>
internal static class DemoData
{
    public const string DefaultPassword = "Ratusha-demo-2026";

    /// <summary>(log-in, role, surname of the official it belongs to; null for the citizen)</summary>
    public static readonly IReadOnlyList<(string UserName, string Role, string? Official)> Users =
    [
        ("admin", Roles.Administrator, "Гнатюк"),
        ("registrar", Roles.Registrar, "Савчук"),
        ("hotline", Roles.HotlineSpecialist, "Левченко"),
        ("controller", Roles.Controller, "Кравчук"),
        ("head", Roles.HeadOfDepartment, "Руденко"),
        ("executor", Roles.Executor, "Олійник"),
        ("deputy", Roles.DeputyMayor, "Шевчук"),
        ("mayor", Roles.Mayor, "Бондаренко"),
        ("citizen", Roles.Citizen, null),
    ];

    public static async Task SeedAsync(IServiceProvider services, IConfiguration config, ILogger logger)
    {
        var db = services.GetRequiredService<RatushaDb>();
        var password = config["Demo:Password"] ?? DefaultPassword;
        if (!await db.Councils.AnyAsync())
        {
            db.Councils.Add(CouncilEntity.Create(new CouncilDetails(
                "Новомосковська міська рада", "Виконавчий комітет Новомосковської міської ради", "04052206",
                "UA12060170010070155", "вул. Гетьманська, 14, м. Новомосковськ, Дніпропетровська обл., 51200",
                "zagalnyi@novomoskovsk-rada.example", "+380 5693 7 22 33", "https://novomoskovsk-rada.example")));
        }

        if (!await db.Departments.AnyAsync())
        {
            var order = 0;
            foreach (var (code, name, shortName, staff) in DemoOrganisation.Departments)
            {
                var department = Department.Create(new DepartmentDetails(name, shortName, code, null, order++));
                db.Departments.Add(department);
                foreach (var (surname, given, patronymic, position) in staff)
                    db.Officials.Add(Official.Create(new OfficialDetails(surname, given, patronymic, position, department.Id,
                        $"{Transliteration.Latin(surname).ToLowerInvariant()}@novomoskovsk-rada.example", null)));
            }
        }
        await db.SaveChangesAsync();

        var users = services.GetRequiredService<UserManager<User>>();
        foreach (var (userName, role, surname) in Users)
        {
            if (await users.FindByNameAsync(userName) is not null) continue;
            var official = surname is null ? null : await db.Officials.FirstAsync(o => o.Surname == surname);
            var user = new User
            {
                UserName = userName,
                Email = official?.Email ?? $"{userName}@example.org",
                EmailConfirmed = true,
                DisplayName = official?.FullName ?? "Коваленко Андрій Миколайович",
                OfficialId = official?.Id,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
        }

        if (config.GetValue("Demo:Items", true))
        {
            await DemoItems.SeedAsync(services);
            await DemoDocuments.SeedAsync(services);
            await DemoDeputyAppeals.SeedAsync(services);
            await DemoInformationRequests.SeedAsync(services);
        }

        logger.LogInformation("Demo data is ready: {Users} log-ins with the demo password", Users.Count);
    }

    public static void PrintLogIns(ICollection<string> urls, IConfiguration config)
    {
        var password = config["Demo:Password"] ?? DefaultPassword;
        Console.WriteLine();
        Console.WriteLine($"Ратуша працює: {string.Join(", ", urls)}");
        Console.WriteLine($"Демо-входи (пароль для всіх: {password}):");
        foreach (var (userName, role, _) in Users)
            Console.WriteLine($"  {userName,-11} {Roles.Title(role)}");
        Console.WriteLine("Зупинити: Ctrl+C");
        Console.WriteLine();
    }
}
