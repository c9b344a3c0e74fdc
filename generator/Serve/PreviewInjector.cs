using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Serve;

/// <summary>
/// What <c>serve</c> adds to every page it sends, and <c>build</c> never writes: a preview banner at the top,
/// the errors of the latest build as a dismissible overlay, and the script that reloads the page after a rebuild.
/// </summary>
public static partial class PreviewInjector
{
    public const string BannerText = "Forhåndsvisning – utkast og framtidige saker vises";
    public const string ErrorHeading = "Innholdet har feil – viser siste fungerende versjon";

    private const string Banner = $"""<p class="sitegen-preview">{BannerText}</p>""";

    /// <summary>The overlay's looks and the reload script are files, not inline: the page's Content-Security-Policy forbids inline ones.</summary>
    public const string StylePath = "/__preview.css";

    public const string ScriptPath = "/__preview.js";

    public const string Style = """
        .sitegen-preview{margin:0;padding:.5em 1em;background:#fff4ce;color:#332600;border-bottom:2px solid #7a5c00}
        .sitegen-errors{position:fixed;inset:1em 1em auto 1em;z-index:2147483647;max-width:60em;max-height:80vh;overflow:auto;margin:0 auto;padding:1em 1.5em;border:3px solid #a4001d;border-radius:4px;background:#fff;color:#1a1a1a;box-shadow:0 .5em 2em rgb(0 0 0 / .35)}
        .sitegen-errors h2{margin-top:0;color:#a4001d}
        .sitegen-errors li{margin:.5em 0}
        .sitegen-errors code{overflow-wrap:anywhere}
        .sitegen-errors button{font:inherit;padding:.3em 1em}

        """;

    /// <summary>Reloads once the server reports a build newer than the one this page was sent from (its data-since).</summary>
    public const string Script = $$"""
        (() => {
          const events = new EventSource("{{DevServer.ReloadPath}}?since=" + encodeURIComponent(document.currentScript.dataset.since));
          events.onmessage = () => { events.close(); location.reload(); };
        })();

        """;

    public static string Inject(string html, int generation, IReadOnlyList<Diagnostic> errors)
    {
        var tail = new StringBuilder($"""<link rel="stylesheet" href="{StylePath}">""");
        if (errors.Count > 0)
        {
            tail.Append(Overlay(errors));
        }

        tail.Append($"""<script src="{ScriptPath}" data-since="{generation}"></script>""");
        var bodyOpen = BodyOpenTag().Match(html);
        var withBanner = bodyOpen.Success ? html.Insert(bodyOpen.Index + bodyOpen.Length, "\n" + Banner) : Banner + html;
        var bodyClose = withBanner.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return bodyClose >= 0 ? withBanner.Insert(bodyClose, tail.ToString()) : withBanner + tail;
    }

    /// <summary>What every URL shows (status 503) while no build has succeeded yet, so there is no last good version.</summary>
    public static string EmptyPage() =>
        """<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Forhåndsvisning</title></head><body><main><h1>Nettstedet er ikke bygd ennå</h1></main></body></html>""";

    private static string Overlay(IReadOnlyList<Diagnostic> errors)
    {
        var items = string.Concat(errors.Select(e =>
            $"<li><code>{Encode(e.Span.ToString())}</code> <strong>{Encode(e.Code)}</strong>: {Encode(e.Message)}</li>"));
        return $"""
            <dialog open class="sitegen-errors" aria-labelledby="sitegen-errors-heading">
            <div role="alert">
            <h2 id="sitegen-errors-heading">{ErrorHeading}</h2>
            <p>Rett feilene under og lagre filen; siden oppdateres av seg selv.</p>
            <ul>{items}</ul>
            </div>
            <form method="dialog"><button>Lukk</button></form>
            </dialog>
            """;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex("<body\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BodyOpenTag();
}
