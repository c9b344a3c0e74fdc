using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>
/// The open-data tables: for each CSV file its columns (content key, Norwegian description) and how a row is read
/// from the model. <see cref="All"/> is what the /data/ page documents; <see cref="CsvEmitter"/> writes the files.
/// Values keep their content form: dates as written (2024-Q2), enum keys in English, money as low/high columns.
/// </summary>
public static class OpenDataTables
{
    private const string ListNote = " (flere skilles med semikolon)";

    private static readonly ImmutableArray<ITableSource> Sources =
    [
        new TableSource<Subproject>("subprojects.csv", "Delprosjekter", _ => [], s => [s],
        [
            new("slug", "Kort navn, brukt i adressen /delprosjekter/<slug>/", s => s.Slug),
            new("title", "Navn", s => s.Title),
            new("summary", "Kort beskrivelse", s => s.Summary),
            new("status", "Status: planned, active, completed, paused eller stopped", s => Key(s.Status)),
            new("health", "Framdrift: on_track, at_risk eller off_track", s => Key(s.Health)),
            new("health_note", "Kommentar til framdriften", s => s.HealthNote),
            new("start", "Start (dag, måned, kvartal, halvår eller år)", s => s.Start?.Iso),
            new("end", "Slutt (dag, måned, kvartal, halvår eller år)", s => s.End?.Iso),
            new("owner", "Ansvarlig", s => s.Owner),
            new("lead", "Prosjektleder", s => s.Lead),
            new("steering", "Styringsgruppe", s => s.Steering),
            new("parent", "Delprosjektet dette er en del av (slug)", s => s.Parent),
        ]),
        new TableSource<(Milestone Item, Subproject? Owner)>("milestones.csv", "Milepæler",
            site => site.Programme.Milestones.Select(m => (m, (Subproject?)null)), s => s.Milestones.Select(m => (m, (Subproject?)s)),
        [
            new("subproject", "Delprosjektet milepælen hører til (slug); tom for programmets egne", r => r.Owner?.Slug),
            new("title", "Milepæl", r => r.Item.Title),
            new("date", "Dato (dag, måned, kvartal, halvår eller år)", r => r.Item.Date?.Iso),
            new("status", "Status: planned, done, delayed eller cancelled", r => Key(r.Item.Status)),
            new("note", "Merknad", r => r.Item.Note),
        ]),
        new TableSource<(Measure Item, Subproject Owner)>("measures.csv", "Tiltak", _ => [], s => s.Measures.Select(m => (m, s)),
        [
            new("subproject", "Delprosjektet tiltaket hører til (slug)", r => r.Owner.Slug),
            new("title", "Tiltak", r => r.Item.Title),
            new("status", "Status: implemented, in_progress, planned, not_started, not_feasible eller rejected", r => Key(r.Item.Status)),
            new("owner", "Ansvarlig", r => r.Item.Owner),
            new("due", "Frist (dag, måned, kvartal, halvår eller år)", r => r.Item.Due?.Iso),
            .. MoneyColumns<(Measure Item, Subproject Owner)>("estimate", "Anslått innsparing i kroner", r => r.Item.Estimate),
            new("note", "Merknad", r => r.Item.Note),
        ]),
        new TableSource<(Gain Item, Subproject Owner)>("gains.csv", "Gevinster", _ => [], s => s.Gains.Select(g => (g, s)),
        [
            new("subproject", "Delprosjektet gevinsten hører til (slug)", r => r.Owner.Slug),
            new("type", "Type: cost, time eller quality", r => Key(r.Item.Type)),
            new("description", "Beskrivelse", r => r.Item.Description),
            .. MoneyColumns<(Gain Item, Subproject Owner)>("estimate", "Anslått gevinst i kroner", r => r.Item.Estimate),
            new("period", "Periode (dag, måned, kvartal, halvår eller år)", r => r.Item.Period?.Iso),
        ]),
        new TableSource<Risk>("risks.csv", "Risikoer og muligheter", site => site.Risks, null,
        [
            new("id", "Nummer i registeret", r => r.Id),
            new("kind", "Type: risk eller opportunity", r => Key(r.Kind)),
            new("title", "Beskrivelse", r => r.Title),
            new("measures", "Tiltak (Markdown)", r => r.Measures?.Source),
            new("cells", "Rutene registeret markerer, som side/kolonne/rad (tom der registeret bare markerer kolonne eller rad)" + ListNote,
                r => List(r.Cells.Select(c => $"{Key(c.Group)}/{c.Column}/{c.Row}"))),
            new("probability", "Sannsynlighet, tallet slik registeret oppgir det", r => r.Probability?.ToString(CultureInfo.InvariantCulture)),
            new("consequence", "Konsekvens, tallet slik registeret oppgir det", r => r.Consequence?.ToString(CultureInfo.InvariantCulture)),
            new("owner", "Ansvarlig", r => r.Owner),
            new("subprojects", "Delprosjekter det gjelder (slug)" + ListNote, r => List(r.Subprojects)),
        ]),
        new TableSource<Message>("messages.csv", "Kommunikasjonsplan", site => site.Messages, null,
        [
            new("slug", "Kort navn", m => m.Slug),
            new("title", "Budskap", m => m.Title),
            new("date", "Dato (dag, måned, kvartal, halvår eller år)", m => m.Date.Iso),
            new("audiences", "Målgrupper" + ListNote, m => List(m.Audiences.Select(a => EnumKeys.KeyOf(a)))),
            new("channels", "Kanaler" + ListNote, m => List(m.Channels.Select(c => EnumKeys.KeyOf(c)))),
            new("owner", "Ansvarlig", m => m.Owner),
            new("status", "Status: planned, published eller cancelled", m => Key(m.Status)),
            new("subprojects", "Delprosjekter det gjelder (slug)" + ListNote, m => List(m.Subprojects)),
            new("update", "Oppdateringen som formidler budskapet (slug)", m => m.Update),
        ]),
        new TableSource<Update>("updates.csv", "Oppdateringer", site => site.Updates, null,
        [
            new("slug", "Kort navn, brukt i adressen /oppdateringer/<slug>/", u => u.Slug),
            new("title", "Tittel", u => u.Title),
            new("date", "Dato", u => u.Date.Iso),
            new("summary", "Sammendrag", u => u.Summary),
            new("kind", "Type: report eller news", u => Key(u.Kind)),
            new("subprojects", "Delprosjekter den omtaler (slug)" + ListNote, u => List(u.Subprojects)),
        ]),
    ];

