using System.Text;
using SiteGen.Diagnostics;
using YamlDotNet.Core;

namespace SiteGen.Content;

/// <summary>
/// Reads every file under the content folder once, into source documents. Problems with a file
/// (not UTF-8, empty, YAML that does not parse) become diagnostics; the file then stays only as a name,
/// so references to it are not reported a second time as missing.
/// </summary>
/// <param name="reuse">A preview session's documents from its previous load: unchanged files are taken from there.</param>
public sealed class ContentLoader(DiagnosticBag diagnostics, Func<string, string> displayPath, LoadedFiles? reuse = null)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>No content file is near this; a bigger one is a mistake (or an attack) and is not read into memory.</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>How many bytes a file at this place in the content folder may have.</summary>
    public static int LimitOf(string relative) => ContentPaths.KindOf(relative) == ContentKind.Attachment ? Attachments.MaxBytes : MaxFileBytes;

    public IReadOnlyList<SourceDocument> Load(string contentDirectory) =>
        Load(reuse?.List(contentDirectory, diagnostics, displayPath) ?? new ContentFiles(diagnostics, displayPath).Find(contentDirectory),
            displayPath(System.IO.Path.Combine(contentDirectory, "programme.yml")));

    /// <summary>Loads the given files of one content folder; <paramref name="programmePath"/> is where a missing programme.yml is reported.</summary>
    public IReadOnlyList<SourceDocument> Load(IEnumerable<ContentFile> contentFiles, string programmePath)
    {
        var files = contentFiles
            .Where(f => !ContentPaths.IsHidden(f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();

        var programme = files.Any(f => f.Relative == "programme.yml");
        if (!programme)
        {
            diagnostics.Error(DiagnosticCodes.ProgrammeMissing, SourceSpan.AtFile(programmePath),
                "programme.yml mangler. Opprett content/programme.yml med minst name, organisation og summary.");
        }

        var documents = new SourceDocument?[files.Count];
        Parallel.For(0, files.Count, i => documents[i] = FileFailure.While(files[i].DisplayPath, () =>
            reuse is null ? LoadFile(files[i]) : reuse.Load(files[i], diagnostics, problems => new ContentLoader(problems, displayPath).LoadFile(files[i]))));
        reuse?.Finish(files);
        return documents.OfType<SourceDocument>().ToList();
    }

    private SourceDocument? LoadFile(ContentFile file)
    {
        var (relative, path) = (file.Relative, file.DisplayPath);
        var kind = ContentPaths.KindOf(relative);
        if (kind is null)
        {
            diagnostics.Warning(DiagnosticCodes.UnknownFile, SourceSpan.AtFile(path),
                $"Filen brukes ikke. {ContentPaths.WhereFilesBelong}");
            return null;
        }

        var slug = ContentPaths.SlugOf(relative);
        if (kind == ContentKind.Attachment)
        {
            return LoadAttachment(file, path, slug);
        }

        return Parse(file, relative, path, kind.Value, slug) ?? SourceDocument.Unreadable(path, kind.Value, slug);
    }

    private SourceDocument? LoadAttachment(ContentFile file, string path, string name)
    {
        if (!Attachments.IsValidName(name))
        {
            diagnostics.Error(DiagnosticCodes.AttachmentRefused, SourceSpan.AtFile(path),
                $"Filen «{name}» kan ikke publiseres med dette navnet eller denne filtypen. {Attachments.Advice}");
            return null;
        }

        var bytes = ReadBytes(file, path, Attachments.MaxBytes);
        return bytes is null ? null : SourceDocument.Attachment(path, name, bytes);
    }

    private SourceDocument? Parse(ContentFile file, string relative, string path, ContentKind kind, string slug)
    {
        var text = ReadText(file, path);
        if (text is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, SourceSpan.AtFile(path),
                "Filen er tom. Skriv innholdet, eller slett filen.");
            return null;
        }

        if (Printable.FirstRefused(text) is var refused and >= 0)
        {
            var lineStart = refused == 0 ? 0 : text.LastIndexOf('\n', refused - 1) + 1;
            diagnostics.Error(DiagnosticCodes.UnprintableCharacter, new SourceSpan(path, 1 + text.AsSpan(0, refused).Count('\n'), refused - lineStart + 1),
                $"Filen har et tegn som ikke kan vises ({Printable.Name(text[refused])}). {Printable.Advice}");
            return null;
        }

        return relative.EndsWith(".md", StringComparison.Ordinal)
            ? LoadMarkdown(path, kind, slug, text)
            : LoadYaml(path, kind, slug, text, 0, text.Length, 0, "", 1);
    }

    private string? ReadText(ContentFile file, string path)
    {
        var bytes = ReadBytes(file, path, MaxFileBytes);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = Locate(bytes, e.Index);
            diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceSpan(path, line, column),
                "Filen er ikke lagret som UTF-8. Lagre den på nytt med tegnkoding UTF-8 (i VS Code: «Save with Encoding» → UTF-8).");
            return null;
        }
    }

    private byte[]? ReadBytes(ContentFile file, string path, int limit)
    {
        try
        {
            var bytes = file.Read();
            if (bytes.Length <= limit)
            {
                return bytes;
            }

            diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceSpan.AtFile(path),
                $"Filen er større enn {limit / (1 << 20)} MB, og leses ikke. Del innholdet på flere filer, eller fjern det som ikke hører hjemme her.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceSpan.AtFile(path), $"Filen kan ikke leses: {e.Message}");
        }

        return null;
    }

    /// <summary>Line and column of the first byte that is not valid UTF-8, for the error message.</summary>
    private static (int Line, int Column) Locate(byte[] bytes, int index)
    {
        index = Math.Clamp(index, 0, bytes.Length);
        var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(index - 1, 0)) + 1;
        var line = 1 + bytes.AsSpan(0, lineStart).Count((byte)'\n');
        return (line, index - lineStart + 1);
    }

    private SourceDocument? LoadMarkdown(string path, ContentKind kind, string slug, string text)
    {
        if (!LineAt(text, 0, out var next).TrimEnd().SequenceEqual("---"))
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, SourceSpan.AtFile(path),
                "Filen må starte med en linje med bare «---», så feltene (title: …), og en ny linje «---» før teksten.");
            return null;
        }

        // The front matter and the body are located by offsets: only the body is copied out of the text.
        var yamlStart = next;
        for (var (line, start) = (1, next); start >= 0; line++, start = next)
        {
            if (LineAt(text, start, out next).TrimEnd() is "---" or "...")
            {
                var body = next < 0 ? "" : text[next..];
                return LoadYaml(path, kind, slug, text, yamlStart, Math.Max(start - 1, yamlStart), 1, body, line + 2);
            }
        }

        diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed, SourceSpan.AtFile(path),
            "Feltene øverst i filen er ikke avsluttet. Legg inn en linje med bare «---» etter det siste feltet.");
        return null;
    }

    /// <summary>The line of <paramref name="text"/> that starts at <paramref name="start"/>; <paramref name="next"/> is where the next one starts, -1 after the last.</summary>
    private static ReadOnlySpan<char> LineAt(string text, int start, out int next)
    {
        var end = text.IndexOf('\n', start);
        next = end < 0 ? -1 : end + 1;
        return text.AsSpan(start, (end < 0 ? text.Length : end) - start);
    }

    /// <summary>Parses the YAML in <paramref name="text"/> from <paramref name="yamlStart"/> to <paramref name="yamlEnd"/>, in place.</summary>
    private SourceDocument? LoadYaml(string path, ContentKind kind, string slug, string text, int yamlStart, int yamlEnd, int lineOffset, string body, int bodyLine)
    {
        if (StrictYamlReader.TryRead(text, yamlStart, yamlEnd) is { } plain)
        {
            return new SourceDocument(path, kind, slug, plain, lineOffset, yamlStart, body, bodyLine, text);
        }

        var yaml = text.AsMemory(yamlStart, yamlEnd - yamlStart);
        YamlValue? root;
        try
        {
            var reader = new YamlTreeReader(new DepthLimitedParser(new Parser(new TextSlice(yaml))));
            root = reader.Read();
            foreach (var (start, refused) in reader.Unprintable)
            {
                diagnostics.Error(DiagnosticCodes.UnprintableCharacter, new SourceSpan(path, (int)start.Line + lineOffset, (int)start.Column),
                    $"Teksten har et tegn som ikke kan vises ({Printable.Name(refused)}). {Printable.Advice}");
            }
        }
        catch (YamlLimitException e)
        {
            diagnostics.Error(DiagnosticCodes.NestedTooDeep, new SourceSpan(path, (int)e.Start.Line + lineOffset, (int)e.Start.Column), e.Message);
            return null;
        }

        catch (YamlException e)
        {
            var (line, column, message) = YamlErrorExplainer.Explain(e, yaml.ToString());
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceSpan(path, line + lineOffset, column), message);
            return null;
        }

        if (root is not YamlMapping mapping)
        {
            var at = root is null ? SourceSpan.AtFile(path) : new SourceSpan(path, (int)root.Start.Line + lineOffset, (int)root.Start.Column);
            diagnostics.Error(DiagnosticCodes.WrongType, at,
                "Feltene må skrives som «navn: verdi», ett felt per linje (for eksempel «title: Min tittel»).");
            return null;
        }

        return new SourceDocument(path, kind, slug, mapping, lineOffset, yamlStart, body, bodyLine, text);
    }
}
