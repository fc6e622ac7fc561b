using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Ratusha.Data;
using Ratusha.Features.Shell;
using Ratusha.Ui;

namespace Ratusha.Features.Council;

public sealed record CouncilUpdate(
    [property: Required(ErrorMessage = "Вкажіть назву ради."), StringLength(300, ErrorMessage = "Назва — до 300 символів.")] string Name,
    [property: Required(ErrorMessage = "Вкажіть назву виконавчого комітету."), StringLength(300, ErrorMessage = "Назва — до 300 символів.")] string ExecutiveCommitteeName,
    [property: Required(ErrorMessage = "Вкажіть код ЄДРПОУ."), RegularExpression(@"^\d{8}$", ErrorMessage = "Код ЄДРПОУ — 8 цифр.")] string Code,
    [property: RegularExpression(@"^UA\d{17}$", ErrorMessage = "Код КАТОТТГ має вигляд UA та 17 цифр.")] string? KatottgCode,
    [property: Required(ErrorMessage = "Вкажіть адресу."), StringLength(500, ErrorMessage = "Адреса — до 500 символів.")] string Address,
    [property: EmailAddress(ErrorMessage = "Некоректна адреса електронної пошти."), StringLength(254, ErrorMessage = "Адреса електронної пошти — до 254 символів.")] string? Email,
    [property: StringLength(40, ErrorMessage = "Телефон — до 40 символів.")] string? Phone,
    [property: Url(ErrorMessage = "Некоректна адреса сайту."), StringLength(200, ErrorMessage = "Адреса сайту — до 200 символів.")] string? Website,
    int Version)
{
    public CouncilDetails ToDetails() => new(Name, ExecutiveCommitteeName, Code, KatottgCode, Address, Email, Phone, Website);
}

/// <summary>Changes the council's details at the version the editor saw (or writes them the first time).</summary>
internal static class UpdateCouncil
{
    public static async Task<Outcome<Council>> RunAsync(RatushaDb db, CouncilName header, CouncilUpdate update, CancellationToken ct)
    {
        if (Outcome.Validate(update) is { Count: > 0 } errors) return Outcome.Invalid<Council>(errors);
        var council = await db.Councils.OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
        var outcome = await Versions.AddOrChangeAsync(db, council, update.Version, () => Council.Create(update.ToDetails()), c => c.Update(update.ToDetails()), ct);
        header.Invalidate();
        return outcome;
    }
}
