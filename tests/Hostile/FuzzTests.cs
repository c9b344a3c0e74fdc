using FsCheck;
using FsCheck.Fluent;
using SiteGen.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// Random front matter and Markdown, put together from the pieces hostile files are made of (brackets, quotes,
/// anchors, tabs, control characters, other scripts' digits, huge numbers, schemes, deep nesting), fed to
/// <c>check</c>: it must never throw, and every problem it reports must point into a file at a real line.
/// Plain FsCheck (not FsCheck.Xunit, whose attribute is built for another xunit major version), run inside a Fact.
/// </summary>
public class FuzzTests
{
    private static readonly string[] Keys = ["title", "summary", "order", "menu", "draft", "status", "start", "end", "estimate", "id", "url", "x", "titel", "<b>", "&a", "*a"];

    private static readonly string[] Values =
    [
        "Tittel", "\"", "'", "[", "]", "{", "}", "[[[[[[[[", "- ", ": ", "#", "&anker", "*anker", "|", ">", "\t", "\u0001", "\u200b", "٢٠٢٤-٠٣", "２０２４",
        "3000000000", "-1", "1e400", "99999999999999999999999999999", "0", "2024-13-45", "2024-Q9", "javascript:alert(1)", "java\tscript:x",
        "<script>alert(1)</script>", "<iframe srcdoc=x>", "\"><img src=x onerror=alert(1)>", "=HYPERLINK(\"x\")", "true", "null", "~", "ÆØÅ",
    ];

    private static readonly string[] Markdown =
    [
        "tekst ", "**", "_", "[lenke](", ")", "](/om/)", "<data:text/html,x>", "<javascript:alert(1)>", "![", "[r]: vbscript:x\n", "[r]",
        "&#106;avascript:", "\n", "\n\n", "> ", "- ", "1. ", "| a | b |\n|---|:-:|\n", "```\n", "<div onclick=x>", "\u0000", "\\", "`", "#",
    ];

    [Fact]
    public void Check_never_throws_and_locates_every_problem_in_random_front_matter_and_markdown()
    {
        var line = Gen.Zip(Gen.Elements(Keys), Gen.Elements(Values).ListOf().Select(v => string.Concat(v)))
            .Select(kv => $"{kv.Item1}: {kv.Item2}");
        var frontMatter = line.ListOf().Select(l => string.Join('\n', l));
        var body = Gen.Elements(Markdown).ListOf().Select(p => string.Concat(p));
        var nesting = Gen.Choose(0, 3).Select(n => n == 3 ? new string('[', 5_000) : "");
        var file = Gen.Zip(frontMatter, Gen.Zip(body, nesting)).Select(f => $"---\n{f.Item1}\n{f.Item2.Item2}\n---\n{f.Item2.Item1}\n");

        using var content = new ContentCopy();
        Prop.ForAll(Arb.From(Gen.Zip(file, file)), files =>
        {
            content.Write("pages/om.md", files.Item1).Write("subprojects/skole.md", files.Item2);
            var result = SiteBuilder.Build(content.Options, write: false);
            return result.Diagnostics.All(d => d.Span.Line >= 1 && d.Span.Column >= 1 && d.Span.File.Contains("content/", StringComparison.Ordinal) || d.Span.File.EndsWith(".sbn", StringComparison.Ordinal));
        }).QuickCheckThrowOnFailure();
    }
}
