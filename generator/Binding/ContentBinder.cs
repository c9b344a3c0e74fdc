using SiteGen.Content;
using SiteGen.Diagnostics;
using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>Maps every loaded document onto the domain records; never throws on bad content.</summary>
public static class ContentBinder
{
    public static BoundContent Bind(IReadOnlyList<SourceDocument> documents, DiagnosticBag diagnostics)
    {
        var scope = new BindingScope(diagnostics);
        Programme? programme = null;
        var subprojects = new List<Subproject>();
        var updates = new List<Update>();
        var messages = new List<Message>();
        var risks = new List<Risk>();
        RiskRegister? register = null;
        var pages = new List<Page>();
        var glossary = new List<GlossaryTerm>();

        foreach (var document in documents.Where(d => d.Data is not null))
        {
            FileFailure.While(document.Path, () => BindOne(document));
        }

        void BindOne(SourceDocument document)
        {
            switch (document.Kind)
            {
                case ContentKind.Programme:
                    programme = ProgrammeBinder.Bind(document, scope);
                    break;
                case ContentKind.Risks:
                    (register, var bound) = RiskBinder.Bind(document, scope);
                    risks.AddRange(bound);
                    break;
                case ContentKind.Subproject:
                    Add(subprojects, SubprojectBinder.Bind(document, scope));
                    break;
                case ContentKind.Update:
                    Add(updates, UpdateBinder.Bind(document, scope));
                    break;
                case ContentKind.Message:
                    Add(messages, MessageBinder.Bind(document, scope));
                    break;
                case ContentKind.Page:
                    Add(pages, PageBinder.Bind(document, scope));
                    break;
                case ContentKind.Glossary:
                    glossary.AddRange(GlossaryBinder.BindAll(document, scope));
                    break;
            }
        }

        return new BoundContent(
            programme, [.. subprojects], [.. updates], [.. messages], [.. risks], [.. pages],
            [.. scope.References], [.. scope.Declarations], scope.ParentSpans.ToDictionary().ToImmutableDictionary(),
            Slugs(documents, ContentKind.Subproject), Slugs(documents, ContentKind.Update), Slugs(documents, ContentKind.Page), register)
        {
            Glossary = [.. glossary],
            AttachmentFiles = Slugs(documents, ContentKind.Attachment),
        };
    }

    private static ImmutableSortedSet<string> Slugs(IReadOnlyList<SourceDocument> documents, ContentKind kind) =>
        documents.Where(d => d.Kind == kind).Select(d => d.Slug).ToImmutableSortedSet(StringComparer.Ordinal);

    private static void Add<T>(List<T> list, T? item) where T : class
    {
        if (item is not null)
        {
            list.Add(item);
        }
    }
}
