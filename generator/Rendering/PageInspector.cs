using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// Reads every finished page back as HTML and refuses what must never be published, whatever a template
/// or content did. It works as an allow-list: only the elements and attributes the site's templates, Markdown and
/// charts produce may appear, every address must pass <see cref="SafeUrl"/>, everything loaded comes from the site
/// itself, scripts only as files from /assets/, and the page carries the <see cref="ContentSecurityPolicy"/>.
/// Also exactly one h1, and that one not empty. The same pass gives the page's main text for the search index,
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

    /// <summary>Allowed on every element.</summary>
    private static readonly HashSet<string> GlobalAttributes = ["class", "id", "title", "lang", "dir", "role", "tabindex", "hidden"];

    /// <summary>Elements of the templates, of Markdown and of the SVG charts, each with the attributes it may have besides the global ones.</summary>
    private static readonly Dictionary<string, HashSet<string>> Allowed = new(StringComparer.Ordinal)
    {
        ["html"] = [], ["head"] = [], ["body"] = [], ["title"] = [],
        ["meta"] = ["charset", "name", "content", "http-equiv"],
        ["link"] = ["rel", "href", "type"],
        ["script"] = ["src", "defer"],
        ["header"] = [], ["footer"] = [], ["main"] = [], ["nav"] = [], ["section"] = [], ["article"] = [], ["aside"] = [],
        ["div"] = [], ["span"] = [], ["p"] = [], ["br"] = [], ["hr"] = [],
        ["h1"] = [], ["h2"] = [], ["h3"] = [], ["h4"] = [], ["h5"] = [], ["h6"] = [],
        ["a"] = ["href", "download", "rel", "hreflang", "type"],
        ["img"] = ["src", "alt", "width", "height", "loading", "decoding"],
        ["ul"] = [], ["ol"] = ["start", "reversed", "type"], ["li"] = ["value"], ["dl"] = [], ["dt"] = [], ["dd"] = [],
        ["strong"] = [], ["em"] = [], ["b"] = [], ["i"] = [], ["del"] = [], ["ins"] = [], ["mark"] = [], ["sub"] = [], ["sup"] = [],
        ["small"] = [], ["abbr"] = [], ["q"] = [], ["cite"] = [], ["code"] = [], ["pre"] = [], ["kbd"] = [], ["blockquote"] = [],
        ["time"] = ["datetime"], ["figure"] = [], ["figcaption"] = [], ["details"] = ["open"], ["summary"] = [],
        ["table"] = [], ["caption"] = [], ["thead"] = [], ["tbody"] = [], ["tfoot"] = [], ["tr"] = [], ["col"] = ["span"], ["colgroup"] = ["span"],
        ["th"] = ["scope", "colspan", "rowspan", "headers", "abbr", "style"], ["td"] = ["colspan", "rowspan", "headers", "style"],
        ["form"] = ["action", "method"], ["label"] = ["for"], ["button"] = ["type"],
        ["input"] = ["type", "name", "autocomplete", "value", "placeholder", "spellcheck"],
        ["svg"] = ["viewbox", "width", "height", "xmlns", "focusable", "preserveaspectratio"],
        ["g"] = ["transform"], ["desc"] = [],
        ["rect"] = ["x", "y", "width", "height", "rx", "ry"], ["line"] = ["x1", "y1", "x2", "y2"],
        ["circle"] = ["cx", "cy", "r"], ["path"] = ["d"], ["polyline"] = ["points"], ["polygon"] = ["points"],
        ["text"] = ["x", "y", "dx", "dy", "text-anchor"], ["tspan"] = ["x", "y", "dx", "dy", "text-anchor"],
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
        var policies = 0;
        var inScript = false;
        using var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            switch (token.Type)
            {
                case HtmlTokenType.StartTag:
                    var tag = token.AsTag();
                    var name = tag.Name;
                    policies += CheckTag(url, at, tag) ? 1 : 0;
                    inScript = name == "script";
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
                    inScript = false;
                    page.Close(token.Name);
                    inHeading &= token.Name != "h1";
                    foreignDepth -= Foreign.Contains(token.Name) && foreignDepth > 0 ? 1 : 0;
                    break;
                case HtmlTokenType.Character:
                    if (inScript && !string.IsNullOrWhiteSpace(token.Data))
                    {
                        diagnostics.Error(DiagnosticCodes.UnsafeOutput, at, $"The page {url} has an inline script; scripts are files in /assets/.");
                    }

                    page.Text(token.Data);
                    headingText.Append(inHeading ? token.Data : "");
                    break;
                case HtmlTokenType.Comment:
                    page.Break();
                    break;
            }
        }

        if (policies != 1)
        {
            diagnostics.Error(DiagnosticCodes.UnsafeOutput, at,
                $"The page {url} has {policies} Content-Security-Policy meta tags; it needs exactly one: <meta http-equiv=\"Content-Security-Policy\" content=\"{{{{ content_security_policy }}}}\">.");
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

    /// <summary>Checks one start tag against the allow-list; true when it is the site's Content-Security-Policy meta tag.</summary>
    private bool CheckTag(string url, SourceSpan at, HtmlTagToken tag)
    {
        void Refuse(string problem) => diagnostics.Error(DiagnosticCodes.UnsafeOutput, at, $"The page {url} {problem}");

        if (!Allowed.TryGetValue(tag.Name, out var allowed))
        {
            Refuse($"has a <{tag.Name}> element, which the site never publishes.");
            return false;
        }

        var isPolicy = false;
        foreach (var attribute in tag.Attributes)
        {
            var name = attribute.Name.ToLowerInvariant();
            if (!GlobalAttributes.Contains(name) && !allowed.Contains(name) && !name.StartsWith("aria-", StringComparison.Ordinal) && !name.StartsWith("data-", StringComparison.Ordinal))
            {
                Refuse($"has the attribute {name} on <{tag.Name}>, which the site never publishes.");
            }
            else if (name is "href" or "src" or "action" && !SafeUrl.IsSafe(attribute.Value))
            {
                Refuse($"has the address {Shorten(attribute.Value)} in {name} on <{tag.Name}>; only http, https, mailto, tel and addresses on the site are allowed.");
            }
            else if (name == "style" && !ContentSecurityPolicy.AllowedStyleAttributes.Contains(attribute.Value))
            {
                Refuse($"has the inline style \"{Shorten(attribute.Value)}\" on <{tag.Name}>; styles belong in /assets/site.css.");
            }
            else if (name == "http-equiv")
            {
                isPolicy = attribute.Value.Equals("Content-Security-Policy", StringComparison.OrdinalIgnoreCase) && tag.GetAttribute("content") == ContentSecurityPolicy.Value;
                if (!isPolicy)
                {
                    Refuse($"has <meta http-equiv=\"{Shorten(attribute.Value)}\">; the only one allowed is the site's Content-Security-Policy.");
                }
            }
        }

        if (tag.Name == "script" && !tag.GetAttribute("src").StartsWith("/assets/", StringComparison.Ordinal))
        {
            Refuse($"has a script that is not one of the site's own files in /assets/: {Shorten(Describe(tag))}");
        }

        var resource = tag.Name switch
        {
            "img" or "script" => tag.GetAttribute("src"),
            // A canonical link names the page's own published address; browsers do not fetch it.
            "link" when tag.GetAttribute("rel") != "canonical" => tag.GetAttribute("href"),
            "form" => tag.GetAttribute("action"),
            _ => null,
        };
        if (!string.IsNullOrEmpty(resource) && !IsLocal(resource))
        {
            Refuse($"loads or sends to {Shorten(resource)}, which is not on the site; the site makes no third-party requests.");
        }

        return isPolicy;
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
