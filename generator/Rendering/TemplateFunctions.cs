using Scriban.Runtime;
using SiteGen.Markdown;
using SiteGen.Model;
using SiteGen.Shaping;

namespace SiteGen.Rendering;

/// <summary>
/// What every template may use besides its page: the layout's <c>site</c>, the fixed <c>links</c>, the words
/// <c>t</c>, and functions that format a value (none decides anything); built once per build and shared by all pages.
/// </summary>
public static class TemplateFunctions
{
    public static ScriptObject Create(SiteChrome site, UiStrings strings, MarkdownCatalog markdown)
    {
        var functions = new ScriptObject
        {
            ["site"] = site,
            ["links"] = SiteLinks.Instance,
            ["t"] = strings.Root,
            ["content_security_policy"] = ContentSecurityPolicy.Value,
        };
        functions.Import("e", new Func<string?, string>(HtmlText.Escape));
        functions.Import("label", new Func<Enum, string>(strings.Label));
        functions.Import("key", new Func<Enum, string>(EnumKeys.KeyOf));
        functions.Import("markdown", new Func<MarkdownText?, string>(markdown.HtmlOf));
        functions.Import("date", new Func<PartialDate?, string>(d => d?.Norwegian ?? ""));
        functions.Import("money", new Func<Money?, string>(m => m is null ? "" : NorwegianFormat.Money(m)));
        functions.Import("number", new Func<decimal, string>(NorwegianFormat.Number));
        functions.Import("url", new Func<object, string>(UrlOf));
        functions.Import("attr", new Func<string, string?, string>(Attribute));
        functions.Import("count", new Func<int, string, string, string>(Count));
        var dates = new DateHtml(strings);
        var tags = new StatusTag(strings);
        functions.Import("date_html", new Func<PartialDate?, string>(dates.Date));
        functions.Import("period_html", new Func<PartialDate?, PartialDate?, string>(dates.Period));
        functions.Import("tag_html", new Func<Enum, string>(tags.Html));
        PartialFunctions.AddTo(functions);
        return functions;
    }

    /// <summary>An attribute the page model gives a value or leaves out (null): <c> name="value"</c>, escaped, or nothing.</summary>
    public static string Attribute(string name, string? value) => value is null ? "" : $" {name}=\"{HtmlText.Escape(value)}\"";

    /// <summary>A number with its noun, singular for one: "1 melding", "3 meldinger".</summary>
    public static string Count(int number, string one, string many) =>
        number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (number == 1 ? one : many);

    /// <summary>The address of a subproject, update, free page or audience page, as the routing stage gives it.</summary>
    private static string UrlOf(object item) => item switch
    {
        Subproject s => SiteUrls.Subproject(s.Slug),
        Update u => SiteUrls.Update(u.Slug),
        Page p => SiteUrls.Page(p.Slug),
        Audience a => SiteUrls.Audience(a),
        _ => throw new ArgumentException($"No page for {item.GetType().Name}."),
    };
}
