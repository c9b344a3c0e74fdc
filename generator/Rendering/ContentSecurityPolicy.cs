using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Rendering;

/// <summary>
/// The Content-Security-Policy every page carries in a meta tag: scripts, styles, images and fetches only from the
/// site itself, no inline script, no plugins, no frames, no <c>&lt;base&gt;</c>, forms only to the site. Should an
/// injection ever get past escaping and the <see cref="PageInspector"/>, the browser still refuses to run it.
/// A meta tag cannot forbid framing (browsers ignore frame-ancestors there): the web server's header must
/// (README, "Publishing safely"); <c>serve</c> sends it.
/// </summary>
public static class ContentSecurityPolicy
{
    /// <summary>The only inline styles on the site: Markdig's alignment of table columns, allowed by hash.</summary>
    public static readonly IReadOnlySet<string> AllowedStyleAttributes =
        new HashSet<string>(StringComparer.Ordinal) { "text-align: left;", "text-align: center;", "text-align: right;" };

    public static readonly string Value = string.Join("; ",
        "default-src 'none'",
        "script-src 'self'",
        $"style-src 'self' 'unsafe-hashes' {string.Join(' ', AllowedStyleAttributes.Order(StringComparer.Ordinal).Select(Hash))}",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "frame-src 'none'",
        "base-uri 'none'",
        "form-action 'self'");

    /// <summary>For the server's header, where framing can be forbidden too.</summary>
    public static readonly string HeaderValue = Value + "; frame-ancestors 'none'";

    private static string Hash(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";
}
