using System.Text;
using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering.Html;

namespace SiteGen.Rendering;

/// <summary>One attribute of a start tag as a browser reads it: the name in lower case, the value with its character references read.</summary>
public readonly record struct TagAttribute(string Name, ReadOnlyMemory<char> Value);

/// <summary>
/// What the <see cref="PageInspector"/> makes of one page, fed tag by tag and text by text by whichever reader read the
/// page: the allow-list's verdict on every tag, the count of h1 and Content-Security-Policy tags, and the text of the
/// page's main content. Problems are kept until <see cref="Finish"/>, so a reading given up half-way reports nothing.
/// </summary>
/// <remarks>
/// It works as an allow-list: only the elements and attributes the site's templates, Markdown and charts produce may
/// appear, every address must pass <see cref="SafeUrl"/>, everything loaded comes from the site itself, scripts only as
/// files from /assets/, and the page carries the <see cref="ContentSecurityPolicy"/>.
/// </remarks>
public sealed class PageReading(string url, int length)
{
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

    /// <summary>The allow-list looked up by the characters of a name, so an allowed tag costs no string.</summary>
    private static readonly Dictionary<string, HashSet<string>>.AlternateLookup<ReadOnlySpan<char>> AllowedByName = Allowed.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly PageText _text = new(length);
    private List<(string Code, string Message)>? _problems;
    private int _headings;
    private bool _headingHasText;
    private bool _inHeading;
    private int _foreignDepth;
    private int _policies;
    private bool _inScript;

    /// <summary>
    /// Checks a start tag; the result is the mode the tokenizer reads the element's text in, null for ordinary text.
    /// <paramref name="passes"/>: the tag has nothing wrong and is no Content-Security-Policy tag, so the same tag again
    /// may be given to <see cref="StartPassedTag"/>.
    /// </summary>
    public HtmlParseMode? StartTag(ReadOnlySpan<char> name, ReadOnlySpan<TagAttribute> attributes, bool selfClosing, out bool passes)
    {
        var problems = _problems?.Count ?? 0;
        var policy = CheckTag(name, attributes);
        _policies += policy ? 1 : 0;
        passes = !policy && (_problems?.Count ?? 0) == problems;
        return StartPassedTag(name, selfClosing);
    }

    /// <summary>A start tag that passed <see cref="StartTag"/> before, on this page or another: only what it opens is noted.</summary>
    public HtmlParseMode? StartPassedTag(ReadOnlySpan<char> name, bool selfClosing)
    {
        _inScript = name is "script";
        _text.Open(name);
        _headings += name is "h1" ? 1 : 0;
        _inHeading |= name is "h1";
        _foreignDepth += IsForeign(name) && !selfClosing ? 1 : 0;
        return _foreignDepth == 0 ? TextMode(name) : null;
    }

    public void EndTag(ReadOnlySpan<char> name)
    {
        _inScript = false;
        _text.Close(name);
        _inHeading &= name is not "h1";
        _foreignDepth -= IsForeign(name) && _foreignDepth > 0 ? 1 : 0;
    }

    /// <summary>Text as a browser reads it; a run of text may come in pieces.</summary>
    public void Text(ReadOnlySpan<char> text)
    {
        if (_inScript && !text.IsWhiteSpace())
        {
            Refuse(DiagnosticCodes.UnsafeOutput, $"The page {url} has an inline script; scripts are files in /assets/.");
        }

        _text.Text(text);
        _headingHasText |= _inHeading && !text.IsWhiteSpace();
    }

    public void Comment() => _text.Break();

    /// <summary>Reports what the page must not have, at <paramref name="template"/>, and returns the text of its main content.</summary>
    public string Finish(DiagnosticBag diagnostics, SourceSpan template)
    {
        if (_policies != 1)
        {
            Refuse(DiagnosticCodes.UnsafeOutput,
                $"The page {url} has {_policies} Content-Security-Policy meta tags; it needs exactly one: <meta http-equiv=\"Content-Security-Policy\" content=\"{{{{ content_security_policy }}}}\">.");
        }

        if (_headings != 1)
        {
            Refuse(DiagnosticCodes.PageStructure, $"The page {url} has {_headings} h1 elements; every page needs exactly one.");
        }
        else if (!_headingHasText)
        {
            Refuse(DiagnosticCodes.PageStructure, $"The page {url} has an empty h1; it needs a heading a reader can see.");
        }

        foreach (var (code, message) in _problems ?? [])
        {
            diagnostics.Error(code, template, message);
        }

        return _text.Finish();
    }

    /// <summary>Gives the reading up: nothing is reported, and its buffers go back for the next page.</summary>
    public void Abandon() => _text.Finish();

    private void Refuse(string code, string message) => (_problems ??= []).Add((code, message));

