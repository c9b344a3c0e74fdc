using SyntheticProgramme;

// synthetic-programme --subprojects N [--seed S] --content DIR [--hugo DIR]
// Writes a made-up programme of N subprojects as a content folder for the generator and, with --hugo,
// the same pages as a plain Hugo site, so the two can be timed against each other (see bench/run).
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

if (!options.TryGetValue("--subprojects", out var countText) || !int.TryParse(countText, out var count) || count < 1
    || !options.TryGetValue("--content", out var content) || args.Length % 2 != 0)
{
    Console.Error.WriteLine("Usage: synthetic-programme --subprojects N [--seed S] --content DIR [--hugo DIR]");
    return 2;
}

var seed = options.TryGetValue("--seed", out var seedText) ? ulong.Parse(seedText) : 1UL;
var files = new ProgrammeMaker(count, seed).Files().ToList();
FolderWriter.Write(content, files);
if (options.TryGetValue("--hugo", out var hugo))
{
    FolderWriter.Write(hugo, HugoSite.From(files));
}

Console.WriteLine($"{files.Count(f => f.Path.StartsWith("subprojects/", StringComparison.Ordinal))} subprojects, {files.Count} files");
return 0;
