using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Ratusha.Load;

/// <summary>
/// Property-based checking of the API against its own OpenAPI document, in the manner of schemathesis (which needs
/// PyPI): reads /openapi/v1.json from a running host, then as an anonymous visitor and as each demo role sends every
/// operation a bounded number of generated requests — valid ones, and invalid ones (wrong types, missing or over-long
/// fields, NUL and broken Unicode, malformed JSON, wrong content types, impossible numbers and dates). A failure is any
/// 5xx, a status the document does not declare for the operation, or a content type it does not declare for that status.
/// </summary>
internal static class Fuzz
{
    private static readonly string[] Methods = ["get", "post", "put", "delete", "patch"];

    private sealed record Operation(string Method, string Path, JsonObject Spec);

    private sealed record Failure(string Role, string Method, string Url, string Case, int Status, string ContentType, string Why, string Body);

    private sealed class RoleTally
    {
        public int Operations;
        public int Requests;
        public readonly SortedDictionary<int, int> Statuses = [];
        public readonly List<Failure> Failures = [];
    }

    public static async Task<int> RunAsync(FuzzOptions o)
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(o.Seed);
        using var anonymous = Client(o.BaseUrl);
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!.AsObject();
        var values = new FuzzValues(document, random);
        var operations = (document["paths"] as JsonObject ?? [])
            .SelectMany(p => Methods.Where(m => p.Value?[m] is JsonObject).Select(m => new Operation(m.ToUpperInvariant(), p.Key, p.Value![m]!.AsObject())))
            .ToList();
        Console.WriteLine($"{operations.Count} operations in {o.BaseUrl}openapi/v1.json; {o.PerOperation} requests per operation and role");