    /// <summary>Checks one start tag against the allow-list; true when it is the site's Content-Security-Policy meta tag.</summary>
    private bool CheckTag(ReadOnlySpan<char> name, ReadOnlySpan<TagAttribute> attributes)
    {
        void Unsafe(string problem) => Refuse(DiagnosticCodes.UnsafeOutput, $"The page {url} {problem}");

        // The allow-list's own key names the tag, so an allowed tag costs no string.
        if (!AllowedByName.TryGetValue(name, out var tagName, out var allowed))
        {
            Unsafe($"has a <{name}> element, which the site never publishes.");
            return false;
        }

        var isPolicy = false;
        foreach (var (attribute, memory) in attributes)
        {
            var value = memory.Span;
            if (!GlobalAttributes.Contains(attribute) && !allowed.Contains(attribute) && !attribute.StartsWith("aria-", StringComparison.Ordinal) && !attribute.StartsWith("data-", StringComparison.Ordinal))
            {
                Unsafe($"has the attribute {attribute} on <{tagName}>, which the site never publishes.");
            }
            else if (attribute is "href" or "src" or "action" && !SafeUrl.IsSafe(value.ToString()))
            {
                Unsafe($"has the address {Shorten(value)} in {attribute} on <{tagName}>; only http, https, mailto, tel and addresses on the site are allowed.");
            }
            else if (attribute is "style" && !ContentSecurityPolicy.AllowedStyleAttributes.Contains(value.ToString()))
            {
                Unsafe($"has the inline style \"{Shorten(value)}\" on <{tagName}>; styles belong in /assets/site.css.");
            }
            else if (attribute is "http-equiv")
            {
                isPolicy = value.Equals("Content-Security-Policy", StringComparison.OrdinalIgnoreCase) && Value(attributes, "content").SequenceEqual(ContentSecurityPolicy.Value);
                if (!isPolicy)
                {
                    Unsafe($"has <meta http-equiv=\"{Shorten(value)}\">; the only one allowed is the site's Content-Security-Policy.");
                }
            }
        }

        if (tagName == "script" && !Value(attributes, "src").StartsWith("/assets/", StringComparison.Ordinal))
        {
            Unsafe($"has a script that is not one of the site's own files in /assets/: {Shorten(Describe(attributes))}");
        }

        var resource = tagName switch
        {
            "img" or "script" => Value(attributes, "src"),
            // A canonical link names the page's own published address; browsers do not fetch it.
            "link" when !Value(attributes, "rel").SequenceEqual("canonical") => Value(attributes, "href"),
            "form" => Value(attributes, "action"),
            _ => [],
        };
        if (resource.Length > 0 && !IsLocal(resource))
        {
            Unsafe($"loads or sends to {Shorten(resource)}, which is not on the site; the site makes no third-party requests.");
        }

        return isPolicy;
    }

    /// <summary>The value of the first attribute called <paramref name="name"/>, as a browser keeps only the first of the same name; empty when there is none.</summary>
    private static ReadOnlySpan<char> Value(ReadOnlySpan<TagAttribute> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Name == name)
            {
                return attribute.Value.Span;
            }
        }

        return [];
    }

    /// <summary>Elements whose content a browser's tree builder reads as SVG or MathML, where no text is raw.</summary>
    private static bool IsForeign(ReadOnlySpan<char> name) => name is "svg" or "math";

    /// <summary>The mode a browser's tokenizer reads the text of an element in, as its tree builder tells it to in HTML content; null for ordinary text.</summary>
    private static HtmlParseMode? TextMode(ReadOnlySpan<char> name) => name switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "title" or "textarea" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => null,
    };

    private static bool IsLocal(ReadOnlySpan<char> source) => source.StartsWith('/') && !source.StartsWith("//", StringComparison.Ordinal);

    private static string Describe(ReadOnlySpan<TagAttribute> attributes)
    {
        var described = new StringBuilder("<script");
        foreach (var (name, value) in attributes)
        {
            described.Append($" {name}=\"{value}\"");
        }

        return described.Append('>').ToString();
    }

    private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 80 ? text.ToString() : string.Concat(text[..80], "…");

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

            _chromeDepth += IsChrome(name) ? 1 : 0;
        }

        public void Close(ReadOnlySpan<char> name)
        {
            Break();
            _mainDepth -= name is "main" && _mainDepth > 0 ? 1 : 0;
            _chromeDepth -= IsChrome(name) && _chromeDepth > 0 ? 1 : 0;
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

        private static bool IsChrome(ReadOnlySpan<char> name) => name is "nav" or "header" or "footer" or "script" or "style";

        /// <summary>A tag or comment ends a text node.</summary>
        public void Break() => _inRun = false;
    }
}
