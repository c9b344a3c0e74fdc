using System.Text.RegularExpressions;
using SiteGen.Build;
using SiteGen.Tests.Support;
using SyntheticProgramme;

namespace SiteGen.Tests.Build;

/// <summary>
/// The preview's incremental steps must give the site a full build gives: after each edit of a sequence, the preview's
/// folder is compared file by file, byte for byte, with a fresh full build of the same content.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly ContentCopy _content = new();
    private readonly TempDirectory _fresh = new();
    private readonly IncrementalBuild _session;

    private const string Skole = "subprojects/skole.md", Innkjop = "subprojects/innkjop.md", Sommer = "updates/2024-06-01-sommer.md";

    private const string SommerUpdate = """
        ---
        title: Sommerrapport
        date: 2024-06-01
        summary: Skolene er i gang.
        kind: report
        subprojects: [skole]
        source: { id: testrapport }
        ---
        Skolestrukturen er [utredet](/delprosjekter/skole/).
        """;

    public IncrementalBuildTests() => _session = new IncrementalBuild(_content.Options with { IncludeDrafts = true });

    public void Dispose()
    {
        _content.Dispose();
        _fresh.Dispose();
    }

    [Fact]
    public void Every_step_of_a_sequence_of_edits_equals_a_full_build()
    {
        StepEqualsFullBuild(_session);

        _content.Replace(Skole, "Utredning av skolestruktur", "Utredning av skolestrukturen og skolebyggene");
        StepEqualsFullBuild(_session);

        _content.Replace(Skole, "status: planned", "status: active");
        StepEqualsFullBuild(_session);

        _content.Write(Sommer, SommerUpdate);
        StepEqualsFullBuild(_session);

        _content.Replace(Innkjop, "title: Bedre innkjøp", "title: Smartere innkjøp");
        StepEqualsFullBuild(_session);

        File.Delete(_content.PathOf(Sommer));
        StepEqualsFullBuild(_session);

        var good = _content.Read(Skole);
        _content.Replace(Skole, "status: active", "status: aktiv");
        var broken = _session.Step();
        Assert.Contains(broken.Diagnostics, d => d.Code == "LV106");
        Assert.Equal(0, broken.PagesRendered);
        _content.Write(Skole, good.Replace("skolebyggene", "skolebyggene våre"));
        StepEqualsFullBuild(_session);

        _content.Write("glossary.yml", "terms:\n  - term: IKT\n    expansion: informasjons- og kommunikasjonsteknologi\n");
        _content.Append(Skole, "\nIKT i skolen vurderes også.\n");
        StepEqualsFullBuild(_session);

        _content.Replace("programme.yml", "name: Testprogrammet", "name: Prøveprogrammet");
        StepEqualsFullBuild(_session);

        _content.Replace("risks.yml", "Kjør dem ofte.", "Kjør dem ofte, og i parallell.");
        StepEqualsFullBuild(_session);

        File.Delete(_content.PathOf(Skole));
        _content.Replace(Innkjop, " Se [skolen](/delprosjekter/skole/).", "");
        _content.Replace("updates/2024-03-18-forste-rapport.md", "subprojects: [innkjop, skole]", "subprojects: [innkjop]");
        StepEqualsFullBuild(_session);
    }

    /// <summary>
    /// A step digests again only the pages whose records a saved file may have changed: these edits change a page
    /// through a neighbour (a parent's title in its parts' pages, a new message on its update's page, a parent
    /// hidden as a draft), which a page that reached nothing of the saved file before must still show; and a
    /// subproject's feed that a session keeps changes with an update that does not name it.
    /// </summary>
    [Fact]
    public void Edits_seen_through_neighbours_equal_a_full_build()
    {
        var session = new IncrementalBuild(_content.Options);
        StepEqualsFullBuild(session);

        const string Bygg = "subprojects/skolebygg.md", Intranett = "communication/2024-04-02-intranett.md", Host = "updates/2024-09-02-host.md";
        _content.Write(Bygg, """
            ---
            title: Skolebygg
            summary: Byggene til skolene.
            status: active
            parent: skole
            source: { id: testrapport }
            ---
            Byggene vurderes.
            """);
        StepEqualsFullBuild(session);

        _content.Replace(Skole, "title: Skolestruktur", "title: Ny skolestruktur");
        StepEqualsFullBuild(session);

        _content.Write(Intranett, """
            ---
            title: Intranettsak om rapporten
            date: 2024-04-02
            audiences: [employees]
            channels: [intranet]
            status: published
            subprojects: [skolebygg]
            update: 2024-03-18-forste-rapport
            ---
            Saken forteller om rapporten.
            """);
        StepEqualsFullBuild(session);

        _content.Replace(Bygg, "title: Skolebygg", "title: Skolebyggene");
        StepEqualsFullBuild(session);

        // A feed without entries (skolebygg's) is dated by the newest update of the programme, which names only innkjop.
        _content.Write(Host, "---\ntitle: Høstrapport\ndate: 2024-09-02\nsummary: Innkjøp.\nkind: report\nsubprojects: [innkjop]\nsource: { id: testrapport }\n---\nInnkjøpene går bra.\n");
        StepEqualsFullBuild(session);

        var link = _content.Read(Innkjop);
        _content.Replace(Innkjop, " Se [skolen](/delprosjekter/skole/).", "");
        _content.Replace(Skole, "status: planned", "status: planned\ndraft: true");
        StepEqualsFullBuild(session);

        _content.Write(Innkjop, link);
        _content.Replace(Skole, "status: planned\ndraft: true", "status: planned");
        StepEqualsFullBuild(session);

        _content.Replace(Bygg, "parent: skole", "parent: innkjop");
        StepEqualsFullBuild(session);

        File.Delete(_content.PathOf(Bygg));
        File.Delete(_content.PathOf(Intranett));
        File.Delete(_content.PathOf(Host));
        StepEqualsFullBuild(session);
    }

    /// <summary>
    /// A step keeps the page models of subprojects and updates it made before only while the templates are the same:
    /// a word of the interface changed in strings.nb.yml, with no content file saved, must reach those pages too
    /// (here the breadcrumbs of every subproject page).
    /// </summary>
    [Fact]
    public void A_changed_word_of_the_interface_reaches_the_pages_of_every_subproject()
    {
        var templates = _fresh.Combine("templates");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(templates, Path.GetRelativePath(RepositoryPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var session = new IncrementalBuild(_content.Options with { TemplatesDirectory = templates });
        StepEqualsFullBuild(session);

        var strings = Path.Combine(templates, "strings.nb.yml");
        File.WriteAllText(strings, File.ReadAllText(strings).Replace("subprojects_title: Delprosjekter", "subprojects_title: Prosjektene", StringComparison.Ordinal));
        var output = StepEqualsFullBuild(session);
        Assert.Contains("Prosjektene", File.ReadAllText(Path.Combine(output, "delprosjekter", "skole", "index.html")));
    }

    /// <summary>
    /// A step takes the Markdown of unchanged files from the last step without looking up their links again while the
    /// site has the same addresses. A renamed subproject leaves as many addresses as before, but not the same ones:
    /// an unchanged text that links to the old address must fail as it would in a full build.
    /// </summary>
    [Fact]
    public void A_link_of_an_unchanged_file_to_a_renamed_subproject_is_an_error_in_the_next_step()
    {
        var first = _session.Step();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));

        File.Move(_content.PathOf(Skole), _content.PathOf("subprojects/skolen.md"));
        _content.Replace("updates/2024-03-18-forste-rapport.md", "subprojects: [innkjop, skole]", "subprojects: [innkjop, skolen]");
        var step = _session.Step();

        var broken = Assert.Single(step.Diagnostics, d => d.IsError);
        Assert.Equal(("LV301", "innkjop.md"), (broken.Code, Path.GetFileName(broken.Span.File)));
        Assert.True(File.Exists(Path.Combine(_session.Options.OutputDirectory, "delprosjekter", "skole", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(_session.Options.OutputDirectory, "delprosjekter", "skolen")));
    }

    /// <summary>
    /// <c>serve</c> makes programme.json (70 MB at 10,000 subprojects) when it is asked for, not on every save: a step
    /// that tells <c>serve</c> its pages are in place leaves it unwritten, and asking for it gives the last save's.
    /// </summary>
    [Fact]
    public async Task A_preview_makes_programme_json_when_it_is_asked_for_with_the_last_save_in_it()
    {
        var json = Path.Combine(_session.Options.OutputDirectory, "data", "programme.json");
        Assert.True(_session.Step(_ => { }).Succeeded);
        await _session.Placed;
        Assert.False(File.Exists(json));

        _content.Replace(Skole, "Utredning av skolestruktur", "Utredning av skolestrukturen");
        _session.Step(_ => { });
        await _session.Pending("data/programme.json");

        Assert.Contains("Utredning av skolestrukturen", await File.ReadAllTextAsync(json));
    }

    [Fact]
    public void A_body_edit_renders_only_the_pages_that_show_the_body()
    {
        var first = _session.Step();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(first.PagesWritten, first.PagesRendered);

        _content.Replace(Skole, "Utredning av skolestruktur", "Utredning av skolestrukturen");
        var step = _session.Step();

        Assert.True(step.Succeeded, string.Join("\n", step.Diagnostics));
        Assert.Equal(first.PagesWritten, step.PagesWritten);
        Assert.Equal(1, step.PagesRendered);
        Assert.Contains("Utredning av skolestrukturen", File.ReadAllText(Path.Combine(_session.Options.OutputDirectory, "delprosjekter", "skole", "index.html")));
    }

    /// <summary>
    /// A body edit keeps every list page's route from the last step, unless a list page showed a Markdown text of the
    /// saved file: with templates whose subproject cards show each body, the lists must show the new body.
    /// </summary>
    [Fact]
    public void A_body_edit_reaches_list_pages_whose_templates_show_bodies()
    {
        var templates = _fresh.CopyOf(RepositoryPaths.Templates);
        var card = Path.Combine(templates, "partials", "subproject-card.sbn");
        File.WriteAllText(card, File.ReadAllText(card).Replace("{{~ show $1.parts_block ~}}", "{{ markdown $1.subproject.body }}\n{{~ show $1.parts_block ~}}"));
        var session = new IncrementalBuild(_content.Options with { TemplatesDirectory = templates });
        StepEqualsFullBuild(session);

        _content.Replace(Skole, "Utredning av skolestruktur", "Utredning av skolestrukturen");
        StepEqualsFullBuild(session);
        var list = Path.Combine(session.Options.OutputDirectory, "delprosjekter", "index.html");
        Assert.Contains("Utredning av skolestrukturen", File.ReadAllText(list));

        _content.Append(Innkjop, "\nInnkjøp samordnes.\n");
        StepEqualsFullBuild(session);
        Assert.Contains("Innkjøp samordnes.", File.ReadAllText(list));
    }

    /// <summary>
    /// A session told by a watcher which paths changed looks only at those: edits, a new file, a renamed one (its old
    /// and new path) and a removed one must each still give the site a full build gives, and a change the watcher did
    /// not report is found once it says it lost track.
    /// </summary>
    [Fact]
    public void A_session_told_what_changed_equals_a_full_build()
    {
        var session = new IncrementalBuild(_content.Options with { IncludeDrafts = true });
        void Seen(params string[] relative)
        {
            foreach (var path in relative)
            {
                session.Files.Seen(_content.PathOf(path));
            }
        }

        Seen("programme.yml");
        StepEqualsFullBuild(session);

        _content.Replace(Skole, "Utredning av skolestruktur", "Utredning av skolestrukturen");
        Seen(Skole);
        StepEqualsFullBuild(session);

        _content.Replace(Innkjop, "title: Bedre innkjøp", "title: Smartere innkjøp");
        _content.Write("subprojects/.utkast.md", "ikke innhold");
        Seen(Innkjop, "subprojects/.utkast.md", "../utenfor.md");
        StepEqualsFullBuild(session);

        _content.Write(Sommer, SommerUpdate);
        Seen(Sommer);
        StepEqualsFullBuild(session);

        _content.Move(Sommer, "updates/2024-06-01-sommerrapport.md");
        Seen(Sommer, "updates/2024-06-01-sommerrapport.md");
        StepEqualsFullBuild(session);

        File.Delete(_content.PathOf("updates/2024-06-01-sommerrapport.md"));
        Seen("updates/2024-06-01-sommerrapport.md");
        StepEqualsFullBuild(session);

        _content.Replace(Skole, "Utredning av skolestrukturen", "Utredning av skolene");
        session.Files.Seen(null);
        StepEqualsFullBuild(session);
        Assert.Contains("Utredning av skolene", File.ReadAllText(Path.Combine(session.Options.OutputDirectory, "delprosjekter", "skole", "index.html")));
    }

    [Fact]
    public void An_unchanged_step_renders_and_writes_nothing()
    {
        _session.Step();
        var before = Snapshot(_session.Options.OutputDirectory).ToDictionary(f => f.Path, f => File.GetLastWriteTimeUtc(Path.Combine(_session.Options.OutputDirectory, f.Path)));

        var step = _session.Step();

        Assert.Equal(0, step.PagesRendered);
        Assert.All(before, f => Assert.Equal(f.Value, File.GetLastWriteTimeUtc(Path.Combine(_session.Options.OutputDirectory, f.Key))));
    }

    [Fact]
    public void With_history_from_git_a_step_after_a_commit_equals_a_full_build()
    {
        using var repository = new TempGitRepository();
        var session = new IncrementalBuild(_session.Options with { ContentDirectory = repository.Content, History = true });
        StepEqualsFullBuild(session);

        repository.Replace(Skole, "status: planned", "status: active");
        StepEqualsFullBuild(session);

        repository.Commit("Skolestrukturen er i gang", new DateTimeOffset(2024, 9, 2, 12, 0, 0, TimeSpan.Zero));
        var changes = File.ReadAllText(Path.Combine(StepEqualsFullBuild(session), "endringer", "index.html"));
        Assert.Contains("Skolestrukturen er i gang", changes);
    }

    /// <summary>
    /// Past 100 subprojects the milestones, measures and gains get pages of their own, which a step keeps while what
    /// they are shaped from is the same: a new status must not shape them again (also after a body edit, which shapes
    /// no list), and each edit they do show (a milestone's date, a measure's estimate, a gain, a source, a title) must
    /// reach them as in a full build.
    /// </summary>
    [Fact]
    public void A_long_programme_keeps_its_list_pages_while_what_they_list_is_the_same()
    {
        using var folder = new TempDirectory();
        var content = folder.Combine("content");
        FolderWriter.Write(content, new ProgrammeMaker(120, seed: 3).Files());
        var session = new IncrementalBuild(_content.Options with { ContentDirectory = content, OutputDirectory = folder.Combine("out"), AsOf = new DateOnly(2026, 6, 30) });
        void Edit(int subproject, string pattern, string replacement)
        {
            var path = Path.Combine(content, "subprojects", ProgrammeMaker.SubprojectSlug(subproject) + ".md");
            var text = File.ReadAllText(path);
            var edited = new Regex(pattern, RegexOptions.Multiline).Replace(text, replacement, 1);
            Assert.NotEqual(text, edited);
            File.WriteAllText(path, edited);
        }

        object? Model(string url) => session.Routes.Single(r => r.Url == url).Data;
        string[] lists = ["/milepaeler/", "/milepaeler/2025/", "/mal-og-gevinster/", "/mal-og-gevinster/tiltak/", "/kilder/"];
        StepEqualsFullBuild(session);
        var before = lists.Select(Model).ToList();

        File.AppendAllText(Path.Combine(content, "subprojects", ProgrammeMaker.SubprojectSlug(1) + ".md"), "\nEn setning til.\n");
        StepEqualsFullBuild(session);
        Edit(1, "^status: (?!paused).*$", "status: paused");
        StepEqualsFullBuild(session);
        Assert.All(lists.Zip(before), l => Assert.Same(l.Second, Model(l.First)));

        Edit(1, "^(    date: ).*$", "${1}2024-02-29");
        StepEqualsFullBuild(session);
        Assert.NotSame(before[1], Model(lists[1]));
        Assert.Same(before[2], Model(lists[2]));

        Edit(1, "^(    estimate: ).*$", "${1}1234567");
        StepEqualsFullBuild(session);
        Assert.NotSame(before[2], Model(lists[2]));

        Edit(2, "^(  - \\{ type: \\w+, description: [^,]*, estimate: )\\d+", "${1}7654321");
        StepEqualsFullBuild(session);

        Edit(1, "^(source: .*pages: )\\d+", "${1}7");
        StepEqualsFullBuild(session);
        Assert.NotSame(before[4], Model(lists[4]));

        Edit(1, "^title: .*$", "title: Nytt navn på første delprosjekt");
        StepEqualsFullBuild(session);
    }

    /// <summary>Steps the session, builds the same content in full into a folder of its own, and returns that folder.</summary>
    private string StepEqualsFullBuild(IncrementalBuild session)
    {
        var step = session.Step();
        Assert.True(step.Succeeded, string.Join("\n", step.Diagnostics));
        var output = _fresh.Combine(Guid.NewGuid().ToString("N"));
        var full = SiteBuilder.Build(session.Options with { OutputDirectory = output }, write: true);
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), step.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(full.PagesWritten, step.PagesWritten);

        var expected = Snapshot(output + Path.DirectorySeparatorChar);
        var actual = Snapshot(session.Options.OutputDirectory);
        Assert.Equal(expected.Select(f => f.Path), actual.Select(f => f.Path));
        foreach (var (file, bytes) in expected.Zip(actual, (e, a) => (e.Path, (e.Bytes, a.Bytes))))
        {
            Assert.True(bytes.Item1.AsSpan().SequenceEqual(bytes.Item2), $"{file} differs from a full build");
        }

        return output;
    }

    /// <summary>Every file of a built site but the marker a full build leaves, by path.</summary>
    private static List<(string Path, byte[] Bytes)> Snapshot(string folder) =>
    [
        .. Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => (Path: Path.GetRelativePath(folder, f).Replace('\\', '/'), Bytes: File.ReadAllBytes(f)))
            .Where(f => f.Path != SiteGen.Output.OutputGuard.MarkerName)
            .OrderBy(f => f.Path, StringComparer.Ordinal),
    ];
}
