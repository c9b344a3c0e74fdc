using SiteGen.Model;
using SiteGen.Diagnostics;

namespace SiteGen.Binding;

/// <summary>What binders note for validation while they read: references to check and ids that must be unique.</summary>
public sealed class BindingScope(DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public List<Reference> References { get; } = [];

    public List<Declaration> Declarations { get; } = [];

    public Dictionary<string, SourceSpan> ParentSpans { get; } = new(StringComparer.Ordinal);

    /// <summary>Notes slugs that must name a subproject or an update; a malformed slug is reported here and not looked up.</summary>
    public void Refer(ReferenceTarget target, string slug, SourceSpan span)
    {
        if (!Slugs.IsValid(slug))
        {
            Diagnostics.Error(DiagnosticCodes.InvalidSlug, span,
                $"«{slug}» er ikke et gyldig navn. Bruk filnavnet uten .md, med bare a–z, 0–9 og bindestrek, for eksempel «{Slugs.From(slug)}».");
            return;
        }

        References.Add(new Reference(target, slug, span));
    }

    public System.Collections.Immutable.ImmutableArray<string> Subprojects(FieldReader reader, string key = "subprojects")
    {
        var slugs = new List<string>();
        foreach (var (slug, span) in reader.TextListWithSpans(key))
        {
            Refer(ReferenceTarget.Subproject, slug, span);
            slugs.Add(slug);
        }

        return [.. slugs.Distinct()];
    }
}
