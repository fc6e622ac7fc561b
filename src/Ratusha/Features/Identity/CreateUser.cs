using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Shell;

namespace Ratusha.Features.Identity;

public sealed record CreateUserRequest(
    [property: Required(ErrorMessage = "Вкажіть ім'я користувача."), StringLength(64, ErrorMessage = "Ім'я користувача — до 64 символів.")] string UserName,
    [property: Required(ErrorMessage = "Вкажіть пароль.")] string Password,
    [property: Required(ErrorMessage = "Вкажіть, як показувати користувача."), StringLength(200, ErrorMessage = "До 200 символів.")] string DisplayName,
    [property: EmailAddress(ErrorMessage = "Некоректна адреса електронної пошти."), StringLength(254, ErrorMessage = "Адреса електронної пошти — до 254 символів.")] string? Email,
    Guid? OfficialId,
    string[] Roles);

/// <summary>Adds a log-in with its roles; the password policy and the unique name are Identity's, its messages Ukrainian.</summary>
internal static class CreateUser
{
    public static async Task<Outcome<User>> RunAsync(UserManager<User> users, RatushaDb db, CreateUserRequest request, CancellationToken ct)
    {
        var errors = Outcome.Validate(request);
        foreach (var (field, messages) in UserRoles.Problems(request.Roles)) errors[field] = messages;
        if (request.OfficialId is { } official && !await db.Officials.AnyAsync(o => o.Id == official, ct))
            errors["officialId"] = ["Такої посадової особи немає."];
        if (errors.Count > 0) return Outcome.Invalid<User>(errors);

        var user = new User { UserName = request.UserName.Trim(), DisplayName = request.DisplayName.Trim(), Email = request.Email, OfficialId = request.OfficialId };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded) return Outcome.Invalid<User>(UserRoles.IdentityProblems(created));
        var added = await users.AddToRolesAsync(user, request.Roles);
        if (!added.Succeeded) return Outcome.Invalid<User>(UserRoles.IdentityProblems(added));
        return Outcome.Done(user);
    }
}
