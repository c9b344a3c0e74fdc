using System.Net;

namespace SiteGen.Model;

/// <summary>
/// Which addresses may become links: http, https, mailto, tel (the footer's phone number), or a path on the site itself. The address is
/// first read the way a browser reads it (character references decoded, tabs and newlines anywhere and control
/// characters and spaces at either end removed), so that <c>java&#09;script:</c> or <c>&#1;javascript:</c> is seen
/// as the <c>javascript:</c> it becomes, and <c>//host</c> or <c>/\host</c>, which browsers send to another host, is refused.
/// </summary>
public static class SafeUrl
{
    /// <summary>How an allowed address starts, as a writer types it; the advice lists the same, so it cannot name fewer than are allowed.</summary>
    private static readonly string[] AllowedStarts = ["https://", "http://", "mailto:", "tel:"];

    private static readonly string[] AllowedSchemes = [.. AllowedStarts.Select(start => start[..start.IndexOf(':')])];

    public static readonly string Advice = $"Bruk en adresse som starter med {string.Join(", ", AllowedStarts)} eller / (en side på nettstedet).";

    public static bool IsSafe(string url)
    {
        var seen = AsBrowsersRead(url);
        if (seen.Length >= 2 && seen[0] is '/' or '\\' && seen[1] is '/' or '\\')
        {
            return false;
        }

        var scheme = SchemeOf(seen);
        return scheme is null || AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The address after entity decoding and the removals of the URL standard's basic parser.</summary>
    public static string AsBrowsersRead(string url)
    {
        // Nearly every address is read as it is written: the inspector asks this for every link of every page.
        if (url.AsSpan().IndexOfAny(Rewritten) < 0 && (url.Length == 0 || (url[0] > ' ' && url[^1] > ' ')))
        {
            return url;
        }

        var decoded = url;
        for (var i = 0; i < 3 && decoded.Contains('&'); i++)
        {
            // &Tab;, &NewLine; and &colon; are HTML5 names that WebUtility (HTML 4) does not know.
            decoded = WebUtility.HtmlDecode(decoded.Replace("&Tab;", "\t").Replace("&NewLine;", "\n").Replace("&colon;", ":"));
        }

        var kept = decoded.Where(c => c is not ('\t' or '\n' or '\r')).ToArray();
        return new string(kept).Trim(ControlOrSpace);
    }

    /// <summary>The scheme, as the URL standard finds it: a letter, then letters, digits, +, - or ., up to the first colon.</summary>
    private static string? SchemeOf(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(url[0]))
        {
            return null;
        }

        var scheme = url[..colon];
        return scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? scheme : null;
    }

    /// <summary>What makes a browser read an address otherwise than it is written: a character reference, or a tab or line break to drop.</summary>
    private static readonly System.Buffers.SearchValues<char> Rewritten = System.Buffers.SearchValues.Create("&\t\n\r");

    private static readonly char[] ControlOrSpace = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];
}
