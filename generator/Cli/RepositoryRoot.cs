namespace SiteGen.Cli;

/// <summary>The folder holding the solution file, so commands work from anywhere inside the repository.</summary>
public static class RepositoryRoot
{
    public static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (dir.EnumerateFiles("*.sln").Any())
            {
                return dir.FullName;
            }
        }

        return start;
    }
}
