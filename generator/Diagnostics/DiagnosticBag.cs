using System.Collections.Concurrent;

namespace SiteGen.Diagnostics;

/// <summary>Collects problems from every stage so one run reports all of them. Safe to share between render threads.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public bool HasErrors => _items.Any(d => d.IsError);

    public void Error(string code, SourceSpan span, string message) =>
        _items.Enqueue(new Diagnostic(Severity.Error, code, span, message));

    public void Warning(string code, SourceSpan span, string message) =>
        _items.Enqueue(new Diagnostic(Severity.Warning, code, span, message));

    public bool IsEmpty => _items.IsEmpty;

    public void AddRange(DiagnosticBag other)
    {
        // Most bags are empty (a preview step adds the problems of every file and text it reuses), and enumerating one allocates.
        if (other._items.IsEmpty)
        {
            return;
        }

        foreach (var diagnostic in other._items)
        {
            _items.Enqueue(diagnostic);
        }
    }

    /// <summary>Sorted by file, line and column so output is stable across runs and threads.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items.OrderBy(d => d.Span.File, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
