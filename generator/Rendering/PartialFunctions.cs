using System.Collections;
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
/// The template functions that draw partials: <c>{{ include 'partials/x.sbn' a b }}</c> draws the partial once (the
/// arguments as <c>$1</c>, <c>$2</c>…); <c>{{ each 'partials/x.sbn' items extra }}</c> draws it once per item (the item
/// as <c>$1</c>, the extra arguments after it); <c>{{ joined 'partials/x.sbn' items ', ' }}</c> does the same with the
/// separator between the items; <c>{{ show views }}</c> draws an <see cref="IPartialView"/>, or each one of a list,
/// with its own partial, and nothing for null.
/// </summary>
/// <remarks>
/// They replace Scriban's own <c>include</c>, which renders every partial into a new string builder of its own and
/// hands the text up through each level: a subproject page draws hundreds of partials, and that copying and
/// allocating was most of its cost. Here a partial is evaluated in place, in a local scope of its own, writing straight
/// into the page. The templates never indent a partial's call, so Scriban's indenting of included text does not apply.
/// Errors in a partial are still reported at the partial's line and column.
/// </remarks>
public sealed class PartialFunctions : IScriptCustomFunction
{
    private enum Kind { Include, Each, Joined, Show }

    private readonly Kind _kind;
    private readonly TemplateSet _templates;

    private PartialFunctions(Kind kind, TemplateSet templates) => (_kind, _templates) = (kind, templates);

    public static void AddTo(ScriptObject functions, TemplateSet templates)
    {
        functions["include"] = new PartialFunctions(Kind.Include, templates);
        functions["each"] = new PartialFunctions(Kind.Each, templates);
        functions["joined"] = new PartialFunctions(Kind.Joined, templates);
        functions["show"] = new PartialFunctions(Kind.Show, templates);
    }

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? default;
        var (first, extra) = _kind switch
        {
            Kind.Include => (0, 1),
            Kind.Each => (1, 2),
            Kind.Joined => (1, 3),
            _ => (0, 1),
        };
        if (arguments.Count < extra)
        {
            throw new ScriptRuntimeException(span, _kind switch
            {
                Kind.Include => "include needs a partial.",
                Kind.Each => "each needs a partial and a list.",
                Kind.Joined => "joined needs a partial, a list and a separator.",
                _ => "show needs a view or a list of views.",
            });
        }

        if (_kind == Kind.Include)
        {
            Draw(context, callerContext, PartialNamed(context.ObjectToString(arguments[0]) ?? "", span), arguments);
            return null;
        }

        var separator = _kind == Kind.Joined ? context.ObjectToString(arguments[2]) : null;
        var name = _kind == Kind.Show ? null : context.ObjectToString(arguments[0]) ?? "";
        var named = name is null ? null : PartialNamed(name, span);
        var started = false;
        foreach (var item in Items(arguments[first]))
        {
            if (started && separator is not null)
            {
                context.Write(separator);
            }

            started = true;
            var partialName = name ?? (item as IPartialView ?? throw new ScriptRuntimeException(span, $"show cannot draw a {item.GetType().Name}: it names no partial.")).Partial;
            var values = new ScriptArray(2 + arguments.Count - extra) { partialName, item };
            for (var i = extra; i < arguments.Count; i++)
            {
                values.Add(arguments[i]);
            }

            Draw(context, callerContext, named ?? PartialNamed(partialName, span), values);
        }

        return null;
    }

    private Template PartialNamed(string name, Scriban.Parsing.SourceSpan span) =>
        _templates.Find(name) ?? throw new ScriptRuntimeException(span, $"There is no template '{name}' in the templates folder.");

    /// <summary>
    /// Evaluates the partial where the call stands, in a scope of its own, with <paramref name="arguments"/> as <c>$0</c>
    /// (its name, as Scriban's include gives it), <c>$1</c>…
    /// </summary>
    private static void Draw(TemplateContext context, ScriptNode? callerContext, Template partial, ScriptArray arguments)
    {
        context.EnterRecursive(callerContext);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            if (partial.Page is { } page && context.Evaluate(page) is { } result)
            {
                context.Write(page.Span, result);
            }
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(callerContext);
        }
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

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "first" : "argument");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
