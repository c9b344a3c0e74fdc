using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Binding;

public static class GlossaryBinder
{
    internal static readonly string[] FileKeys = ["terms"];
    internal static readonly string[] Keys = ["term", "expansion", "explanation"];

    public static IEnumerable<GlossaryTerm> BindAll(SourceDocument document, BindingScope scope)
    {
        var file = new FieldReader(document, document.Data!, scope.Diagnostics, FileKeys);
        foreach (var item in file.Items("terms", Keys))
        {
            var term = item.Text("term", required: true);
            var expansion = item.Text("expansion");
            var explanation = item.Text("explanation");
            if (term is null)
            {
                continue;
            }

            // A term the sources do not explain may stand alone: the glossary then says so, rather than guess.
            scope.Declarations.Add(new Declaration("glossary", term, item.SpanOf("term")));
            yield return new GlossaryTerm(term, expansion, explanation);
        }
    }
}
