using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Ratusha.Features.Shell;

/// <summary>
/// What a use case did: the saved thing, or what is wrong with the request field by field (in Ukrainian, keyed as the
/// API's JSON names them), or nothing found to change. Endpoints turn it into 200/201, 400 or 404; pages show the errors
/// next to the fields.
/// </summary>
public sealed record Outcome<T>(T? Value, Dictionary<string, string[]> Errors) where T : class
{
    public bool NotFound => Value is null && Errors.Count == 0 && Forbidden is null;

    /// <summary>Why this user may not do this to this item (e.g. only the resolution's author extends its term).</summary>
    public string? Forbidden { get; init; }
}

public static class Outcome
{
    /// <summary>What a page says when the version it edited is no longer the stored one.</summary>
    public const string Conflict = "Запис уже змінив інший користувач. Оновіть сторінку й спробуйте знову.";

    public static Outcome<T> Done<T>(T value) where T : class => new(value, []);

    public static Outcome<T> Invalid<T>(Dictionary<string, string[]> errors) where T : class => new(null, errors);

    public static Outcome<T> Missing<T>() where T : class => new(null, []);

    public static Outcome<T> Refused<T>(string why) where T : class => new(null, []) { Forbidden = why };

    public static Dictionary<string, string[]> Error(string field, string message) => new() { [field] = [message] };

    /// <summary>The data-annotation messages of a request record, so that a page gets the same messages as the API.</summary>
    public static Dictionary<string, string[]> Validate(object request)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        return results
            .SelectMany(r => r.MemberNames.DefaultIfEmpty("").Select(m => (Field: JsonNamingPolicy.CamelCase.ConvertName(m), r.ErrorMessage)))
            .GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage ?? "Некоректне значення.").ToArray());
    }
}
