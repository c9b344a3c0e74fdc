using System.Buffers;
using System.Net;
using System.Text;

namespace SiteGen.Rendering.Html;

/// <summary>
/// Lets data tables become stacked records on a narrow screen without losing what each value is: every table with a
/// single header row gets <c>data-stack</c>, and every data cell a <c>data-label</c> with its column's heading, which
/// the style sheet shows in front of the value below its breakpoint. Done once here, for template and Markdown tables
/// alike, so no template has to repeat its headings. Tables with more header rows (the risk matrix) are left as they are.
/// </summary>
public static class TableLabeller
{
    /// <summary>
    /// A table's start, in any case as the splitter names tags, and a comment's, which hides what is in it from the
    /// splitter: searched for a vector at a time, unlike a case-insensitive IndexOf.
    /// </summary>
    private static readonly SearchValues<string> TableOrComment = SearchValues.Create(["<table", "<!--"], StringComparison.OrdinalIgnoreCase);

    public static string Label(string html)
    {
        if (!HasTableHead(html))
        {
            return html;
        }

        var output = PageBuilder.Take(html.Length + html.Length / 8);
        AppendTables(html, output);
        return PageBuilder.Finish(output);
    }

    /// <summary><paramref name="html"/>, labelled, appended to <paramref name="output"/>: the page being written, so the labelled text needs no string of its own.</summary>
    public static void AppendLabelled(string html, StringBuilder output)
    {
        if (HasTableHead(html))
        {
            AppendTables(html, output);
        }
        else
        {
            output.Append(html);
        }
    }

    private static bool HasTableHead(string html) => html.Contains("<thead", StringComparison.Ordinal);

    /// <summary>
    /// Copies the text between tables as it is and labels each table: at 10,000 pages, splitting all of every page
    /// into tags only to find its tables was a thirtieth of the build.
    /// </summary>
    private static void AppendTables(string html, StringBuilder output)
    {
        var at = 0;
        for (var table = NextTable(html, 0); table >= 0; table = NextTable(html, at))
        {
            output.Append(html, at, table - at);
            at = LabelTable(html, table, output);
        }

        output.Append(html, at, html.Length - at);
    }

    /// <summary>Where the next table's start tag is, as the splitter would read it (not inside a comment); -1 when there is none.</summary>
    private static int NextTable(string html, int from)
    {
        while (html.AsSpan(from).IndexOfAny(TableOrComment) is var found and >= 0)
        {
            var at = from + found;
            if (html[at + 1] == '!')
            {
                var close = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                from = close >= 0 ? close + 3 : at + 1;
                continue;
            }

            var after = at + "<table".Length;
            if (after < html.Length && !char.IsAsciiLetterOrDigit(html[after]) && html[after] != '-' && html.IndexOf('>', after) >= 0)
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>Labels the table starting at <paramref name="start"/> (and any opened in it before it closes); returns where it ended.</summary>
    private static int LabelTable(string html, int start, StringBuilder output)
    {
        // A table's start tag and its head are held back until </thead> tells whether the tag gets data-stack, so the
        // page is only ever appended to (an insert would split the thread's builder into pieces).
        var held = new StringBuilder();
        var holding = false;
        var tagEnd = 0;
        var headings = new List<string>();
        var headerRows = 0;
        var inHead = false;
        var stack = false;
        StringBuilder? heading = null;
        var headingSpan = 1;
        var column = 0;

        void Release(bool stacked)
        {
            output.Append(held, 0, tagEnd).Append(stacked ? " data-stack" : "").Append(held, tagEnd, held.Length - tagEnd);
            held.Clear();
            holding = false;
        }

        foreach (var token in HtmlTokens.Split(html, start))
        {
            if (token.Opens("table"))
            {
                if (holding)
                {
                    Release(stacked: false);
                }

                tagEnd = token.AppendTo(held).Length - 1;
                holding = true;
                headings.Clear();
                headerRows = 0;
                stack = false;
                continue;
            }

            if (token.Opens("thead"))
            {
                inHead = true;
            }
            else if (token.Closes("thead"))
            {
                inHead = false;
                stack = holding && headerRows == 1 && headings.Count > 0;
                if (holding)
                {
                    token.AppendTo(held);
                    Release(stack);
                    continue;
                }
            }
            else if (token.Opens("tr"))
            {
                column = 0;
                headerRows += inHead ? 1 : 0;
            }
            else if (inHead && token.Opens("th"))
            {
                heading = new StringBuilder();
                headingSpan = Span(token.Raw);
            }
            else if (inHead && token.Closes("th") && heading is not null)
            {
                // Kept escaped, as every cell of the column needs it.
                var text = HtmlText.Escape(WebUtility.HtmlDecode(heading.ToString()).Trim());
                headings.AddRange(Enumerable.Repeat(text, headingSpan));
                heading = null;
            }
            else if (heading is not null && token.IsText)
            {
                token.AppendTo(heading);
            }
            else if (stack && !inHead && (token.Opens("td") || token.Opens("th")))
            {
                var label = column < headings.Count ? headings[column] : "";
                column += Span(token.Raw);
                if (token.TagName == "td" && label.Length > 0)
                {
                    token.AppendTo(output, $"data-label=\"{label}\"");
                    continue;
                }
            }
            else if (token.Closes("table"))
            {
                token.AppendTo(holding ? held : output);
                if (holding)
                {
                    Release(stacked: false);
                }

                return token.Start + token.Length;
            }

            token.AppendTo(holding ? held : output);
        }

        if (holding)
        {
            Release(stacked: false);
        }

        return html.Length;
    }

    private static int Span(ReadOnlySpan<char> tag) =>
        int.TryParse(HtmlTokens.Attribute(tag, "colspan"), out var span) && span > 0 ? span : 1;
}
