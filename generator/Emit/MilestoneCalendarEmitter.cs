using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>
/// iCalendar (RFC 5545) files of the milestones: all of them, and one per subproject. Written with Ical.Net, which
/// folds and escapes lines and keeps properties in a fixed order; DTSTAMP is set from the as-of date (Ical.Net would
/// otherwise take the clock) and UIDs from the owner's slug, the milestone's date and title, and a number when one
/// list has the same title at the same date more than once, so output is deterministic and titles need not be unique.
/// Every milestone is an all-day event spanning its whole period: a day, a month, a quarter, a half-year or a year.
/// Milestones without a date have no place in a calendar and are left out.
/// </summary>
public static class MilestoneCalendarEmitter
{
    private const string ProductId = "-//sitegen//sitegen static site generator//NB";
    private const string ProgrammeScope = "programme";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IEnumerable<SiteFile> Emit(SiteModel site, string baseUrl, Func<Enum, string> label)
    {
        var stamp = new CalDateTime(site.AsOf.ToDateTime(TimeOnly.MinValue), CalDateTime.UtcTzId);
        var host = new Uri(baseUrl).Host;
        IEnumerable<CalendarEvent?> Events(IEnumerable<Milestone> milestones, Subproject? owner) =>
            Occurrences.Number(milestones, m => $"{m.Date?.Iso} {Slugs.From(m.Title)}")
                .Select(o => ToEvent(o.Item, o.Number, owner, baseUrl, host, stamp, label));

        return
        [
            Calendar(SiteUrls.MilestonesCalendar, site.Programme.Name, Events(site.Programme.Milestones, null)
                .Concat(site.Subprojects.SelectMany(s => Events(s.Milestones, s)))),
            .. site.Subprojects.AsParallel().AsOrdered().Select(s => Calendar(
                SiteUrls.SubprojectCalendar(s.Slug), $"{site.Programme.Name}: {s.Title}", Events(s.Milestones, s))),
        ];
    }

    private static SiteFile Calendar(string url, string name, IEnumerable<CalendarEvent?> events)
    {
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.Events.AddRange(events.OfType<CalendarEvent>().OrderBy(e => e.DtStart!.Value).ThenBy(e => e.Uid, StringComparer.Ordinal));

        // RFC 5545 lines end in CRLF, so the text is not passed through SiteFile.Text, which makes LF.
        return SiteFile.AtUrl(url, Utf8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!));
    }

    private static CalendarEvent? ToEvent(Milestone milestone, int number, Subproject? owner, string baseUrl, string host, CalDateTime stamp, Func<Enum, string> label)
    {
        if (milestone.Date is not { } date)
        {
            return null;
        }

        var scope = owner is null ? ProgrammeScope : $"subproject-{owner.Slug}";
        var page = owner is null ? SiteUrls.Milestones : SiteUrls.Subproject(owner.Slug);
        return new CalendarEvent
        {
            Uid = $"milestone-{scope}-{date.Iso.ToLowerInvariant()}-{Slugs.From(milestone.Title)}{(number > 1 ? $"-{number}" : "")}@{host}",
            DtStamp = stamp,
            Start = new CalDateTime(date.Start),
            End = new CalDateTime(date.End.AddDays(1)),
            Summary = $"{milestone.Title} ({label(milestone.Status).ToLowerInvariant()})",
            Description = string.Join("\n", new[] { owner?.Title, date.Norwegian, milestone.Note }.OfType<string>()),
            Url = new Uri(baseUrl + page),
            Status = milestone.Status == MilestoneStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Transparency = TransparencyType.Transparent,
        };
    }
}
