using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>What is made of one subproject (its feed, its calendar): <paramref name="make"/>'s, or what a preview session kept.</summary>
public delegate T SubprojectFile<T>(Subproject subproject, Func<T> make);

public static class SubprojectFiles
{
    /// <summary>Always made anew, as a full build does.</summary>
    public static T Make<T>(Subproject subproject, Func<T> make) => make();
}

/// <summary>What a preview session keeps of each subproject's part of the data files: its feed, its calendar, its rows of the open-data tables.</summary>
public sealed record SubprojectData(
    SubprojectFile<SiteFile> Feeds,
    SubprojectFile<MilestoneCalendarEmitter.SubprojectCalendar> Calendars,
    SubprojectFile<System.Collections.Immutable.ImmutableArray<byte[]>> Rows);
