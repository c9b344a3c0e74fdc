using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Common;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering.Html;

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
/// full parse per page was most of the build, and every check here is about tags, attributes and text. Its tokens are
/// read as structs whose names and text are slices of the page, so a page costs no string per tag or text node.
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
        var page = new PageText(html.Length);
        var headings = 0;
        var headingHasText = false;
        var inHeading = false;
        var foreignDepth = 0;
        var policies = 0;
        var inScript = false;
        // An immutable source lets the tokenizer hand out names, values and text as slices of one pooled buffer, not strings.
        using var tokenizer = new HtmlTokenizer(new TextSource(new StringTextSource(html)), HtmlEntityProvider.Resolver);
        for (ref var token = ref tokenizer.GetStructToken(); token.Type != HtmlTokenType.EndOfFile; token = ref tokenizer.GetStructToken())
        {
            ReadOnlySpan<char> name = token.Name;
            switch (token.Type)
            {
                case HtmlTokenType.StartTag:
                    policies += CheckTag(url, at, ref token) ? 1 : 0;
                    inScript = name is "script";
                    page.Open(name);
                    headings += name is "h1" ? 1 : 0;
                    inHeading |= name is "h1";
                    foreignDepth += In(Foreign, name) && !token.IsSelfClosing ? 1 : 0;
                    if (foreignDepth == 0 && TextModes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var mode))
                    {
                        tokenizer.State = mode;
                    }

                    break;
                case HtmlTokenType.EndTag:
                    inScript = false;
                    page.Close(name);
                    inHeading &= name is not "h1";
                    foreignDepth -= In(Foreign, name) && foreignDepth > 0 ? 1 : 0;
                    break;
                case HtmlTokenType.Character:
                    if (inScript && !name.IsWhiteSpace())
                    {
                        diagnostics.Error(DiagnosticCodes.UnsafeOutput, at, $"The page {url} has an inline script; scripts are files in /assets/.");
                    }

                    page.Text(name);
                    headingHasText |= inHeading && !name.IsWhiteSpace();
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
        else if (!headingHasText)
        {
            diagnostics.Error(DiagnosticCodes.PageStructure, at, $"The page {url} has an empty h1; it needs a heading a reader can see.");
        }

        return page.Finish();
    }

    /// <summary>Checks one start tag against the allow-list; true when it is the site's Content-Security-Policy meta tag.</summary>
    private bool CheckTag(string url, SourceSpan at, ref StructHtmlToken tag)
    {
        void Refuse(string problem) => diagnostics.Error(DiagnosticCodes.UnsafeOutput, at, $"The page {url} {problem}");

        // The allow-list's own key names the tag, so an allowed tag costs no string.
        if (!Allowed.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tag.Name, out var tagName, out var allowed))
        {
            Refuse($"has a <{tag.Name}> element, which the site never publishes.");
            return false;
        }

        var isPolicy = false;
        var attributes = tag.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            ReadOnlySpan<char> name = attribute.Name;
            if (!In(GlobalAttributes, name) && !In(allowed, name) && !name.StartsWith("aria-", StringComparison.Ordinal) && !name.StartsWith("data-", StringComparison.Ordinal))
            {
                Refuse($"has the attribute {name.ToString().ToLowerInvariant()} on <{tagName}>, which the site never publishes.");
            }
            else if (name is "href" or "src" or "action" && !SafeUrl.IsSafe(attribute.Value.ToString()))
            {
                Refuse($"has the address {Shorten(attribute.Value.ToString())} in {name} on <{tagName}>; only http, https, mailto, tel and addresses on the site are allowed.");
            }
            else if (name is "style" && !ContentSecurityPolicy.AllowedStyleAttributes.Contains(attribute.Value.ToString()))
            {
                Refuse($"has the inline style \"{Shorten(attribute.Value.ToString())}\" on <{tagName}>; styles belong in /assets/site.css.");
            }
            else if (name is "http-equiv")
            {
                isPolicy = ((ReadOnlySpan<char>)attribute.Value).Equals("Content-Security-Policy", StringComparison.OrdinalIgnoreCase) && tag.GetAttribute("content") == ContentSecurityPolicy.Value;
                if (!isPolicy)
                {
                    Refuse($"has <meta http-equiv=\"{Shorten(attribute.Value.ToString())}\">; the only one allowed is the site's Content-Security-Policy.");
                }
            }
        }

        if (tagName == "script" && !((ReadOnlySpan<char>)tag.GetAttribute("src")).StartsWith("/assets/", StringComparison.Ordinal))
        {
            Refuse($"has a script that is not one of the site's own files in /assets/: {Shorten(Describe(ref tag))}");
        }

        var resource = tagName switch
        {
            "img" or "script" => tag.GetAttribute("src"),
            // A canonical link names the page's own published address; browsers do not fetch it.
            "link" when tag.GetAttribute("rel") != "canonical" => tag.GetAttribute("href"),
            "form" => tag.GetAttribute("action"),
            _ => StringOrMemory.Empty,
        };
        if (resource.Length > 0 && !IsLocal(resource))
        {
            Refuse($"loads or sends to {Shorten(resource.ToString())}, which is not on the site; the site makes no third-party requests.");
        }

        return isPolicy;
    }

    /// <summary>Looks a name up without making a string of it: the tokenizer hands out names as slices of the page.</summary>
    private static bool In(HashSet<string> set, ReadOnlySpan<char> name) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    private static bool IsLocal(ReadOnlySpan<char> source) => source.StartsWith('/') && !source.StartsWith("//", StringComparison.Ordinal);

    private static string Describe(ref StructHtmlToken tag)
    {
        var attributes = new StringBuilder();
        for (var i = 0; i < tag.Attributes.Count; i++)
        {
            attributes.Append($" {tag.Attributes[i].Name}=\"{tag.Attributes[i].Value}\"");
        }

        return $"<script{attributes}>";
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    /// <summary>
    /// The words a reader came for: the first main (the body when there is none) without its navigation
    /// (breadcrumbs), header, footer, scripts and styles. Runs of text between tags are joined with line breaks,
    /// so a heading and the paragraph after it do not run together into one word.
    /// </summary>
    private sealed class PageText(int length)
    {
        private readonly StringBuilder _main = PageBuilder.Take(length);
        private readonly StringBuilder _body = PageBuilder.Take(length);
        private bool _inRun;
        private int _mainDepth;
        private int _chromeDepth;
        private bool _mainSeen;
        private bool _inBody;

        /// <summary>The text; the builders go back for the next page.</summary>
        public string Finish()
        {
            var text = (_mainSeen ? _main : _body).ToString();
            PageBuilder.GiveBack(_main);
            PageBuilder.GiveBack(_body);
            return text;
        }

        public void Open(ReadOnlySpan<char> name)
        {
            Break();
            _inBody |= name is "body";
            if (name is "main" && (_mainDepth > 0 || !_mainSeen))
            {
                _mainDepth++;
                _mainSeen = true;
            }

            _chromeDepth += In(Chrome, name) ? 1 : 0;
        }

        public void Close(ReadOnlySpan<char> name)
        {
            Break();
            _mainDepth -= name is "main" && _mainDepth > 0 ? 1 : 0;
            _chromeDepth -= In(Chrome, name) && _chromeDepth > 0 ? 1 : 0;
        }

        /// <summary>Text joins the run it continues; a new run starts on a line of its own.</summary>
        public void Text(ReadOnlySpan<char> text)
        {
            if (text.IsEmpty || _chromeDepth > 0 || (_mainDepth == 0 && (!_inBody || _mainSeen)))
            {
                return;
            }

            var target = _mainDepth > 0 ? _main : _body;
            if (!_inRun && target.Length > 0)
            {
                target.Append('\n');
            }

            target.Append(text);
            _inRun = true;
        }

        /// <summary>A tag or comment ends a text node.</summary>
        public void Break() => _inRun = false;
    }
}
