using System.Globalization;
using System.Text.Json.Nodes;

namespace Ratusha.Load;

/// <summary>
/// Values for an OpenAPI schema: valid ones (right type, format, enum and length, with hints for the council's
/// classifier codes) and invalid ones (wrong type, too long, NUL and broken Unicode, impossible dates and numbers).
/// </summary>
internal sealed class FuzzValues(JsonObject document, Random random)
{
    public List<Guid> KnownIds { get; } = [];

    private static readonly string[] Nasty =
    [
        "\u0000", "@@D800@@", "@@DFFF@@", "a\u0000b", "\u0007", "' OR '1'='1", "\"; DROP TABLE appeals; --", "<script>alert(1)</script>",
        "../../etc/passwd", "%00", "{{7*7}}", "𝕽𝖆𝖙𝖚𝖘𝖍𝖆 🏛️", "\u202Eabc", "e\u0301\u0301\u0301", "   ", "",
    ];

    public JsonObject? Resolve(JsonNode? schema)
    {
        var s = schema as JsonObject;
        for (var depth = 0; s?["$ref"] is JsonValue reference && depth < 10; depth++)
        {
            var name = reference.GetValue<string>().Split('/')[^1];
            s = document["components"]?["schemas"]?[name] as JsonObject;
        }
        if (s is not null && (s["oneOf"] ?? s["anyOf"]) is JsonArray choices)
            s = choices.Select(Resolve).FirstOrDefault(c => c is not null && !Types(c).SequenceEqual(["null"])) ?? s;
        return s;
    }

    public static string[] Types(JsonObject s) => s["type"] switch
    {
        JsonValue v => [v.GetValue<string>()],
        JsonArray a => [.. a.Select(t => t!.GetValue<string>())],
        _ => s["properties"] is not null ? ["object"] : s["items"] is not null ? ["array"] : ["string"],
    };

    private static string MainType(JsonObject s)
    {
        var types = Types(s).Where(t => t != "null").ToArray();
        if (types.Contains("integer")) return "integer"; // numbers that also bind from strings
        if (types.Contains("number")) return "number";
        return types.FirstOrDefault() ?? "string";
    }

    public JsonNode? Valid(JsonNode? schemaNode, string name = "", int depth = 0)
    {
        var s = Resolve(schemaNode);
        if (s is null) return JsonValue.Create(Word(name));
        if (s["enum"] is JsonArray options && options.Count > 0) return options[random.Next(options.Count)]?.DeepClone();
        switch (MainType(s))
        {
            case "integer":
                if (name.Equals("year", StringComparison.OrdinalIgnoreCase)) return 2026;
                return random.Next(1, 50);
            case "number": return Math.Round(random.NextDouble() * 100, 2);
            case "boolean": return random.Next(2) == 0;
            case "array":
                if (depth > 3) return new JsonArray();
                var array = new JsonArray();
                for (var i = random.Next(0, 3); i > 0; i--) array.Add(Valid(s["items"], name, depth + 1));
                return array;
            case "object":
                if (depth > 3) return new JsonObject();
                var o = new JsonObject();
                if (s["properties"] is JsonObject properties)
                    foreach (var (key, value) in properties)
                        if (IsRequired(s, key) || random.Next(3) > 0) o[key] = Valid(value, key, depth + 1);
                return o;
            default:
                return JsonValue.Create(ValidString(s, name));
        }
    }

    private static bool IsRequired(JsonObject s, string key) => s["required"] is JsonArray r && r.Any(x => x?.GetValue<string>() == key);

    public string ValidString(JsonObject s, string name)
    {
        var format = s["format"]?.GetValue<string>();
        var text = format switch
        {
            "uuid" => (KnownIds.Count > 0 && random.Next(3) > 0 ? KnownIds[random.Next(KnownIds.Count)] : Guid.NewGuid()).ToString(),
            "date" => new DateOnly(2026, 11, 1).AddDays(random.Next(60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "date-time" => new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(2)).AddHours(random.Next(200)).ToString("O", CultureInfo.InvariantCulture),
            "email" => $"fuzz{random.Next(1000)}@example.org",
            "int32" or "int64" => random.Next(1, 50).ToString(CultureInfo.InvariantCulture),
            _ => Word(name),
        };
        if (s["maxLength"] is JsonValue max && text.Length > max.GetValue<int>()) text = text[..max.GetValue<int>()];
        if (s["minLength"] is JsonValue min && text.Length < min.GetValue<int>()) text = text.PadRight(min.GetValue<int>(), 'я');
        return text;
    }

    /// <summary>A plausible value by the field's name: classifier codes of the demo council, contacts, plain Ukrainian text.</summary>
    private string Word(string name) => name.ToLowerInvariant() switch
    {
        "channel" => Pick("1.1", "1.2", "1.3", "1.4"),
        "type" => Pick("3.1", "3.2", "3.3"),
        "sign" => Pick("2.1", "2.2"),
        "subject" => Pick("5.1", "5.2"),
        "topic" => Pick("09", "01", "16"),
        "email" => $"fuzz{random.Next(1000)}@example.org",
        "phone" => "+38050" + random.Next(1000000, 9999999).ToString(CultureInfo.InvariantCulture),
        "code" => Pick("appeals", "documents", "information-requests"),
        "list" => Pick("topic", "channel", "result"),
        "source" => Pick("1545", "15xx"),
        "documentname" => "v1",
        "q" => Pick("ремонт", "Шевченка", "опалення"),
        "password" => "Fuzz-password-2026",
        "username" => "fuzz" + random.Next(100000).ToString(CultureInfo.InvariantCulture),
        _ => Pick("Тестове значення", "Прошу відремонтувати дорогу", "Іваненко", "вул. Хрещатик, 1", "Відповідь надано"),
    };

    private string Pick(params string[] values) => values[random.Next(values.Length)];

    /// <summary>A value that breaks the schema or carries hostile text; <paramref name="kind"/> picks how.</summary>
    public JsonNode? Invalid(JsonNode? schemaNode, int kind)
    {
        var s = Resolve(schemaNode);
        var type = s is null ? "string" : MainType(s);
        return (kind % 6) switch
        {
            0 => type is "string" ? JsonValue.Create(12345) : JsonValue.Create("не число"),
            1 => JsonValue.Create(new string('Ж', (s?["maxLength"] is JsonValue max ? max.GetValue<int>() : 20000) + 1)),
            2 => JsonValue.Create(Nasty[random.Next(Nasty.Length)]),
            3 => type is "integer" or "number" ? JsonValue.Create(random.Next(2) == 0 ? long.MaxValue : -1) : JsonValue.Create("9999-99-99"),
            4 => new JsonArray(JsonValue.Create("x")),
            _ => null,
        };
    }

    public string InvalidText(int kind) => (kind % 5) switch
    {
        0 => "not-a-" + random.Next(100),
        1 => new string('z', 3000),
        2 => Nasty[random.Next(Nasty.Length)],
        3 => "-99999999999999999999",
        _ => "0001-01-01",
    };

    /// <summary>Ids the host answered with, used as path values so that valid cases reach real records.</summary>
    public void Harvest(JsonNode? node, int depth = 0)
    {
        if (depth > 6 || KnownIds.Count > 2000) return;
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                    if (value is JsonValue v && v.TryGetValue<string>(out var text) && (key == "id" || key.EndsWith("Id", StringComparison.Ordinal))
                        && Guid.TryParse(text, out var id))
                        KnownIds.Add(id);
                    else Harvest(value, depth + 1);
                break;
            case JsonArray a:
                foreach (var item in a.Take(20)) Harvest(item, depth + 1);
                break;
        }
    }
}
