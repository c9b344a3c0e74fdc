using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Shaping;

/// <summary>
/// One line of a facts list (a term and its value), drawn by the partial of its kind; only facts that are known are
/// in the list, so the template has nothing to decide.
/// </summary>
public abstract record Fact(string Label) : IPartialView
{
    public string Partial => "partials/fact/" + Kind + ".sbn";

    protected abstract string Kind { get; }
}

/// <summary>A text; null where the source does not say, shown as not given.</summary>
public sealed record TextFact(string Label, string? Text) : Fact(Label)
{
    protected override string Kind => "text";
}

/// <summary>A status or health word as a tag, with the source's note after it when there is one.</summary>
public sealed record TagFact(string Label, Enum Tag, string? Note = null) : Fact(Label)
{
    protected override string Kind => "tag";
}

/// <summary>A date, shown as not given when it is null.</summary>
public sealed record DateFact(string Label, PartialDate? Date) : Fact(Label)
{
    protected override string Kind => "date";
}

/// <summary>From and to, either of which may be unknown (the period partial says which).</summary>
public sealed record PeriodFact(string Label, PartialDate? Start, PartialDate? End) : Fact(Label)
{
    protected override string Kind => "period";
}

public sealed record LinkFact(string Label, string Url, string Text) : Fact(Label)
{
    protected override string Kind => "link";
}

/// <summary>How many parts a subproject has, linked to the section listing them.</summary>
public sealed record PartsFact(string Label, string Url, int Count) : Fact(Label)
{
    protected override string Kind => "parts";
}

/// <summary>The facts the source does not give, named in one line instead of one "not given" per fact.</summary>
public sealed record MissingFact(string Label, IReadOnlyList<string> Names) : Fact(Label)
{
    protected override string Kind => "missing";
}
