using System.Collections;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Rendering;

/// <summary>A view record that names the partial template drawing it, so a page can be a list of such records of any kind.</summary>
public interface IPartialView
{
    string Partial { get; }
}

/// <summary>
/// The template functions that draw lists with partials, so a template says what to draw instead of looping:
/// <c>{{ each 'partials/x.sbn' items extra }}</c> draws the partial once per item (the item as <c>$1</c>, the
/// extra arguments as <c>$2</c>…); <c>{{ joined 'partials/x.sbn' items ', ' }}</c> does the same with the separator
/// between the items; <c>{{ show views }}</c> draws an <see cref="IPartialView"/>, or each one of a
/// list, with its own partial, and nothing for null. All go through Scriban's own <c>include</c>, so an error in a
/// partial is still reported at the partial's line and column.
/// </summary>
public sealed class PartialFunctions : IScriptCustomFunction
{
    private readonly bool _ownPartial;
    private readonly bool _separated;

    private PartialFunctions(bool ownPartial, bool separated = false) => (_ownPartial, _separated) = (ownPartial, separated);

    public static void AddTo(ScriptObject functions)
    {
        functions["each"] = new PartialFunctions(ownPartial: false);
        functions["joined"] = new PartialFunctions(ownPartial: false, separated: true);
        functions["show"] = new PartialFunctions(ownPartial: true);
    }

    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var include = (IScriptCustomFunction)context.BuiltinObject["include"]!;
        var span = callerContext?.Span ?? default;
        var first = _ownPartial ? 0 : 1;
        if (arguments.Count <= first + (_separated ? 1 : 0))
        {
            throw new ScriptRuntimeException(span, _ownPartial ? "show needs a view or a list of views." : _separated ? "joined needs a partial, a list and a separator." : "each needs a partial and a list.");
        }

        var separator = _separated ? context.ObjectToString(arguments[first + 1]) : "";
        var extra = first + (_separated ? 2 : 1);
        var output = new StringBuilder();
        foreach (var item in Items(arguments[first]))
        {
            output.Append(output.Length > 0 ? separator : "");
            var partial = _ownPartial
                ? (item as IPartialView ?? throw new ScriptRuntimeException(span, $"show cannot draw a {item.GetType().Name}: it names no partial.")).Partial
                : context.ObjectToString(arguments[0]);
            var included = new ScriptArray { partial, item };
            for (var i = extra; i < arguments.Count; i++)
            {
                included.Add(arguments[i]);
            }

            output.Append(context.ObjectToString(include.Invoke(context, callerContext, included, blockStatement)));
        }

        return output.ToString();
    }

    /// <summary>A single view is a list of one; null is an empty list.</summary>
    private static IEnumerable<object> Items(object? value) => value switch
    {
        null => [],
        IPartialView view => [view],
        IEnumerable list and not string => list.Cast<object>(),
        _ => [value],
    };

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "first" : "argument");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Invoke(context, callerContext, arguments, blockStatement));
}
