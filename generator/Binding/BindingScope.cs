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

    /// <summary>
    /// The <c>source</c> field: one <c>{ id, pages }</c> or a list of them, each id noted to be checked against
    /// the sources listed in programme.yml.
    /// </summary>
    public System.Collections.Immutable.ImmutableArray<SourceCitation> Sources(FieldReader reader, string key = "source")
    {
        var citations = new List<SourceCitation>();
        foreach (var item in reader.OneOrMany(key, CitationKeys))
        {
            var id = item.Text("id", required: true);
            if (id is not null)
            {
                Refer(ReferenceTarget.Source, id, item.SpanOf("id"));
                citations.Add(new SourceCitation(id, item.Text("pages")));
            }
        }

        return [.. citations];
    }

    internal static readonly string[] CitationKeys = ["id", "pages"];

    /// <summary>A <c>file:</c> field: the name of a file under content/files/, noted to be checked once all files are read.</summary>
    public string? Attachment(FieldReader reader, string key = "file")
    {
        var name = reader.Text(key);
        if (name is null)
        {
            return null;
        }

        if (!Content.Attachments.IsValidName(name))
        {
            Diagnostics.Error(DiagnosticCodes.AttachmentRefused, reader.SpanOf(key),
                $"«{name}» kan ikke være navnet på en fil som publiseres. {Content.Attachments.Advice}");
            return null;
        }

        References.Add(new Reference(ReferenceTarget.Attachment, name, reader.SpanOf(key)));
        return name;
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
