using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Diff;

public enum ReportFormat
{
    /// <summary>For a pull-request description or a workflow's job summary.</summary>
    Markdown,

    /// <summary>For a terminal.</summary>
    Text,
}

/// <summary>Writes the change report, or the content errors that kept it from being made, as Markdown or plain text.</summary>
public sealed class ChangeReportWriter(DiffWords words, ReportFormat format)
{
    public string Write(ChangeReport report, string range)
    {
        var text = new StringBuilder();
        Heading(text, 2, words.Text("title"));
        text.Append(range).Append("\n\n");
        if (report.IsEmpty)
        {
            text.Append(words.Text("no_changes")).Append('\n');
        }

        foreach (var section in report.Sections)
        {
            Heading(text, 3, section.Heading);
            foreach (var line in section.Lines)
            {
                text.Append(format == ReportFormat.Markdown ? "- " + Escape(line) : "  - " + line).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    public string WriteErrors(string revision, IEnumerable<Diagnostic> errors)
    {
        var text = new StringBuilder();
        Heading(text, 2, words.Format("errors_heading", revision), escape: false);
        text.Append(words.Text("errors_intro")).Append("\n\n");
        var fence = format == ReportFormat.Markdown;
        text.Append(fence ? "```text\n" : "");
        foreach (var error in errors)
        {
            text.Append(error).Append('\n');
        }

        return text.Append(fence ? "```\n" : "").ToString();
    }

    /// <summary>A revision's name as the report prints it: in code style in Markdown.</summary>
    public string Revision(string name) => format == ReportFormat.Markdown ? $"`{name.Replace("`", "", StringComparison.Ordinal)}`" : name;

    /// <param name="escape">False for a heading holding a revision name that <see cref="Revision"/> already marked up.</param>
    private void Heading(StringBuilder text, int level, string heading, bool escape = true)
    {
        if (format == ReportFormat.Markdown)
        {
            text.Append('#', level).Append(' ').Append(escape ? Escape(heading) : heading).Append("\n\n");
        }
        else
        {
            text.Append(heading).Append('\n').Append(level == 2 ? '=' : '-', heading.Length).Append("\n\n");
        }
    }

    /// <summary>Content text is shown as written: characters Markdown would read as formatting are escaped.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '#' or '&')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
