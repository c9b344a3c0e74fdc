using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>The file of one subproject (its feed, its calendar): <paramref name="make"/>'s, or one a preview session kept.</summary>
public delegate SiteFile SubprojectFile(Subproject subproject, Func<SiteFile> make);

public static class SubprojectFiles
{
    /// <summary>Always made anew, as a full build does.</summary>
    public static SiteFile Make(Subproject subproject, Func<SiteFile> make) => make();
}
