using Scriban.Runtime;
using SiteGen.Binding;
using SiteGen.Markdown;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>The functions templates may call, besides Scriban's builtins; built once per build and shared by all pages.</summary>
public static class TemplateFunctions
{
    public static ScriptObject Create(SiteView site, UiStrings strings, MarkdownCatalog markdown)
    {
        var functions = new ScriptObject
        {
            ["site"] = site,
            ["t"] = strings.Root,
        };
        functions.Import("e", new Func<string?, string>(HtmlText.Escape));
        functions.Import("label", new Func<Enum, string>(strings.Label));
        functions.Import("key", new Func<Enum, string>(EnumKeys.KeyOf));
        functions.Import("markdown", new Func<MarkdownText?, string>(markdown.HtmlOf));
        functions.Import("date", new Func<PartialDate?, string>(d => d?.Norwegian ?? ""));
        functions.Import("money", new Func<Money?, string>(m => m is null ? "" : NorwegianFormat.Money(m)));
        functions.Import("number", new Func<decimal, string>(NorwegianFormat.Number));
        functions.Import("subproject", new Func<string, Subproject?>(site.Subproject));
        functions.Import("update", new Func<string, Update?>(site.Update));
        functions.Import("children", new Func<Subproject, IReadOnlyList<Subproject>>(site.ChildrenOf));
        functions.Import("updates_for", new Func<Subproject, IReadOnlyList<Update>>(site.UpdatesFor));
        functions.Import("messages_for", new Func<Subproject, IReadOnlyList<Message>>(site.MessagesFor));
        functions.Import("messages_of", new Func<Update, IReadOnlyList<Message>>(site.MessagesFor));
        functions.Import("risks_for", new Func<Subproject, IReadOnlyList<Risk>>(site.RisksFor));
        functions.Import("url", new Func<object, string>(UrlOf));
        functions.Import("absolute", new Func<string, string>(url => site.BaseUrl + url));
        return functions;
    }

    private static string UrlOf(object item) => item switch
    {
        Subproject s => SiteUrls.Subproject(s.Slug),
        Update u => SiteUrls.Update(u.Slug),
        Page p => SiteUrls.Page(p.Slug),
        _ => throw new ArgumentException($"No page for {item.GetType().Name}."),
    };
}