        var tallies = new Dictionary<string, RoleTally>();
        var stopped = false;
        foreach (var role in (string[])["anonymous", .. o.Roles])
        {
            var tally = tallies[role] = new RoleTally();
            using var client = Client(o.BaseUrl);
            if (role != "anonymous")
            {
                var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = role, password = o.Password });
                if (login.StatusCode != HttpStatusCode.NoContent)
                {
                    Console.Error.WriteLine($"Log-in as {role} failed: {(int)login.StatusCode}");
                    return 1;
                }
            }
            // A signed-in role does not log out or log in again in the middle of its run.
            var mine = operations.Where(op => role == "anonymous" || !op.Path.StartsWith("/api/v1/auth/", StringComparison.Ordinal)).ToList();
            foreach (var op in mine)
            {
                if (clock.Elapsed > o.MaxTime) { stopped = true; break; }
                tally.Operations++;
                for (var n = 0; n < o.PerOperation; n++)
                {
                    var (request, label) = Build(op, n, values, random);
                    using (request)
                    {
                        HttpResponseMessage response;
                        try
                        {
                            response = await client.SendAsync(request);
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                        {
                            tally.Failures.Add(new Failure(role, op.Method, request.RequestUri!.ToString(), label, 0, "", "no answer: " + e.Message, ""));
                            continue;
                        }
                        using (response)
                        {
                            tally.Requests++;
                            var status = (int)response.StatusCode;
                            tally.Statuses[status] = tally.Statuses.GetValueOrDefault(status) + 1;
                            var body = await response.Content.ReadAsStringAsync();
                            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
                            if (mediaType.Contains("json", StringComparison.Ordinal) && status < 300)
                                try { values.Harvest(JsonNode.Parse(body)); } catch (System.Text.Json.JsonException) { }
                            if (Check(op, status, mediaType, body.Length) is { } why)
                                tally.Failures.Add(new Failure(role, op.Method, request.RequestUri!.ToString(), label, status, mediaType, why,
                                    body.Length > 300 ? body[..300] : body));
                        }
                    }
                }
            }
            Console.WriteLine($"{role}: {tally.Operations} operations, {tally.Requests} requests, {tally.Failures.Count} failures ({clock.Elapsed:mm\\:ss})");
            if (stopped) break;
        }

        var report = Report(tallies, operations.Count, o, clock.Elapsed, stopped);
        Console.WriteLine(report);
        if (o.Report is not null) await File.WriteAllTextAsync(o.Report, report);
        return tallies.Values.Any(t => t.Failures.Count > 0) || stopped ? 1 : 0;
    }

    private static HttpClient Client(Uri baseUrl) => new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        BaseAddress = baseUrl,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>Request <paramref name="n"/> of an operation: the first third valid, the rest each broken in one way.</summary>
    private static (HttpRequestMessage, string) Build(Operation op, int n, FuzzValues values, Random random)
    {
        var valid = n < Math.Max(1, n / 3 + 1) && n % 3 == 0;
        var kind = n;
        var label = valid ? "valid" : "";
        var path = op.Path;
        var query = new List<string>();
        var parameters = op.Spec["parameters"] as JsonArray ?? [];
        var breakParameter = !valid && parameters.Count > 0 && n % 2 == 1 ? random.Next(parameters.Count) : -1;
        for (var i = 0; i < parameters.Count; i++)
        {
            var p = parameters[i]!.AsObject();
            var name = p["name"]!.GetValue<string>();
            var where = p["in"]?.GetValue<string>();
            var required = p["required"]?.GetValue<bool>() == true || where == "path";
            string text;
            if (i == breakParameter)
            {
                text = values.InvalidText(kind);
                // A blank path segment is another URL, not a value of this operation's parameter.
                if (where == "path" && string.IsNullOrWhiteSpace(text)) text = "не-ідентифікатор";
                label = $"parameter {name} = {Short(text)}";
            }
            else
            {
                if (!required && random.Next(3) == 0) continue;
                var value = values.Valid(p["schema"], name);
                text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "";
            }
            var escaped = Uri.EscapeDataString(text).Replace("%40%40D800%40%40", "%ED%A0%80", StringComparison.Ordinal)
                .Replace("%40%40DFFF%40%40", "%ED%BF%BF", StringComparison.Ordinal);
            if (where == "path") path = path.Replace("{" + name + "}", escaped, StringComparison.Ordinal);
            else if (where == "query") query.Add($"{Uri.EscapeDataString(name)}={escaped}");
        }
        var url = query.Count == 0 ? path : path + "?" + string.Join('&', query);
        var request = new HttpRequestMessage(new HttpMethod(op.Method), url);

        var content = op.Spec["requestBody"]?["content"] as JsonObject;
        if (content is null) return (request, label == "" ? "valid" : label);
        var (mediaType, media) = content.First();
        var schema = media?["schema"];
        if (mediaType.StartsWith("multipart/", StringComparison.Ordinal))
        {
            var form = new MultipartFormDataContent();
            var bytes = valid || kind % 2 == 0 ? Encoding.UTF8.GetBytes("Тестовий файл.\n") : [0x4d, 0x5a, 0x90, 0x00];
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(valid ? "text/plain" : "application/x-msdownload");
            form.Add(file, "file", valid ? "note.txt" : kind % 2 == 0 ? "../../evil.txt" : "evil.exe");
            if (values.Resolve(schema)?["properties"] is JsonObject props)
                foreach (var (key, value) in props)
                    if (key != "file" && values.Valid(value, key) is JsonValue v) form.Add(new StringContent(v.ToString()), key);
            request.Content = form;
            return (request, valid ? "valid multipart" : "multipart with a hostile file");
        }

        if (valid)
        {
            request.Content = Json(values.Valid(schema)?.ToJsonString() ?? "{}");
            return (request, "valid");
        }
        if (label != "") // a broken parameter: the body stays valid
        {
            request.Content = Json(values.Valid(schema)?.ToJsonString() ?? "{}");
            return (request, label);
        }
        var body = values.Valid(schema);
        switch (kind % 7)
        {
            case 0:
                request.Content = new StringContent("{\"broken\": ", Encoding.UTF8, "application/json");
                return (request, "malformed JSON");
            case 1:
                request.Content = new StringContent(body?.ToJsonString() ?? "{}", Encoding.UTF8, random.Next(2) == 0 ? "text/plain" : "application/xml");
                return (request, "wrong content type");
            case 2:
                request.Content = Json(random.Next(2) == 0 ? "null" : "[]");
                return (request, "null or array body");
            default:
                if (body is JsonObject o && o.Count > 0)
                {
                    var key = o.Select(p => p.Key).ElementAt(random.Next(o.Count));
                    var propertySchema = values.Resolve(schema)?["properties"]?[key];
                    o[key] = values.Invalid(propertySchema, kind);
                    request.Content = Json(o.ToJsonString());
                    return (request, $"field {key} = {Short(o[key]?.ToJsonString() ?? "null")}");
                }
                request.Content = Json(values.Invalid(schema, kind)?.ToJsonString() ?? "null");
                return (request, "invalid body");
        }
    }

    private static StringContent Json(string text) => new(
        text.Replace("@@D800@@", "\\ud800", StringComparison.Ordinal).Replace("@@DFFF@@", "\\udfff", StringComparison.Ordinal),
        Encoding.UTF8, "application/json");

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>Why an answer breaks the document, or null when it conforms.</summary>
    private static string? Check(Operation op, int status, string mediaType, int bodyLength)
    {
        if (status >= 500) return "server error";
        var responses = op.Spec["responses"] as JsonObject ?? [];
        var declared = responses[status.ToString(CultureInfo.InvariantCulture)] ?? responses[$"{status / 100}XX"] ?? responses["default"];
        if (declared is null) return $"status {status} is not declared (declared: {string.Join(", ", responses.Select(r => r.Key))})";
        var content = declared["content"] as JsonObject;
        if (bodyLength == 0 || mediaType == "") return null;
        if (content is null || content.Count == 0) return $"a {mediaType} body where the document declares none";
        var matches = content.Any(c => c.Key == mediaType || c.Key == "*/*"
            || (c.Key.EndsWith("/*", StringComparison.Ordinal) && mediaType.StartsWith(c.Key[..^1], StringComparison.Ordinal)));
        return matches ? null : $"content type {mediaType} is not declared (declared: {string.Join(", ", content.Select(c => c.Key))})";
    }

    private static string Report(Dictionary<string, RoleTally> tallies, int operations, FuzzOptions o, TimeSpan elapsed, bool stopped)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Fuzz of {o.BaseUrl}: {operations} operations, {o.PerOperation} requests per operation and role, seed {o.Seed}, {elapsed:mm\\:ss}{(stopped ? " — STOPPED at the time limit" : "")}");
        text.AppendLine();
        text.AppendLine("| role | operations | requests | 2xx | 3xx | 4xx | 5xx | failures |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (role, t) in tallies)
        {
            int Count(int hundred) => t.Statuses.Where(s => s.Key / 100 == hundred).Sum(s => s.Value);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {role} | {t.Operations} | {t.Requests} | {Count(2)} | {Count(3)} | {Count(4)} | {Count(5)} | {t.Failures.Count} |");
        }
        var failures = tallies.Values.SelectMany(t => t.Failures).ToList();
        if (failures.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Failures ({failures.Count}; one line per operation and reason, first 60):");
            foreach (var f in failures.GroupBy(f => (f.Method, Path: f.Url.Split('?')[0], f.Why)).Select(g => g.First()).Take(60))
                text.AppendLine(CultureInfo.InvariantCulture, $"- {f.Role} {f.Method} {f.Url} [{f.Case}] → {f.Status} {f.ContentType}: {f.Why} {f.Body.ReplaceLineEndings(" ")}");
        }
        return text.ToString();
    }
}
