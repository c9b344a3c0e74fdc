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
    public static ScriptObject Create(SiteChrome site, UiStrings strings, MarkdownCatalog markdown, TemplateSet templates)
    {
        var functions = new ScriptObject
        {
            ["site"] = site,
            ["links"] = SiteLinks.Instance,
            ["t"] = strings.Root,
            ["content_security_policy"] = ContentSecurityPolicy.Value,
        };
        functions["e"] = TypedFunction.Of<string?, string>(HtmlText.Escape);
        functions["label"] = TypedFunction.Of<Enum, string>(strings.Label);
        functions["key"] = TypedFunction.Of<Enum, string>(EnumKeys.KeyOf);
        functions["markdown"] = TypedFunction.Of<MarkdownText?, string>(markdown.HtmlOf);
        functions["date"] = TypedFunction.Of<PartialDate?, string>(d => d?.Norwegian ?? "");
        functions["money"] = TypedFunction.Of<Money?, string>(m => m is null ? "" : NorwegianFormat.Money(m));
        functions["number"] = TypedFunction.Of<decimal, string>(NorwegianFormat.Number);
        functions["url"] = TypedFunction.Of<object, string>(UrlOf);
        functions["attr"] = TypedFunction.Of<string, string?, string>(Attribute);
        functions["count"] = TypedFunction.Of<int, string, string, string>(Count);
        var dates = new DateHtml(strings);
        var tags = new StatusTag(strings);
        functions["date_html"] = TypedFunction.Of<PartialDate?, string>(dates.Date);
        functions["period_html"] = TypedFunction.Of<PartialDate?, PartialDate?, string>(dates.Period);
        functions["tag_html"] = TypedFunction.Of<Enum, string>(tags.Html);
        PartialFunctions.AddTo(functions, templates);
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
        SubprojectLink link => link.Url,
        Update u => SiteUrls.Update(u.Slug),
        Page p => SiteUrls.Page(p.Slug),
        Audience a => SiteUrls.Audience(a),
        _ => throw new ArgumentException($"No page for {item.GetType().Name}."),
    };
}
