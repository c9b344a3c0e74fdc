using SiteGen.Content;
using SiteGen.Diagnostics;
using System.Collections.Immutable;
using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>
/// What one content file binds to: its record (or the risks and their register, or the glossary's terms), and what
/// it noted for validation and found wrong, in a scope of its own. It depends on nothing but the file, so a preview
/// session keeps it while the file is unchanged.
/// </summary>
public sealed record BoundFile(object? Record, RiskRegister? Register, ImmutableArray<Risk> Risks, ImmutableArray<GlossaryTerm> Glossary, BindingScope Scope);

/// <summary>Maps every loaded document onto the domain records; never throws on bad content.</summary>
public static class ContentBinder
{
    /// <param name="bindFile">How a file is bound: <see cref="BindFile"/>, or a preview session's memory of it.</param>
    public static BoundContent Bind(IReadOnlyList<SourceDocument> documents, DiagnosticBag diagnostics, Func<SourceDocument, BoundFile>? bindFile = null)
    {
        bindFile ??= BindFile;
        Programme? programme = null;
        var subprojects = new List<Subproject>();
        var updates = new List<Update>();
        var messages = new List<Message>();
        var risks = new List<Risk>();
        RiskRegister? register = null;
        var pages = new List<Page>();
        var glossary = new List<GlossaryTerm>();
        var references = new List<Reference>();
        var declarations = new List<Declaration>();
        var parentSpans = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);

        // Each file binds on its own, so they bind in parallel; they are gathered in the documents' order.
        var withData = documents.Where(d => d.Data is not null).ToArray();
        var files = new BoundFile[withData.Length];
        Parallel.For(0, withData.Length, i => files[i] = bindFile(withData[i]));
        foreach (var file in files)
        {
            switch (file.Record)
            {
                case Programme p:
                    programme = p;
                    break;
                case Subproject s:
                    subprojects.Add(s);
                    break;
                case Update u:
                    updates.Add(u);
                    break;
                case Message m:
                    messages.Add(m);
                    break;
                case Page p:
                    pages.Add(p);
                    break;
            }

            register = file.Register ?? register;
            risks.AddRange(file.Risks);
            glossary.AddRange(file.Glossary);
            references.AddRange(file.Scope.References);
            declarations.AddRange(file.Scope.Declarations);
            foreach (var (slug, span) in file.Scope.ParentSpans)
            {
                parentSpans[slug] = span;
            }

            diagnostics.AddRange(file.Scope.Diagnostics);
        }

        return new BoundContent(
            programme, [.. subprojects], [.. updates], [.. messages], [.. risks], [.. pages],
            [.. references], [.. declarations], parentSpans.ToImmutableDictionary(),
            Slugs(documents, ContentKind.Subproject), Slugs(documents, ContentKind.Update), Slugs(documents, ContentKind.Page), register)
        {
            Glossary = [.. glossary],
            AttachmentFiles = Slugs(documents, ContentKind.Attachment),
        };
    }

    /// <summary>Binds one loaded document (one with data) into a scope of its own.</summary>
    public static BoundFile BindFile(SourceDocument document)
    {
        var scope = new BindingScope(new DiagnosticBag());
        return FileFailure.While(document.Path, () =>
        {
            switch (document.Kind)
            {
                case ContentKind.Programme:
                    return new BoundFile(ProgrammeBinder.Bind(document, scope), null, [], [], scope);
                case ContentKind.Risks:
                    var (register, risks) = RiskBinder.Bind(document, scope);
                    return new BoundFile(null, register, [.. risks], [], scope);
                case ContentKind.Subproject:
                    return new BoundFile(SubprojectBinder.Bind(document, scope), null, [], [], scope);
                case ContentKind.Update:
                    return new BoundFile(UpdateBinder.Bind(document, scope), null, [], [], scope);
                case ContentKind.Message:
                    return new BoundFile(MessageBinder.Bind(document, scope), null, [], [], scope);
                case ContentKind.Page:
                    return new BoundFile(PageBinder.Bind(document, scope), null, [], [], scope);
                case ContentKind.Glossary:
                    return new BoundFile(null, null, [], [.. GlossaryBinder.BindAll(document, scope)], scope);
                default:
                    return new BoundFile(null, null, [], [], scope);
            }
        });
    }

    private static ImmutableSortedSet<string> Slugs(IReadOnlyList<SourceDocument> documents, ContentKind kind) =>
        documents.Where(d => d.Kind == kind).Select(d => d.Slug).ToImmutableSortedSet(StringComparer.Ordinal);
}
