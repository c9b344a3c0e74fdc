using System.Text;
using SiteGen.Content;
using SiteGen.Tests.Support;
using SyntheticProgramme;
using YamlDotNet.Core;

namespace SiteGen.Tests.Content;

/// <summary>
/// The quick YAML reader may only make loading faster: every text it reads must give the tree YamlDotNet gives (the
/// same values, styles and places, so the same errors later), and anything it is not sure of, or that YamlDotNet
/// refuses, it must leave to YamlDotNet. Reading a text differently would put other facts on the site.
/// </summary>
public sealed class StrictYamlReaderTests
{
    /// <summary>The tree with every value's kind, place, tag and style, one line each.</summary>
    private static string Dump(YamlValue? value)
    {
        var text = new StringBuilder();
        Write(value, 0);
        return text.ToString();

        void Write(YamlValue? node, int depth)
        {
            text.Append(' ', depth * 2);
            switch (node)
            {
                case null:
                    text.Append("(none)\n");
                    break;
                case YamlScalar scalar:
                    text.Append($"scalar {Place(scalar)} {scalar.Style} [{scalar.Value.Replace("\n", "\\n")}]\n");
                    break;
                case YamlSequence sequence:
                    text.Append($"list {Place(sequence)}\n");
                    foreach (var child in sequence.Children)
                    {
                        Write(child, depth + 1);
                    }

                    break;
                case YamlMapping mapping:
                    text.Append($"mapping {Place(mapping)} {mapping.Style}\n");
                    foreach (var (key, child) in mapping.Children)
                    {
                        Write(key, depth + 1);
                        Write(child, depth + 2);
                    }

                    break;
            }
        }

        static string Place(YamlValue node) => $"{node.Start.Index}/{node.Start.Line}/{node.Start.Column} {node.Tag}";
    }

    /// <summary>What PyYAML's <c>yaml.dump(…, allow_unicode=True, sort_keys=False)</c> writes: long values wrapped, lists at their key's indentation.</summary>
    private const string PyYamlOutput = """
        title: Ny skoleskyss 1295
        summary: 'Kommunen forbedrer ressursbruken sammen med de ansatte. Prosessen forenkler
          bemanningen i helgene før neste budsjettrunde, og: dette er ikke alt.'
        status: paused
        start: 2025-01
        phases:
        - title: Fase 1 vurderer kostnadene
          start: 2025-Q1
          status: completed
        milestones:
        - title: Milepæl 1 følger opp lisensene som er en veldig lang tittel som går over
            mange tegn i bredden
          date: 2025-10
          status: planned
        estimate:
        - 350000
        - 700000
        note: it's
        """;

    /// <summary>What the loader gets from YamlDotNet for the same text; null if YamlDotNet reports an error.</summary>
    private static string? ByYamlDotNet(string text, int start, int end)
    {
        try
        {
            return Dump(new YamlTreeReader(new DepthLimitedParser(new Parser(new TextSlice(text.AsMemory(start, end - start))))).Read());
        }
        catch (YamlException)
        {
            return null;
        }
    }

    /// <summary>Where the YAML of a content file stands: its front matter, or the whole of a .yml file.</summary>
    private static (int Start, int End) YamlOf(string path, string text)
    {
        if (!path.EndsWith(".md", StringComparison.Ordinal))
        {
            return (0, text.Length);
        }

        var start = text.IndexOf('\n') + 1;
        return (start, text.IndexOf("\n---\n", start - 1, StringComparison.Ordinal));
    }

    /// <summary>True if the quick reader read the text; then it must have read it as YamlDotNet does.</summary>
    private static bool ReadsQuicklyAsYamlDotNet(string text, int start, int end)
    {
        var quick = StrictYamlReader.TryRead(text, start, end);
        if (quick is null)
        {
            return false;
        }

        // Each reading once, and the message only for a difference: the damage test compares thousands of texts.
        var (expected, read) = (ByYamlDotNet(text, start, end), Dump(quick));
        if (expected != read)
        {
            Assert.Fail($"read differently:\n{text[start..end]}\n-- YamlDotNet:\n{expected ?? "(an error)\n"}-- quick:\n{read}");
        }

        return true;
    }

