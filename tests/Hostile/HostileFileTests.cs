using System.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// Files no editor writes but a pull request can hold: a FIFO, a link to a device or out of the content folder, a
/// folder link loop, a huge file, a newline in a file name, YAML and Markdown nested tens of thousands deep, control
/// characters that no feed can carry.
/// None may hang, crash or kill the build; each is a located line (a warning where the file can simply be skipped).
/// </summary>
public class HostileFileTests
{
    public static TheoryData<string, int, string, string> Cases => new()
    {
        { "fifo", 0, "warning LV009", "pages/ventende.md:1:1" },
        { "device-link", 1, "error LV010", "pages/null.md:1:1" },
        { "link-out-of-content", 1, "error LV010", "pages/passord.md:1:1" },
        { "folder-loop", 0, "warning LV009", "pages/runde:1:1" },
        { "too-large", 1, "error LV011", "pages/stor.md:1:1" },
        { "newline-in-name", 1, "error LV108", "pages/ny\\nlinje.md:1:1" },
        { "deep-yaml", 1, "error LV012", "pages/dyp.md:2:" },
        { "deep-markdown", 1, "error LV012", "pages/dyp.md:4:1" },
        { "yaml-alias-bomb", 1, "error LV012", "pages/bombe.md:" },
        { "control-character-escaped", 1, "error LV014", "pages/kontroll.md:2:8" },
        { "half-surrogate-escaped", 1, "error LV006", "pages/kontroll.md:2:8" },
        { "control-character-in-text", 1, "error LV014", "pages/kontroll.md:4:7" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_strange_file_gives_one_located_line_and_never_hangs_or_crashes(string kind, int exit, string severityAndCode, string place)
    {
        using var content = new ContentCopy();
        Make(kind, content);

        var watch = Stopwatch.StartNew();
        var (code, stderr) = HostileContentTests.BuildTwice(content);

        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), $"took {watch.Elapsed}");
        Assert.Equal(exit, code);
        var line = Assert.Single(stderr.Split('\n'), l => l.Contains(severityAndCode, StringComparison.Ordinal));
        Assert.Contains("content/" + place, line);
    }

    private static void Make(string kind, ContentCopy content)
    {
        var pages = content.PathOf("pages");
        switch (kind)
        {
            case "fifo":
                using (var mkfifo = Process.Start("mkfifo", Path.Combine(pages, "ventende.md"))!)
                {
                    mkfifo.WaitForExit();
                    Assert.Equal(0, mkfifo.ExitCode);
                }

                break;
            case "device-link":
                File.CreateSymbolicLink(Path.Combine(pages, "null.md"), "/dev/zero");
                break;
            case "link-out-of-content":
                var secret = Path.Combine(content.Root, "hemmelig.txt");
                File.WriteAllText(secret, "---\ntitle: Hemmelig\n---\npassord\n");
                File.CreateSymbolicLink(Path.Combine(pages, "passord.md"), secret);
                break;
            case "folder-loop":
                Directory.CreateSymbolicLink(Path.Combine(pages, "runde"), "..");
                break;
            case "too-large":
                content.Write("pages/stor.md", "---\ntitle: Stor\n---\n" + new string('a', 2 << 20));
                break;
            case "newline-in-name":
                content.Write("pages/ny\nlinje.md", "---\ntitle: Ny linje\n---\nTekst.\n");
                break;
            case "deep-yaml":
                content.Write("pages/dyp.md", "---\ntitle: " + new string('[', 40_000) + "\n---\nTekst.\n");
                break;
            case "deep-markdown":
                content.Write("pages/dyp.md", "---\ntitle: Dyp\n---\n" + new string('>', 100_000) + " tekst\n");
                break;
            case "control-character-escaped":
                content.Write("pages/kontroll.md", "---\ntitle: \"Skole\\x01struktur\"\n---\nTekst.\n");
                break;
            case "half-surrogate-escaped":
                content.Write("pages/kontroll.md", "---\ntitle: \"Skole\\uD800struktur\"\n---\nTekst.\n");
                break;
            case "control-character-in-text":
                content.Write("pages/kontroll.md", "---\ntitle: Kontroll\n---\nTekst \u0001 her.\n");
                break;
            case "yaml-alias-bomb":
                content.Write("pages/bombe.md", "---\ntitle: Bombe\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\nTekst.\n");
                break;
        }
    }
}
