using Scriban;
using Scriban.Runtime;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>The functions templates draw lists with instead of looping: each item by its partial, with or without a separator.</summary>
public class PartialFunctionsTests
{
    [Theory]
    [InlineData("{{ joined 'item.sbn' items ', ' }}", "<b>a</b>, <b>b</b>, <b>c</b>")]
    [InlineData("{{ joined 'item.sbn' one ', ' }}", "<b>a</b>")]
    [InlineData("{{ joined 'item.sbn' none ', ' }}", "")]
    [InlineData("{{ each 'item.sbn' items }}", "<b>a</b><b>b</b><b>c</b>")]
    [InlineData("[{{ each 'item.sbn' nothing }}]", "[]")]
    public void Draws_each_item_by_its_partial_with_the_separator_between_them(string template, string expected)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("item.sbn"), "<b>{{ $1 }}</b>");
        File.WriteAllText(temp.Combine("page.sbn"), template);
        var templates = TemplateSet.Load(temp.Path, new DiagnosticBag(), p => p);
        var globals = new ScriptObject { ["items"] = new[] { "a", "b", "c" }, ["one"] = "a", ["none"] = Array.Empty<string>(), ["nothing"] = null };
        PartialFunctions.AddTo(globals);
        var context = new TemplateContext { TemplateLoader = templates, StrictVariables = true };
        context.PushGlobal(globals);
        foreach (var (name, parsed) in templates.All)
        {
            context.CachedTemplates[name] = parsed;
        }

        Assert.Equal(expected, templates.Find("page.sbn")!.Render(context));
    }
}
