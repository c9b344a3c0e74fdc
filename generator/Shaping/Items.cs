using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Shaping;

// The rows and cards that several pages show, each with its references resolved and its rules already applied.

/// <summary>A subproject as a card: with its parts, which a card lists or counts.</summary>
public sealed record SubprojectCard(Subproject Subproject, IReadOnlyList<Subproject> Parts)
{
    /// <summary>On the subproject lists a card lists its parts by name; elsewhere (the front page, a parent's page) it counts them.</summary>
    public bool ListsParts { get; init; }

    /// <summary>The parts as the card shows them, none when there are none.</summary>
    public ItemBlock<IReadOnlyList<Subproject>>? PartsBlock =>
        Parts.Count == 0 ? null : Block.For("card", Parts, (ListsParts, "part-list"), (true, "part-count"));
}

/// <summary>A milestone with the subproject it belongs to (none for the programme's own) and whether its date has passed unreported.</summary>
public sealed record MilestoneItem(Milestone Milestone, SubprojectLink? Subproject, bool Overdue);

public sealed record PhaseItem(Phase Phase, bool Overdue);

/// <summary>A subproject with its phases, as one group of rows in a phases table.</summary>
public sealed record PhaseGroup(Subproject Subproject, IReadOnlyList<PhaseItem> Phases);

/// <summary>An update as a list item; Future when it is dated after the as-of date (only in a preview with drafts).</summary>
public sealed record UpdateItem(Update Update, bool Future);

/// <summary>A message with the subprojects it names and, once published, the update that carried it.</summary>
public sealed record MessageItem(Message Message, IReadOnlyList<Subproject> Subprojects, Update? Update, bool Future)
{
    /// <summary>
    /// In the communication plan a message shows the subprojects it names and its text; on a subproject's or an
    /// update's page, which it is listed under, it does not.
    /// </summary>
    public bool Full { get; init; }

    public ItemBlock<IReadOnlyList<Audience>> AudienceList => Block.ListOrUnset("partials/message/audiences.sbn", Message.Audiences);

    public ItemBlock<IReadOnlyList<Channel>> ChannelList => Block.ListOrUnset("partials/message/channels.sbn", Message.Channels);

    public ItemBlock<IReadOnlyList<Subproject>>? SubprojectsFact => Full && Subprojects.Count > 0 ? new("partials/message/subprojects.sbn", Subprojects) : null;

    public ItemBlock<MarkdownText>? Text => Full && !Message.Body.IsEmpty ? new("partials/message/text.sbn", Message.Body) : null;
}

public sealed record MessageMonthGroup(PartialDate Month, IReadOnlyList<MessageItem> Messages);

/// <summary>Measures as a table; the owner and due columns only when some measure has one.</summary>
public sealed record MeasureTable(IReadOnlyList<Measure> Measures, bool HasOwner, bool HasDue)
{
    private const string Folder = "measures";

    public Block? OwnerHeading => HasOwner ? Block.Of(Folder, "owner-heading") : null;

    public Block? OwnerCell => HasOwner ? Block.Of(Folder, "owner-cell") : null;

    public Block? DueHeading => HasDue ? Block.Of(Folder, "due-heading") : null;

    public Block? DueCell => HasDue ? Block.Of(Folder, "due-cell") : null;
}

/// <summary>A risk with the subprojects it names and the cells the register marks it in, in words.</summary>
public sealed record RiskRow(Risk Risk, IReadOnlyList<Subproject> Subprojects, IReadOnlyList<string> Marks)
{
    /// <summary>The marks as a list, or "Ikke oppgitt" when the risk is in no cell.</summary>
    public ItemBlock<IReadOnlyList<string>> MarkList => Block.ListOrUnset("partials/risks/marks.sbn", Marks);

    /// <summary>Whom the risk concerns: its subprojects, or the whole programme when it names none.</summary>
    public ItemBlock<IReadOnlyList<Subproject>> Concerns => Block.For("risks", Subprojects, (Subprojects.Count > 0, "subprojects"), (true, "programme"));
}

/// <summary>
/// Risks as a table; Full is the register itself (with marks, measures, owner and subprojects), otherwise a short list
/// linking to it. The number columns carry the register's own labels where risks.yml gives them.
/// </summary>
public sealed record RiskTable(IReadOnlyList<RiskRow> Rows, bool Full, bool HasOwner, string? ProbabilityLabel, string? ConsequenceLabel) : IPartialView
{
    private const string Folder = "risks";

    public bool HasMarks => Rows.Any(r => r.Marks.Count > 0);

    public string Partial => Block.Of(Folder, Full ? "register" : "short-table").Partial;

    /// <summary>The register's column of matrix cells, when some risk is marked in one: its heading and each row's cell.</summary>
    public Block? MarksHeading => HasMarks ? Block.Of(Folder, "marks-heading") : null;

    public Block? MarksCell => HasMarks ? Block.Of(Folder, "marks-cell") : null;

    /// <summary>The register's owner column, when some risk has an owner.</summary>
    public Block? OwnerHeading => HasOwner ? Block.Of(Folder, "owner-heading") : null;

    public Block? OwnerCell => HasOwner ? Block.Of(Folder, "owner-cell") : null;
}

/// <summary>The items shared by every page kind, made from the index and the as-of date.</summary>
public sealed class ItemFactory(SiteIndex index, DateOnly asOf, RiskRegister? register = null)
{
    public SubprojectCard Card(Subproject subproject) => new(subproject, index.PartsOf(subproject));

    public MilestoneItem Milestone(Milestone milestone, SubprojectLink? subproject) =>
        new(milestone, subproject, Schedule.IsOverdue(milestone, asOf));

    public PhaseItem Phase(Phase phase) => new(phase, Schedule.IsOverdue(phase, asOf));

    public PhaseGroup Phases(Subproject subproject) => new(subproject, [.. subproject.Phases.Select(Phase)]);

    public UpdateItem Update(Update update) => new(update, Schedule.IsFuture(update.Date, asOf));

    public MessageItem Message(Message message) =>
        new(message,
            index.Subprojects(message.Subprojects),
            message.Status == MessageStatus.Published && message.Update is not null ? index.Update(message.Update) : null,
            Schedule.IsFuture(message.Date, asOf));

    public IReadOnlyList<MessageMonthGroup> MessageMonths(IEnumerable<Message> messages) =>
        [.. Aggregates.MessagesByMonth(messages).Select(m => new MessageMonthGroup(m.Month, [.. m.Messages.Select(x => Message(x) with { Full = true })]))];

    public static MeasureTable Measures(IReadOnlyList<Measure> measures) =>
        new(measures, measures.Any(m => m.Owner is not null), measures.Any(m => m.Due is not null));

    public RiskTable Risks(IEnumerable<Risk> risks, bool full)
    {
        var rows = risks.Select(r => new RiskRow(r, index.Subprojects(r.Subprojects), [.. r.Cells.Select(c => RiskMatrixView.Describe(c, register?.Matrix))])).ToList();
        return new RiskTable(rows, full, rows.Any(r => r.Risk.Owner is not null), register?.ProbabilityLabel, register?.ConsequenceLabel);
    }
}
