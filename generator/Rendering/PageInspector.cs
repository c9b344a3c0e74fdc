using System.Runtime.InteropServices;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Html;

namespace SiteGen.Rendering;

/// <summary>
/// Reads every finished page back as HTML and refuses what must never be published, whatever a template or content
/// did (the rules are <see cref="PageReading"/>'s). Also exactly one h1, and that one not empty. The same pass gives
/// the page's main text for the search index, so no page is read twice.
/// </summary>
/// <remarks>
/// A page is read as a browser reads it. Pages in the plain form the site writes are read by the quick
/// <see cref="StrictHtmlReader"/>, which reads such pages exactly as a browser does; any other page, and any page
/// with something hostile in it that escaping did not catch, is read with the HTML tokenizer browsers use
/// (AngleSharp's), switching to raw text after <c>script</c>, <c>style</c> and the like as a browser's tree builder
/// does, but building no DOM: every check here is about tags, attributes and text.
/// </remarks>
public sealed class PageInspector(DiagnosticBag diagnostics)
{
    /// <summary>Reports what must not be published and returns the text of the page's main content.</summary>
    public string Inspect(string url, string templateName, string html)
    {
        var reading = new PageReading(url, html.Length);
        if (!StrictHtmlReader.TryRead(html, reading))
        {
            reading.Abandon();
            reading = new PageReading(url, html.Length);
            ReadAsBrowser(html, reading);
        }

        return reading.Finish(diagnostics, SourceSpan.AtFile(templateName));
    }

    /// <summary>The same inspection with the browser tokenizer only, for tests that compare it with the quick reader.</summary>
    internal string InspectAsBrowser(string url, string templateName, string html)
    {
        var reading = new PageReading(url, html.Length);
        ReadAsBrowser(html, reading);
        return reading.Finish(diagnostics, SourceSpan.AtFile(templateName));
    }

    private static void ReadAsBrowser(string html, PageReading reading)
    {
        var attributes = new List<TagAttribute>();
        // An immutable source lets the tokenizer hand out names, values and text as slices of one pooled buffer, not strings.
        using var tokenizer = new HtmlTokenizer(new TextSource(new StringTextSource(html)), HtmlEntityProvider.Resolver);
        for (ref var token = ref tokenizer.GetStructToken(); token.Type != HtmlTokenType.EndOfFile; token = ref tokenizer.GetStructToken())
        {
            switch (token.Type)
            {
                case HtmlTokenType.StartTag:
                    attributes.Clear();
                    for (var i = 0; i < token.Attributes.Count; i++)
                    {
                        var attribute = token.Attributes[i];
                        attributes.Add(new TagAttribute(attribute.Name.ToString(), attribute.Value.ToString().AsMemory()));
                    }

                    if (reading.StartTag(token.Name, CollectionsMarshal.AsSpan(attributes), token.IsSelfClosing, out _) is { } mode)
                    {
                        tokenizer.State = mode;
                    }

                    break;
                case HtmlTokenType.EndTag:
                    reading.EndTag(token.Name);
                    break;
                case HtmlTokenType.Character:
                    reading.Text(token.Name);
                    break;
                case HtmlTokenType.Comment:
                    reading.Comment();
                    break;
            }
        }
    }
}
