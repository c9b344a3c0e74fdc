using System.Collections.Immutable;
using SiteGen.Binding;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>What to publish: drafts and items dated after the as-of date are left out unless asked for.</summary>
public sealed record PublishOptions(DateOnly AsOf, bool IncludeDrafts);

/// <summary>
/// Cross-document rules: references resolve, ids are unique, parents are one level deep, free pages keep
/// clear of the site's own addresses. Returns the site model of what did bind, also when errors were found, so
/// the Markdown in it is checked in the same run; null only without a programme. The caller must not publish
/// a model while the diagnostics hold errors.
/// </summary>
public static class SiteValidator
{
    public static SiteModel? Validate(BoundContent content, PublishOptions options, DiagnosticBag diagnostics)
    {
        CheckUniqueIds(content.Declarations, diagnostics);
        CheckReferences(content, diagnostics);
        WarnAboutMissingSources(content, diagnostics);
        CheckParents(content, diagnostics);
        CheckPageRoutes(content.Pages, content.Subprojects, diagnostics);
        CheckPlaceholders(content, diagnostics);

        if (content.Programme is null)
        {
            return null;
        }

        bool Published(bool draft, PartialDate? date) =>
            options.IncludeDrafts || (!draft && (date is null || date.Start <= options.AsOf));

        var subprojects = content.Subprojects.Where(s => Published(s.Draft, null)).ToList();
        var visible = subprojects.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        var updates = content.Updates.Where(u => Published(u.Draft, u.Date)).ToList();
        var updateSlugs = updates.Select(u => u.Slug).ToHashSet(StringComparer.Ordinal);

        // A draft that is left out must not leave links to it behind.
        ImmutableArray<string> Visible(ImmutableArray<string> slugs) => [.. slugs.Where(visible.Contains)];

        return new SiteModel(
            content.Programme,
            [.. subprojects.Select(s => s.Parent is null || visible.Contains(s.Parent) ? s : s with { Parent = null })
                .OrderBy(s => s.Order).ThenBy(s => s.Title, StringComparer.Ordinal)],
            [.. updates.Select(u => u with { Subprojects = Visible(u.Subprojects) })
                .OrderByDescending(u => u.Date).ThenBy(u => u.Slug, StringComparer.Ordinal)],
            [.. content.Messages.Where(m => Published(m.Draft, m.Date))
                .Select(m => m with { Subprojects = Visible(m.Subprojects), Update = m.Update is not null && updateSlugs.Contains(m.Update) ? m.Update : null })
                .OrderBy(m => m.Date).ThenBy(m => m.Slug, StringComparer.Ordinal)],
            [.. content.Risks.Select(r => r with { Subprojects = Visible(r.Subprojects) })
                .OrderBy(r => r.Kind == RiskKind.Opportunity ? 0 : 1).ThenBy(r => r.Id, NaturalIdComparer.Instance)],
            [.. content.Pages.Where(p => Published(p.Draft, null)).OrderBy(p => p.Order).ThenBy(p => p.Title, StringComparer.Ordinal)],
            options.AsOf,
            content.RiskRegister)
        {
            // In the editor's order: sorting Æ, Ø and Å right needs culture data the generator runs without.
            Glossary = content.Glossary,
        };
    }

