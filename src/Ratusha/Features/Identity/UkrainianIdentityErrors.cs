using Microsoft.AspNetCore.Identity;

namespace Ratusha.Features.Identity;

/// <summary>Identity's messages in Ukrainian: they are shown next to the field on the admin pages.</summary>
internal sealed class UkrainianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Пароль має містити щонайменше {length} символів." };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "Пароль має містити хоча б одну цифру." };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "Пароль має містити хоча б одну малу літеру." };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "Пароль має містити хоча б одну велику літеру." };
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "Пароль має містити хоча б один спеціальний символ." };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Пароль має містити щонайменше {uniqueChars} різних символів." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Ім'я користувача «{userName}» уже зайняте." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"Ім'я користувача «{userName}» може містити лише латинські літери, цифри та символи -._@+." };
    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"Адреса «{email}» уже використовується." };
    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = $"Адреса «{email}» некоректна." };
    public override IdentityError UserAlreadyInRole(string role) => new() { Code = nameof(UserAlreadyInRole), Description = $"Користувач уже має роль «{Roles.Title(role)}»." };
    public override IdentityError UserNotInRole(string role) => new() { Code = nameof(UserNotInRole), Description = $"Користувач не має ролі «{Roles.Title(role)}»." };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Запис уже змінив інший користувач. Оновіть сторінку й спробуйте знову." };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Сталася помилка." };
}
