namespace SiteGen.Model;

/// <summary>
/// An abbreviation or word from glossary.yml: what it stands for and, where the sources say, what it means. It builds
/// /ordliste/, and its first use on every page is marked as an abbreviation that links there.
/// </summary>
public sealed record GlossaryTerm(string Term, string? Expansion, string? Explanation)
{
    /// <summary>The term's id on /ordliste/, e.g. "ord-ohd" for ØHD.</summary>
    public string Anchor => "ord-" + Slugs.From(Term);

    /// <summary>What a reader sees on hovering the marked word: the expansion, or the explanation where there is none.</summary>
    public string? Title => Expansion ?? Explanation;
}
