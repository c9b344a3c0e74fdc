using YamlDotNet.Core;

namespace SiteGen.Content;

/// <summary>Turns YamlDotNet's parser messages into advice an editor can act on.</summary>
public static class YamlErrorExplainer
{
    public static string Explain(YamlException error, string fileText)
    {
        var lines = fileText.Split('\n');
        var lineIndex = (int)error.Start.Line - 1;
        var near = Enumerable.Range(Math.Max(0, lineIndex - 1), 3)
            .Where(i => i < lines.Length)
            .Select(i => lines[i])
            .ToList();

        string advice;
        if (near.Any(l => l.TrimEnd().Length > 0 && l[..(l.Length - l.TrimStart().Length)].Contains('\t')))
        {
            advice = "Innrykk må gjøres med mellomrom, ikke tabulator. Bytt tabulatoren ut med to mellomrom.";
        }
        else if (near.Any(l => l.Count(c => c == '"') % 2 == 1 || (l.Contains(": '") && l.Count(c => c == '\'') % 2 == 1)))
        {
            advice = "Et anførselstegn er ikke lukket. Avslutt teksten med samme tegn som den begynner med (\" eller ').";
        }
        else
        {
            advice = "Sjekk innrykket: felt på samme nivå må starte i samme kolonne, og tekst som inneholder «: » må stå i anførselstegn.";
        }

        return $"Feil i YAML-oppsettet ({error.Message.TrimEnd('.')}). {advice}";
    }
}