    private static void CheckUniqueIds(ImmutableArray<Declaration> declarations, DiagnosticBag diagnostics)
    {
        foreach (var group in declarations.GroupBy(d => (d.Scope, d.Id)).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, duplicate.Span,
                    $"«{duplicate.Id}» er brukt før (linje {first.Span.Line} i {first.Span.File}). Gi denne en annen id.");
            }
        }
    }

    private static void CheckReferences(BoundContent content, DiagnosticBag diagnostics)
    {
        var sourceIds = (content.Programme?.Sources ?? []).Select(s => s.Id).ToImmutableSortedSet(StringComparer.Ordinal);
        foreach (var reference in content.References)
        {
            var (known, noun, hintWhere) = reference.Target switch
            {
                ReferenceTarget.Subproject => (content.SubprojectFiles, "delprosjekt", "Skriv filnavnet (uten .md) til en fil i content/subprojects/."),
                ReferenceTarget.Update => (content.UpdateFiles, "oppdatering", "Skriv filnavnet (uten .md) til en fil i content/updates/."),
                ReferenceTarget.Attachment => (content.AttachmentFiles, "fil", "Legg filen i content/files/, og skriv navnet med endelse, for eksempel «statusrapport.pdf»."),
                _ => (sourceIds, "kilde", "Skriv id-en til en av kildene under «sources» i programme.yml, eller legg kilden til der."),
            };
            if (known.Contains(reference.Slug))
            {
                continue;
            }

            var suggestion = Suggestions.Closest(reference.Slug, known);
            var hint = suggestion is null ? hintWhere : $"Mente du «{suggestion}»?";
            diagnostics.Error(DiagnosticCodes.UnknownReference, reference.Span, $"Det finnes ingen {noun} «{reference.Slug}». {hint}");
        }
    }

    /// <summary>Readers are told where every subproject and update comes from; one without a source is worth a look.</summary>
    private static void WarnAboutMissingSources(BoundContent content, DiagnosticBag diagnostics)
    {
        var missing = content.Subprojects.Where(s => s.Sources.IsEmpty).Select(s => s.SourcePath)
            .Concat(content.Updates.Where(u => u.Sources.IsEmpty).Select(u => u.SourcePath));
        foreach (var path in missing)
        {
            diagnostics.Warning(DiagnosticCodes.MissingSource, new SourceSpan(path, 1, 1),
                "Filen sier ikke hvilken kilde den er skrevet fra. Legg til for eksempel «source: { id: statusrapport, pages: 2-5 }» med id-en til en kilde i programme.yml.");
        }
    }

    private static void CheckParents(BoundContent content, DiagnosticBag diagnostics)
    {
        var bySlug = content.Subprojects.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        foreach (var subproject in content.Subprojects.Where(s => s.Parent is not null))
        {
            var span = content.ParentSpans[subproject.Slug];
            if (subproject.Parent == subproject.Slug)
            {
                diagnostics.Error(DiagnosticCodes.NestedParent, span, "Et delprosjekt kan ikke være del av seg selv. Fjern «parent», eller skriv navnet på et annet delprosjekt.");
            }
            else if (bySlug.TryGetValue(subproject.Parent!, out var parent) && parent.Parent is not null)
            {
                diagnostics.Error(DiagnosticCodes.NestedParent, span,
                    $"«{parent.Slug}» er selv del av «{parent.Parent}», og deler kan bare ha ett nivå. Skriv «parent: {parent.Parent}».");
            }
        }
    }

    private static void CheckPlaceholders(BoundContent content, DiagnosticBag diagnostics)
    {
        foreach (var (body, draft) in content.Subprojects.Select(s => (s.Body, s.Draft))
            .Concat(content.Updates.Select(u => (u.Body, u.Draft)))
            .Concat(content.Messages.Select(m => (m.Body, m.Draft))))
        {
            Placeholders.Check(body, draft, diagnostics);
        }
    }

    private static void CheckPageRoutes(ImmutableArray<Page> pages, ImmutableArray<Subproject> subprojects, DiagnosticBag diagnostics)
    {
        foreach (var subproject in subprojects.Where(s => SiteUrls.ReservedSubprojectSlugs.Contains(s.Slug)))
        {
            diagnostics.Error(DiagnosticCodes.RouteCollision, new SourceSpan(subproject.SourcePath, 1, 1),
                $"Adressen /delprosjekter/{subproject.Slug}/ brukes allerede av nettstedet. Gi filen et annet navn, for eksempel «{subproject.Slug}-prosjekt.md».");
        }

        foreach (var page in pages.Where(p => SiteUrls.Reserved.Contains(p.Slug)))
        {
            diagnostics.Error(DiagnosticCodes.RouteCollision, new SourceSpan(page.SourcePath, 1, 1),
                $"Adressen /{page.Slug}/ brukes allerede av nettstedet. Gi filen et annet navn, for eksempel «om-{page.Slug}.md».");
        }
    }
}
