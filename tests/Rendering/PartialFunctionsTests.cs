using Scriban;
using Scriban.Runtime;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>The functions templates draw partials with: one partial, each item of a list by its partial, with or without a separator.</summary>
public class PartialFunctionsTests
{
    [Theory]
    [InlineData("{{ joined 'item.sbn' items ', ' }}", "<b>a</b>, <b>b</b>, <b>c</b>")]
    [InlineData("{{ joined 'item.sbn' one ', ' }}", "<b>a</b>")]
    [InlineData("{{ joined 'item.sbn' none ', ' }}", "")]
    [InlineData("{{ each 'item.sbn' items }}", "<b>a</b><b>b</b><b>c</b>")]
    [InlineData("[{{ each 'item.sbn' nothing }}]", "[]")]
    [InlineData("({{ include 'item.sbn' 'x' }}) {{ include 'pair.sbn' 'y' 'z' }}", "(<b>x</b>) <b>y</b>=<b>z</b>.")]
    [InlineData("{{ each 'pair.sbn' items '-' }}", "<b>a</b>=<b>-</b>.<b>b</b>=<b>-</b>.<b>c</b>=<b>-</b>.")]
    public void Draws_each_item_by_its_partial_with_the_separator_between_them(string template, string expected)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("item.sbn"), "<b>{{ $1 }}</b>");
        // A partial drawing partials, each with its own arguments: the inner $1 does not overwrite the outer one.
        File.WriteAllText(temp.Combine("pair.sbn"), "{{ include 'item.sbn' $1 }}={{ include 'item.sbn' $2 }}.");
        File.WriteAllText(temp.Combine("page.sbn"), template);
        var templates = TemplateSet.Load(temp.Path, new DiagnosticBag(), p => p);
        var globals = new ScriptObject { ["items"] = new[] { "a", "b", "c" }, ["one"] = "a", ["none"] = Array.Empty<string>(), ["nothing"] = null };
        PartialFunctions.AddTo(globals, templates);
        var context = new TemplateContext { TemplateLoader = templates, StrictVariables = true };
        context.PushGlobal(globals);

        Assert.Equal(expected, templates.Find("page.sbn")!.Render(context));
    }
}
