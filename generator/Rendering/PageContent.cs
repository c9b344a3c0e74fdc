using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Rendering.Html;

namespace SiteGen.Rendering;

/// <summary>
/// What the layout prints as <c>{{ content }}</c>: the page template's HTML, its tables labelled for narrow screens
/// (<see cref="TableLabeller"/>) as it is appended to the page being written. A labelled copy of every page's own part
/// first, only to be copied into the page, was a tenth of what rendering allocated.
/// </summary>
public sealed class PageContent(string html) : IScriptCustomFunction
{
    /// <summary>The content of a page template itself, which has none.</summary>
    public static readonly PageContent None = new("");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (context.Output is StringBuilderOutput output)
        {
            TableLabeller.AppendLabelled(html, output.Builder);
        }
        else
        {
            context.Write(TableLabeller.Label(html));
        }

        return null;
    }

    public int RequiredParameterCount => 0;

    public int ParameterCount => 0;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => throw new ArgumentOutOfRangeException(nameof(index), "content takes no arguments.");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
