using SiteGen.Model;

namespace SiteGen.Tests.Shaping;

/// <summary>Small hand-made documents for the page-model rules, so each test shows the few fields it is about.</summary>
internal static class Make
{
    public static readonly DateOnly AsOf = new(2024, 6, 15);

    public static PartialDate Date(string text) => PartialDate.TryParse(text) ?? throw new ArgumentException(text);

    public static MarkdownText Text(string source) => new(source, default);

    public static Subproject Subproject(string slug, string? parent = null, SubprojectStatus status = SubprojectStatus.Active) =>
        new(slug, slug + ".md", "Tittel " + slug, null, status, null, null, null, null, null, null, null, parent,
            null, null, null, null, null, 1, [], [], [], [], null, [], false, Text(""));

    public static Update Update(string slug, string date, params string[] subprojects) =>
        new(slug, slug + ".md", "Oppdatering " + slug, Date(date), null, UpdateKind.Report, [.. subprojects], [], false, Text(""));

    public static Message Message(string slug, string date, string? update = null, MessageStatus status = MessageStatus.Published, params string[] subprojects) =>
        new(slug, slug + ".md", "Melding " + slug, Date(date), [Audience.Employees], [Channel.Intranet], null, status, [.. subprojects], update, false, Text(""));

    public static Risk Risk(string id, params string[] subprojects) =>
        new(id, RiskKind.Risk, "Risiko " + id, null, [], 3, 3, null, [.. subprojects], []);

    public static SiteModel Site(IEnumerable<Subproject> subprojects, IEnumerable<Update>? updates = null, IEnumerable<Message>? messages = null, IEnumerable<Risk>? risks = null) =>
        new(new Programme("Programmet", null, "Kommunen", null, null, "Kort om programmet.", null, [], null, null, null, null, [], [], []),
            [.. subprojects], [.. updates ?? []], [.. messages ?? []], [.. risks ?? []], [], AsOf);
}
