using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>What is made of one subproject (its feed, its calendar, its CSV rows): <paramref name="make"/>'s, or what a preview session kept.</summary>
public delegate T SubprojectFile<T>(Subproject subproject, Func<T> make);

/// <summary>
/// A file put together from parts (a CSV file from every subproject's rows, the programme's calendar from their
/// events): <paramref name="make"/>'s, or what a preview session kept while the parts are the same bytes. The parts
/// are all the file is made from, so a full build, which does not compare them, costs nothing for it.
/// </summary>
public delegate SiteFile WholeFile(string url, IReadOnlyList<byte[]> parts, Func<SiteFile> make);

public static class SubprojectFiles
{
    /// <summary>Always made anew, as a full build does.</summary>
    public static T Make<T>(Subproject subproject, Func<T> make) => make();

    /// <summary>Always made anew, as a full build does.</summary>
    public static SiteFile MakeWhole(string url, IReadOnlyList<byte[]> parts, Func<SiteFile> make) => make();
}

/// <summary>
/// What a preview session keeps of each subproject's part of the data files (its feed, its calendar, its rows of the
/// open-data tables), and of the files put together from them.
/// </summary>
public sealed record SubprojectData(
    SubprojectFile<SiteFile> Feeds,
    SubprojectFile<MilestoneCalendarEmitter.SubprojectCalendar> Calendars,
    SubprojectFile<System.Collections.Immutable.ImmutableArray<byte[]>> Rows,
    WholeFile Whole);