    /// <summary>Every open-data CSV file with its columns, in the order the /data/ page lists them.</summary>
    public static ImmutableArray<OpenDataTable> All { get; } = [.. Sources.Select(s => s.Table)];

    /// <summary>
    /// Each table with its rows as text, in column order; empty text for values the content leaves out. A table lists
    /// first the rows of no subproject (the programme's milestones, every risk), then each subproject's rows
    /// (<see cref="RowsOf"/>) in the model's order. A table's rows come in one array filled anew for each row, to be
    /// read before the next: at 10,000 subprojects there are over 100,000 rows, each of which otherwise costs arrays
    /// that are dropped as soon as it is written.
    /// </summary>
    internal static IEnumerable<(OpenDataTable Table, IEnumerable<IReadOnlyList<string>> Rows)> Rows(SiteModel site) =>
        Sources.Select(s => (s.Table, s.Rows(site)));

    /// <summary>One subproject's rows of each table, in the order of <see cref="All"/>: none in a table of other items.</summary>
    internal static IEnumerable<IEnumerable<IReadOnlyList<string>>> RowsOf(Subproject subproject) =>
        Sources.Select(s => s.RowsOf(subproject));

    private static IEnumerable<Column<T>> MoneyColumns<T>(string key, string description, Func<T, Money?> money) =>
    [
        new($"{key}_low", description + ", lavt anslag (lik høyt når beløpet er eksakt)", r => money(r)?.Low.ToString(CultureInfo.InvariantCulture)),
        new($"{key}_high", description + ", høyt anslag", r => money(r)?.High.ToString(CultureInfo.InvariantCulture)),
    ];

    private static string? Key(Enum? value) => value is null ? null : EnumKeys.KeyOf(value);

    private static string List(IEnumerable<string> values) => string.Join(';', values);

    private sealed record Column<T>(string Name, string Description, Func<T, string?> Value);

    private interface ITableSource
    {
        OpenDataTable Table { get; }

        IEnumerable<IReadOnlyList<string>> Rows(SiteModel site);

        IEnumerable<IReadOnlyList<string>> RowsOf(Subproject subproject);
    }

    /// <param name="items">The items of no subproject.</param>
    /// <param name="itemsOf">A subproject's items; null for a table of other items.</param>
    private sealed class TableSource<T>(string file, string title, Func<SiteModel, IEnumerable<T>> items, Func<Subproject, IEnumerable<T>>? itemsOf, ImmutableArray<Column<T>> columns) : ITableSource
    {
        public OpenDataTable Table { get; } = new(file, title, [.. columns.Select(c => new OpenDataColumn(c.Name, c.Description))]);

        public IEnumerable<IReadOnlyList<string>> Rows(SiteModel site) => RowsOf(items(site));

        public IEnumerable<IReadOnlyList<string>> RowsOf(Subproject subproject) => itemsOf is null ? [] : RowsOf(itemsOf(subproject));

        private IEnumerable<IReadOnlyList<string>> RowsOf(IEnumerable<T> items)
        {
            var row = new string[columns.Length];
            foreach (var item in items)
            {
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = columns[i].Value(item) ?? "";
                }

                yield return row;
            }
        }
    }
}
