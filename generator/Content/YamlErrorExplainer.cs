using YamlDotNet.Core;

namespace SiteGen.Content;

/// <summary>Turns YamlDotNet's parser errors into a place and advice an editor can act on.</summary>
public static class YamlErrorExplainer
{
    /// <summary>The 1-based line and column in <paramref name="yaml"/> to point at, and the message.</summary>
    public static (int Line, int Column, string Message) Explain(YamlException error, string yaml)
    {
        var lines = yaml.Split('\n');
        var lineIndex = (int)error.Start.Line - 1;
        var (line, column) = ((int)error.Start.Line, (int)error.Start.Column);

        // YamlDotNet reports a tab at the start of the enclosing mapping; point at the tab itself.
        var from = Math.Clamp(lineIndex - 1, 0, lines.Length);
        var tabbed = Enumerable.Range(from, lines.Length - from)
            .FirstOrDefault(i => Indentation(lines[i]).Contains('\t'), -1);
        string advice;
        if (tabbed >= 0)
        {
            (line, column) = (tabbed + 1, lines[tabbed].IndexOf('\t') + 1);
            advice = "Innrykk må gjøres med mellomrom, ikke tabulator. Bytt tabulatoren ut med to mellomrom.";
        }
        else if (error.Message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            advice = "Det samme feltet står to ganger. Slett den ene linjen, eller gi den riktig navn.";
        }
        else if (error.Message.StartsWith(DepthLimitedParser.UnclosedFlow, StringComparison.Ordinal))
        {
            advice = "En liste som starter med [ eller en gruppe som starter med { er ikke avsluttet. Avslutt den med ] eller }, eller sett teksten i anførselstegn hvis klammen hører til teksten.";
        }
        else if (Near(lines, lineIndex).Any(l => l.Count(c => c == '"') % 2 == 1 || (l.Contains(": '") && l.Count(c => c == '\'') % 2 == 1)))
        {
            advice = "Et anførselstegn er ikke lukket. Avslutt teksten med samme tegn som den begynner med (\" eller ').";
        }
        else
        {
            advice = "Sjekk innrykket: felt på samme nivå må starte i samme kolonne, og tekst som inneholder «: » må stå i anførselstegn.";
        }

        return (line, column, $"Feil i YAML-oppsettet ({error.Message.TrimEnd('.')}). {advice}");
    }

    private static string Indentation(string line) => line.TrimEnd().Length == 0 ? "" : line[..(line.Length - line.TrimStart().Length)];

    private static IEnumerable<string> Near(string[] lines, int lineIndex) =>
        Enumerable.Range(Math.Max(0, lineIndex - 1), 3).Where(i => i < lines.Length).Select(i => lines[i]);
}
