using SiteGen.Model;
using System.Text;
using SiteGen.Build;
using SiteGen.Scaffolding;

namespace SiteGen.Cli;

/// <summary><c>new subproject|update|message &lt;title&gt;</c>: a new content file with every field explained in Norwegian.</summary>
public static class NewCommand
{
    public static readonly IReadOnlySet<string> ValueOptions = new HashSet<string> { "--content", "--date" };

    public static int Run(Arguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var kinds = string.Join("|", NewFileKind.All.Select(k => k.Name));
        if (arguments.Positional.Count == 0)
        {
            throw new UsageException($"new needs a kind and a title: new {kinds} <title>.");
        }

        var kind = NewFileKind.All.FirstOrDefault(k => k.Name == arguments.Positional[0])
            ?? throw new UsageException($"Unknown kind '{arguments.Positional[0]}'. Write new {kinds} <title>.");
        var title = string.Join(' ', arguments.Positional.Skip(1)).Trim();
        if (title.Length == 0)
        {
            throw new UsageException($"new {kind.Name} needs a title, for example: new {kind.Name} \"Første rapport\".");
        }

        var slug = Slugs.From(title);
        if (slug.Length == 0)
        {
            throw new UsageException($"The title '{title}' has no letters or digits to make a file name from.");
        }

        var content = BuildOptionsReader.ContentDirectory(arguments);
        var date = BuildOptionsReader.DateOption(arguments, "--date");
        var path = Path.Combine(content, kind.RelativePath(slug, date));
        if (File.Exists(path))
        {
            throw new UsageException($"{SiteBuilder.DisplayPath(path)} already exists and was left as it is. Edit that file, or choose another title.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, kind.Text(title, date), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        stdout.WriteLine(SiteBuilder.DisplayPath(path));
        stdout.WriteLine("Filen er et utkast (draft: true): den vises i serve og med --drafts, ikke på nettstedet. " +
            "Skriv teksten, sett draft: false når den er klar, kjør check og send endringen til godkjenning.");
        return ExitCodes.Success;
    }
}