    [Fact]
    public void Every_file_of_a_synthetic_programme_is_read_quickly_and_as_YamlDotNet_reads_it()
    {
        var files = new ProgrammeMaker(40, seed: 3).Files().Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal) || f.Path.EndsWith(".yml", StringComparison.Ordinal)).ToList();

        Assert.True(files.Count > 40, $"only {files.Count} files");
        Assert.All(files, file =>
        {
            var text = file.Text.Replace("\r\n", "\n");
            var (start, end) = YamlOf(file.Path, text);
            Assert.True(ReadsQuicklyAsYamlDotNet(text, start, end), $"{file.Path} leaves the form the quick reader reads");
        });
    }

    [Fact]
    public void The_real_content_is_read_as_YamlDotNet_reads_it_and_mostly_quickly()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Content, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        var quick = files.Count(path =>
        {
            var text = File.ReadAllText(path).Replace("\r\n", "\n");
            var (start, end) = YamlOf(path, text);
            return ReadsQuicklyAsYamlDotNet(text, start, end);
        });

        Assert.InRange(quick, files.Count * 3 / 4, files.Count);
    }

    [Theory]
    [InlineData("a: 1\nb:\n  c: x y\n  d: [p, q]\n  e: { f: 1, g: \"h\" }\nl:\n- one\n- k: v\n  m: |\n    lit\n    two\n\n  n: >-\n    fold\n    ed\n\n    x\nz:\n# c\nq: end\n")]
    [InlineData("z:   \nq: x\nw: \"a b\"   \nv: [ a b , c ]\nu: { k: [x, y] }\nt:\n  - a\n  - b\ns: |\n  a\n  b")]
    [InlineData("a: >\n  x\n  y\n\n\n  z\n\nb: |-\n  q\n\n\n")]
    [InlineData("# top\n\nkey: 'it''s'\nempty: []\nnone: {}\nlist:\n  - { id: a, pages: \"1–2\" }\n  - [x, 'y z']\nlast: æøå «sitat» R&D – C# og a:b")]
    [InlineData("a: |\n  one\n\n    more\n  two\nb: x")]
    [InlineData("summary: Kommunen forbedrer ressursbruken sammen\n  med de ansatte.   \n\n     Neste avsnitt\n\n\n  og siste.\nstatus: active")]
    [InlineData("list:\n- en lang\n  verdi\n- title: to\n    linjer\n  date: 2026\nend: x\n  y")]
    [InlineData(PyYamlOutput)]
    [InlineData("a: 'en ''lang''   \n\n   verdi, med: kolon '\nb: \"to\n  linjer\"\nc:\n- 'i\n  liste'")]
    public void Plain_shapes_are_read_quickly_and_as_YamlDotNet_reads_them(string yaml) =>
        Assert.True(ReadsQuicklyAsYamlDotNet(yaml, 0, yaml.Length));

    [Theory]
    [InlineData("a: 1\na: 2")]
    [InlineData("s: { a: 1, a: 2 }")]
    [InlineData("a: &x 1\nb: *x")]
    [InlineData("a: !!str 1")]
    [InlineData("a: one\n  # comment\n  two")]
    [InlineData("a: one\n  - two")]
    [InlineData("a: b: c")]
    [InlineData("a: b # comment")]
    [InlineData("a: \"x\\ty\"")]
    [InlineData("a: \"x\n  \\ty\"")]
    [InlineData("a: 'x\ny'")]
    [InlineData("a: '\n  x'")]
    [InlineData("a:\tb")]
    [InlineData("a: x\u2028b: y")]
    [InlineData("a: 1\n---\nb: 2")]
    [InlineData("a: [1,\n  2]")]
    [InlineData("a: |+\n  x\n")]
    [InlineData("a: |2\n   x\n")]
    [InlineData("- a\n- b")]
    [InlineData("\"a b\": 1")]
    [InlineData("a:\n  - x\n  y: 1")]
    [InlineData("a: 1\n b: 2")]
    [InlineData("")]
    [InlineData("# only a comment")]
    public void Anything_else_is_left_to_YamlDotNet(string yaml) =>
        Assert.Null(StrictYamlReader.TryRead(yaml, 0, yaml.Length));

    [Fact]
    public void Lists_and_groups_nested_deeper_than_content_may_be_are_left_to_YamlDotNet()
    {
        var deep = new StringBuilder("a:\n");
        for (var depth = 1; depth <= DepthLimitedParser.MaxDepth + 2; depth++)
        {
            deep.Append(' ', depth * 2).Append("b:\n");
        }

        deep.Append(' ', (DepthLimitedParser.MaxDepth + 3) * 2).Append("c: 1");
        Assert.Null(StrictYamlReader.TryRead(deep.ToString(), 0, deep.Length));
    }

    /// <summary>
    /// Thousands of small damages to plain content (a colon, a dash, a quote, a bracket, a space or a line break put in,
    /// taken out or changed, from a fixed seed): whatever the quick reader still reads, YamlDotNet must read the same way.
    /// </summary>
    [Fact]
    public void A_damaged_file_is_never_read_differently_from_YamlDotNet()
    {
        var maker = new ProgrammeMaker(3, seed: 11).Files().First(f => f.Path.StartsWith("subprojects/", StringComparison.Ordinal));
        var (start, end) = YamlOf(maker.Path, maker.Text);
        var samples = new[]
        {
            maker.Text[start..end],
            File.ReadAllText(Path.Combine(RepositoryPaths.Content, "risks.yml")),
            "a: x\nlist:\n- { k: v, n: [1, 2] }\n- t: 'q''s'\n  u: >-\n    f\n    g\n\n    h\nb: |\n  l\n\n  m\n# c\nc: \"d\"\n",
            PyYamlOutput + "wrapped: plain text\n  on two lines\nquoted: \"two\n\n  lines\"\n",
        };
        var damage = new SmallDamage(" \n\n  -:#|>'\"[]{},&*!?abc01", seed: 20261127);
        var quick = 0;
        for (var i = 0; i < 8000; i++)
        {
            var yaml = damage.To(samples[i % samples.Length]);
            if (ReadsQuicklyAsYamlDotNet(yaml, 0, yaml.Length))
            {
                quick++;
            }
        }

        // Most damages hit text, where the file stays plain; the comparison must have been made often to mean anything.
        Assert.InRange(quick, 2500, 8000);
    }
}
