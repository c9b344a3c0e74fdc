using System.Globalization;
using System.Text;
using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>
/// iCalendar (RFC 5545) files of the milestones: all of them, and one per subproject. DTSTAMP is the as-of date, never
/// the clock, and UIDs come from the owner's slug, the milestone's date and title, and a number when one list has the
/// same title at the same date more than once, so output is deterministic and titles need not be unique. Every
/// milestone is an all-day event spanning its whole period: a day, a month, a quarter, a half-year or a year.
/// Milestones without a date have no place in a calendar and are left out.
/// </summary>
public static class MilestoneCalendarEmitter
{
    private const string ProductId = "-//sitegen//sitegen static site generator//NB";
    private const string ProgrammeScope = "programme";

    /// <summary>One event as UTF-8 lines, with what it is ordered by in a calendar.</summary>
    public sealed record CalendarEvent(DateOnly Start, string Uid, byte[] Lines);

    /// <summary>A subproject's calendar, and its events, which the programme's calendar has too.</summary>
    public sealed record SubprojectCalendar(SiteFile File, IReadOnlyList<CalendarEvent> Events);

    /// <param name="perSubproject">
    /// Makes a subproject's calendar with the function given, or keeps it from a preview session's last step: making
    /// the events of 10,000 subprojects again was a quarter of a second of every step that changed a status.
    /// </param>
    /// <param name="whole">
    /// Puts the programme's calendar together, or keeps it from the last step while its events are the same: ordering
    /// and copying the 80,000 events of 10,000 subprojects was a tenth of a second of every step that changed a status.
    /// </param>
    public static IEnumerable<SiteFile> Emit(SiteModel site, string baseUrl, Func<Enum, string> label, SubprojectFile<SubprojectCalendar>? perSubproject = null, WholeFile? whole = null)
    {
        perSubproject ??= SubprojectFiles.Make<SubprojectCalendar>;
        whole ??= SubprojectFiles.MakeWhole;
        var stamp = site.AsOf.ToString("yyyyMMdd'T'000000'Z'", CultureInfo.InvariantCulture);
        var host = new Uri(baseUrl).Host;
        List<CalendarEvent> Events(IEnumerable<Milestone> milestones, Subproject? owner)
        {
            // Every event of one owner links to the same page; each milestone's title is made a slug once, for numbering and UID.
            var page = new Uri(baseUrl + (owner is null ? SiteUrls.Milestones : SiteUrls.Subproject(owner.Slug))).AbsoluteUri;
            var scope = owner is null ? ProgrammeScope : "subproject-" + owner.Slug;
            var dated = milestones.Where(m => m.Date is not null).Select(m => (Milestone: m, Slug: Slugs.From(m.Title)));
            return
            [
                .. Occurrences.Number(dated, d => (d.Milestone.Date, d.Slug))
                    .Select(o => ToEvent(o.Item.Milestone, Uid(scope, o.Item.Milestone.Date!, o.Item.Slug, o.Number, host), owner, page, stamp, label)),
            ];
        }

        // Each subproject's events are made once and serve both its own calendar and the programme's.
        var calendars = site.Subprojects.AsParallel().AsOrdered().Select(s => perSubproject(s, () =>
        {
            var events = Events(s.Milestones, s);
            return new SubprojectCalendar(Calendar(SiteUrls.SubprojectCalendar(s.Slug), $"{site.Programme.Name}: {s.Title}", events), events);
        })).ToList();
        List<CalendarEvent> all = [.. Events(site.Programme.Milestones, null), .. calendars.SelectMany(c => c.Events)];
        return
        [
            whole(SiteUrls.MilestonesCalendar, [Encoding.UTF8.GetBytes(site.Programme.Name), .. all.Select(e => e.Lines)], () => Calendar(SiteUrls.MilestonesCalendar, site.Programme.Name, all)),
            .. calendars.Select(c => c.File),
        ];
    }

    private static SiteFile Calendar(string url, string name, IEnumerable<CalendarEvent> events)
    {
        using var text = new CalendarText()
            .Raw("BEGIN", "VCALENDAR")
            .Text("PRODID", ProductId)
            .Raw("VERSION", "2.0")
            .Text("X-WR-CALNAME", name);
        foreach (var calendarEvent in events.OrderBy(e => e.Start).ThenBy(e => e.Uid, StringComparer.Ordinal))
        {
            text.Lines(calendarEvent.Lines);
        }

        return SiteFile.AtUrl(url, text.Raw("END", "VCALENDAR").ToArray());
    }

    /// <param name="page">The absolute address of the page that shows the milestone.</param>
    private static CalendarEvent ToEvent(Milestone milestone, string uid, Subproject? owner, string page, string stamp, Func<Enum, string> label)
    {
        var date = milestone.Date!;
        // Properties in name order, as calendar files have always been written here.
        using var text = new CalendarText()
            .Raw("BEGIN", "VEVENT")
            .Text("DESCRIPTION", string.Join("\n", new[] { owner?.Title, date.Norwegian, milestone.Note }.OfType<string>()))
            .Raw("DTEND;VALUE=DATE", Day(date.End.AddDays(1)))
            .Raw("DTSTAMP", stamp)
            .Raw("DTSTART;VALUE=DATE", Day(date.Start))
            .Raw("SEQUENCE", "0")
            .Raw("STATUS", milestone.Status == MilestoneStatus.Cancelled ? "CANCELLED" : "CONFIRMED")
            .Text("SUMMARY", $"{milestone.Title} ({label(milestone.Status).ToLowerInvariant()})")
            .Raw("TRANSP", "TRANSPARENT")
            .Text("UID", uid)
            .Raw("URL", page)
            .Raw("END", "VEVENT");
        return new CalendarEvent(date.Start, uid, text.ToArray());
    }

    private static string Uid(string scope, PartialDate date, string slug, int number, string host) =>
        $"milestone-{scope}-{date.Iso.ToLowerInvariant()}-{slug}{(number > 1 ? $"-{number}" : "")}@{host}";

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
