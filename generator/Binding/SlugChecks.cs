using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>Checks the file name a page's address is made from.</summary>
public static class SlugChecks
{
    public static void RequireValidFileName(SourceDocument document, DiagnosticBag diagnostics)
    {
        if (!Slugs.IsValid(document.Slug))
        {
            diagnostics.Error(DiagnosticCodes.InvalidSlug, document.Start,
                $"Filnavnet «{document.Slug}» kan ikke brukes i en nettadresse. Bruk bare a–z, 0–9 og bindestrek: gi filen navnet «{Slugs.From(document.Slug)}.md».");
        }
    }

    /// <summary>Dated files (updates, messages) are named <c>yyyy-mm-dd-name.md</c> with the same date as their <c>date</c> field.</summary>
    public static void RequireDatedFileName(SourceDocument document, PartialDate? date, SourceSpan dateSpan, DiagnosticBag diagnostics)
    {
        RequireValidFileName(document, diagnostics);
        var prefix = Slugs.DatePrefix(document.Slug);
        if (prefix is null)
        {
            var example = date?.Precision == DatePrecision.Day ? date.Iso : "2024-03-18";
            diagnostics.Error(DiagnosticCodes.FileNameDateMismatch, document.Start,
                $"Filnavnet må starte med datoen, for eksempel «{example}-{Slugs.From(document.Slug)}.md».");
        }
        else if (date is not null && (date.Precision != DatePrecision.Day || date.Iso != prefix))
        {
            diagnostics.Error(DiagnosticCodes.FileNameDateMismatch, dateSpan,
                $"«date: {date.Iso}» stemmer ikke med datoen {prefix} i filnavnet. Skriv «date: {prefix}», eller gi filen nytt navn.");
        }
    }
}
