using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>Assertions on where a problem was reported, with every diagnostic in the failure message.</summary>
public static class Reported
{
    public static Diagnostic Error(BuildResult result, string code, string file, int line, int column)
    {
        var match = result.Diagnostics.FirstOrDefault(d =>
            d.IsError && d.Code == code && d.Span.File.EndsWith("content/" + file, StringComparison.Ordinal));
        var all = string.Join('\n', result.Diagnostics);
        Assert.True(match is not null, $"No {code} in {file}. Reported:\n{all}");
        Assert.True((line, column) == (match.Span.Line, match.Span.Column), $"Expected {code} at {line}:{column}. Reported:\n{all}");
        return match;
    }
}
