using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Ratusha.Tests.Admin;

/// <summary>Pages read as a browser reads them: parsed HTML, labels, the messages next to a field.</summary>
internal static class PageReader
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The page is in Ukrainian, has this heading, and every field a user fills has a label.</summary>
    public static void AssertUkrainianAndLabelled(IHtmlDocument page, string heading)
    {
        Assert.Equal("uk", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent.Trim());
        var unlabelled = page.QuerySelectorAll("input, select, textarea")
            .Where(e => e.GetAttribute("type") is not ("hidden" or "submit" or "button"))
            .Where(e => e.Closest("label") is null && (e.Id is null || page.QuerySelector($"label[for='{e.Id}']") is null))
            .Select(e => e.GetAttribute("name") ?? e.Id ?? e.OuterHtml)
            .ToList();
        Assert.True(unlabelled.Count == 0, "Fields without a label: " + string.Join(", ", unlabelled));
    }

    /// <summary>The validation messages shown in the field block of the element with this id.</summary>
    public static string ErrorsNextTo(IHtmlDocument page, string id)
    {
        var field = page.GetElementById(id)?.Closest(".field") ?? throw new InvalidOperationException($"No field with id «{id}» on the page.");
        return string.Join(" ", field.QuerySelectorAll(".validation-message").Select(m => m.TextContent.Trim()));
    }

    public static string? Alert(IHtmlDocument page) => page.QuerySelector("[role=alert]")?.TextContent.Trim();

    public static string? Notice(IHtmlDocument page) => page.QuerySelector("[role=status]")?.TextContent.Trim();
}

/// <summary>
/// One form of a page, found by its form name (Blazor's <c>_handler</c> field), with the values the page rendered,
/// the antiforgery token included. Tests change fields by id or name and post it as the browser would.
/// </summary>
internal sealed class PageForm
{
    private readonly HttpClient client;
    private readonly string action;
    private readonly IElement form;
    private readonly List<KeyValuePair<string, string>> fields;

    private PageForm(HttpClient client, string action, IElement form, List<KeyValuePair<string, string>> fields) =>
        (this.client, this.action, this.form, this.fields) = (client, action, form, fields);

    public static async Task<PageForm> OpenAsync(HttpClient client, string url, string formName) =>
        Of(client, url, await PageReader.GetAsync(client, url), formName);

    public static PageForm Of(HttpClient client, string url, IHtmlDocument page, string formName)
    {
        var form = page.QuerySelectorAll("form").SingleOrDefault(f => f.QuerySelector($"input[name='_handler'][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"No form «{formName}» on {url}.");
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
        return new PageForm(client, action, form, [.. form.QuerySelectorAll("input, select, textarea").SelectMany(Values)]);
    }

    private static IEnumerable<KeyValuePair<string, string>> Values(IElement e)
    {
        var name = e.GetAttribute("name");
        if (string.IsNullOrEmpty(name) || e.HasAttribute("disabled")) yield break;
        switch (e)
        {
            case IHtmlInputElement { Type: "submit" or "button" or "reset" or "image" }:
                yield break;
            case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                if (box.IsChecked) yield return new(name, box.GetAttribute("value") ?? "on");
                yield break;
            case IHtmlInputElement input:
                yield return new(name, input.Value);
                yield break;
            case IHtmlTextAreaElement area:
                yield return new(name, area.Value);
                yield break;
            case IHtmlSelectElement select:
                var chosen = select.Options.Where(o => o.IsSelected).ToList();
                if (chosen.Count == 0 && !select.IsMultiple && select.Options.Length > 0) chosen = [select.Options[0]];
                foreach (var o in chosen) yield return new(name, o.Value);
                yield break;
        }
    }

    /// <summary>The name a field posts under, given its id or its name.</summary>
    private string NameOf(string idOrName) =>
        form.QuerySelector($"[id='{idOrName}']")?.GetAttribute("name") ?? idOrName;

    public PageForm Set(string idOrName, string value)
    {
        var name = NameOf(idOrName);
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
        return this;
    }

    public PageForm Check(string idOrName, bool on = true)
    {
        var element = form.QuerySelector($"[id='{idOrName}']") ?? form.QuerySelector($"[name='{idOrName}']");
        var name = element?.GetAttribute("name") ?? idOrName;
        fields.RemoveAll(f => f.Key == name);
        if (on) fields.Add(new(name, element?.GetAttribute("value") ?? "true"));
        return this;
    }

    public string? Value(string idOrName) => fields.LastOrDefault(f => f.Key == NameOf(idOrName)).Value;

    /// <summary>Posts the form as a browser would: with the field a submit button adds when it has a name.</summary>
    public async Task<IHtmlDocument> SubmitAsync(string? buttonName = null, string? buttonValue = null)
    {
        var body = buttonName is null ? fields : [.. fields, new(buttonName, buttonValue ?? "")];
        return await ReadAsync(await client.PostAsync(action, new FormUrlEncodedContent(body)));
    }

    /// <summary>Posts the form and gives the raw answer, for tests of what the host refuses.</summary>
    public Task<HttpResponseMessage> PostRawAsync() => client.PostAsync(action, new FormUrlEncodedContent(fields));

    /// <summary>Posts a form that declares <c>multipart/form-data</c> as a browser would, with this file chosen in the file field.</summary>
    public async Task<IHtmlDocument> SubmitFileAsync(string idOrName, string fileName, byte[] bytes)
    {
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var name = NameOf(idOrName);
        using var body = new MultipartFormDataContent();
        foreach (var (key, value) in fields.Where(f => f.Key != name)) body.Add(new StringContent(value), key);
        body.Add(new ByteArrayContent(bytes), name, fileName);
        return await ReadAsync(await client.PostAsync(action, body));
    }

    private async Task<IHtmlDocument> ReadAsync(HttpResponseMessage response)
    {
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther)
            return await PageReader.GetAsync(client, response.Headers.Location!.ToString());
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {action} answered {(int)response.StatusCode}: {html}");
        return PageReader.Parse(html);
    }
}
