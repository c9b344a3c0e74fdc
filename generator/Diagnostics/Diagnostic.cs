namespace SiteGen.Diagnostics;

/// <summary>One problem in the content or templates, reported as data rather than thrown.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceSpan Span, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Span}: {(IsError ? "error" : "warning")} {Code}: {SourceSpan.Escape(Message)}";
}
