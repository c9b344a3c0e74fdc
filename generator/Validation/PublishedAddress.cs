using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>
/// Where the site will live, for feeds, the sitemap, canonical links and calendar UIDs: <c>--base-url</c> when given,
/// else the <c>url:</c> of programme.yml. Without either the site still builds for local viewing, with a warning,
/// since its feeds and sitemap would then point at this machine.
/// </summary>
public static class PublishedAddress
{
    public const string Local = "http://localhost:8080";

    public static string Resolve(string? commandLine, Programme programme, string programmePath, DiagnosticBag diagnostics)
    {
        if ((commandLine ?? programme.Url) is { } address)
        {
            return address;
        }

        diagnostics.Warning(DiagnosticCodes.NoPublishedAddress, SourceSpan.AtFile(programmePath),
            $"Nettstedets adresse er ikke oppgitt, så nyhetsstrømmer og nettstedskart peker på {Local}. " +
            "Skriv adressen nettstedet publiseres på i programme.yml, for eksempel «url: https://levanger30.example.no», eller bygg med --base-url.");
        return Local;
    }
}
