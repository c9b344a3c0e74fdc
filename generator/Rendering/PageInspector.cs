using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>
/// Reads every finished page back as HTML and refuses what must never be published, whatever a template
/// or content did: no script but our own, no event handlers, no javascript: URLs, no request to another
/// host, exactly one h1, and that one not empty. The same pass gives the page's main text for the search index,
/// so no page is read twice.
/// </summary>
/// <remarks>
/// It reads the page with the HTML tokenizer browsers use (AngleSharp's), switching to raw text after
/// <c>script</c>, <c>style</c> and the like as a browser's tree builder does, but builds no DOM: at 10,000 pages a
/// full parse per page was most of the build, and every check here is about tags, attributes and text.
/// </remarks>
public sealed class PageInspector(DiagnosticBag diagnostics)
{
    private static readonly HashSet<string> Chrome = ["nav", "header", "footer", "script", "style"];
    private static readonly HashSet<string> Foreign = ["svg", "math"];

    /// <summary>Elements whose text the tokenizer reads as raw text or RCDATA in HTML content, as the tree builder tells it to.</summary>
    private static readonly Dictionary<string, HtmlParseMode> TextModes = new(StringComparer.Ordinal)
    {
        ["script"] = HtmlParseMode.Script,
        ["style"] = HtmlParseMode.Rawtext,
        ["xmp"] = HtmlParseMode.Rawtext,
        ["iframe"] = HtmlParseMode.Rawtext,
        ["noembed"] = HtmlParseMode.Rawtext,
        ["noframes"] = HtmlParseMode.Rawtext,
        ["title"] = HtmlParseMode.RCData,
        ["textarea"] = HtmlParseMode.RCData,
        ["plaintext"] = HtmlParseMode.Plaintext,
    };

    /// <summary>Reports what must not be published and returns the text of the page's main content.</summary>
    public string Inspect(string url, string templateName, string html)
    {
        var at = SourceSpan.AtFile(templateName);
        var page = new PageText();
        var headings = 0;
        var headingText = new StringBuilder();
        var inHeading = false;
        var foreignDepth = 0;
        using var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            switch (token.Type)
            {
                case HtmlTokenType.StartTag:
                    var tag = token.AsTag();
                    var name = tag.Name;
                    CheckTag(url, at, tag);
                    page.Open(name);
                    headings += name == "h1" ? 1 : 0;
                    inHeading |= name == "h1";
                    foreignDepth += Foreign.Contains(name) && !tag.IsSelfClosing ? 1 : 0;
                    if (foreignDepth == 0 && TextModes.TryGetValue(name, out var mode))
                    {
                        tokenizer.State = mode;
                    }

                    break;
                case HtmlTokenType.EndTag:
                    page.Close(token.Name);
                    inHeading &= token.Name != "h1";
                    foreignDepth -= Foreign.Contains(token.Name) && foreignDepth > 0 ? 1 : 0;
                    break;
                case HtmlTokenType.Character:
                    page.Text(token.Data);
                    headingText.Append(inHeading ? token.Data : "");
                    break;
                case HtmlTokenType.Comment:
                    page.Break();
                    break;
            }
        }

        if (headings != 1)
        {
            diagnostics.Error(DiagnosticCodes.PageStructure, at, $"The page {url} has {headings} h1 elements; every page needs exactly one.");
        }
        else if (string.IsNullOrWhiteSpace(headingText.ToString()))
        {
            diagnostics.Error(DiagnosticCodes.PageStructure, at, $"The page {url} has an empty h1; it needs a heading a reader can see.");
        }

        return page.MainText;
    }

    private void CheckTag(string url, SourceSpan at, HtmlTagToken tag)
    {
        foreach (var attribute in tag.Attributes)
        {
            if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeOutput, at, $"The page {url} has an event handler attribute {attribute.Name} on <{tag.Name}>.");
            }
            else if (attribute.Name is "href" or "src" or "action" or "srcset" && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(DiagnosticCodes.UnsafeOutput, at, $"The page {url} has a javascript: URL on <{tag.Name}>.");
            }
        }

        if (tag.Name == "script" && !IsLocal(tag.GetAttribute("src")))
        {
            diagnostics.Error(DiagnosticCodes.UnsafeOutput, at, $"The page {url} has a script that is not one of the site's own files in /assets/: {Shorten(Describe(tag))}");
        }

        var resource = tag.Name switch
        {
            "img" or "script" or "iframe" or "audio" or "video" or "source" or "embed" => tag.GetAttribute("src"),
            // A canonical link names the page's own published address; browsers do not fetch it.
            "link" when tag.GetAttribute("rel") != "canonical" => tag.GetAttribute("href"),
            _ => null,
        };
        if (!string.IsNullOrEmpty(resource) && !IsLocal(resource))
        {
            diagnostics.Error(DiagnosticCodes.UnsafeOutput, at, $"The page {url} loads {resource} from another host; the site makes no third-party requests.");
        }
    }

    private static bool IsLocal(string? source) =>
        source is not null && source.StartsWith('/') && !source.StartsWith("//", StringComparison.Ordinal);

    private static string Describe(HtmlTagToken tag) =>
        $"<script{string.Concat(tag.Attributes.Select(a => $" {a.Name}=\"{a.Value}\""))}>";

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    /// <summary>
    /// The words a reader came for: the first main (the body when there is none) without its navigation
    /// (breadcrumbs), header, footer, scripts and styles. Runs of text between tags are joined with line breaks,
    /// so a heading and the paragraph after it do not run together into one word.
    /// </summary>
    private sealed class PageText
    {
        private readonly List<string> _main = [];
        private readonly List<string> _body = [];
        private readonly StringBuilder _run = new();
        private int _mainDepth;
        private int _chromeDepth;
        private bool _mainSeen;
        private bool _inBody;

        public string MainText => string.Join('\n', _mainSeen ? _main : _body);

        public void Open(string name)
        {
            Break();
            _inBody |= name == "body";
            if (name == "main" && (_mainDepth > 0 || !_mainSeen))
            {
                _mainDepth++;
                _mainSeen = true;
            }

            _chromeDepth += Chrome.Contains(name) ? 1 : 0;
        }

        public void Close(string name)
        {
            Break();
            _mainDepth -= name == "main" && _mainDepth > 0 ? 1 : 0;
            _chromeDepth -= Chrome.Contains(name) && _chromeDepth > 0 ? 1 : 0;
        }

        public void Text(string text)
        {
            if (_chromeDepth == 0 && (_mainDepth > 0 || (_inBody && !_mainSeen)))
            {
                _run.Append(text);
            }
        }

        /// <summary>A tag or comment ends a text node.</summary>
        public void Break()
        {
            if (_run.Length > 0)
            {
                (_mainDepth > 0 ? _main : _body).Add(_run.ToString());
                _run.Clear();
            }
        }
    }
}
