using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Rendering;

/// <summary>
/// A C# function a template calls, called directly. Scriban's own wrapper for a delegate calls it by reflection
/// (<c>Delegate.DynamicInvoke</c>), which on pages that escape and format hundreds of values was a large part of
/// rendering. Scriban has already converted each argument to the parameter's type when <see cref="Invoke"/> runs, and
/// reports a call with too few or too many arguments at its template line and column.
/// </summary>
public sealed class TypedFunction : IScriptCustomFunction
{
    private readonly Type[] _parameters;
    private readonly Type _result;
    private readonly Func<ScriptArray, object?> _call;

    private TypedFunction(Type[] parameters, Type result, Func<ScriptArray, object?> call) => (_parameters, _result, _call) = (parameters, result, call);

    public static TypedFunction Of<T, TResult>(Func<T, TResult> function) =>
        new([typeof(T)], typeof(TResult), a => function((T)a[0]!));

    public static TypedFunction Of<T1, T2, TResult>(Func<T1, T2, TResult> function) =>
        new([typeof(T1), typeof(T2)], typeof(TResult), a => function((T1)a[0]!, (T2)a[1]!));

    public static TypedFunction Of<T1, T2, T3, TResult>(Func<T1, T2, T3, TResult> function) =>
        new([typeof(T1), typeof(T2), typeof(T3)], typeof(TResult), a => function((T1)a[0]!, (T2)a[1]!, (T3)a[2]!));

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) => _call(arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(_call(arguments));

    public int RequiredParameterCount => _parameters.Length;

    public int ParameterCount => _parameters.Length;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => _result;

    public ScriptParameterInfo GetParameterInfo(int index) => new(_parameters[Math.Min(index, _parameters.Length - 1)], "value");
}
