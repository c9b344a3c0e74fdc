using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Binding;

public static class ProgrammeBinder
{
    internal static readonly string[] Keys =
    [
        "name", "full_name", "organisation", "start", "end", "summary", "background", "aims", "owner", "steering",
        "communication_plan", "contact", "goals", "milestones", "sources", "organisation_url", "report_max_age_months", "url", "logo",
        "communication_owner", "communication_due", "communication_audiences",
    ];

    internal static readonly string[] GoalKeys = ["id", "title", "unit", "comparison", "target", "deadline", "description", "values"];
    internal static readonly string[] ValueKeys = ["date", "value", "source"];
    internal static readonly string[] ContactKeys = ["name", "email", "phone", "url"];
    internal static readonly string[] SourceKeys = ["id", "title", "date", "issued_by", "url", "file"];
    internal static readonly string[] LogoKeys = ["file", "alt"];
    internal static readonly string[] AudienceKeys = ["audience", "how"];

    public static Programme? Bind(SourceDocument document, BindingScope scope)
    {
        var reader = new FieldReader(document, document.Data!, scope.Diagnostics, Keys);
        var name = reader.Text("name", required: true);
        var organisation = reader.Text("organisation", required: true);
        var summary = reader.Text("summary", required: true);
        var start = reader.Date("start");
        var end = reader.Date("end");
        reader.RequireOrder(start, end, "start", "end");
        var contact = reader.Section("contact", ContactKeys) is { } c
            ? new Contact(c.Text("name"), c.Text("email"), c.Text("phone"), c.Url("url"))
            : null;
        var goals = reader.Items("goals", GoalKeys).Select(g => BindGoal(g, scope)).OfType<Goal>().ToList();
        var milestones = MilestoneBinder.BindAll(reader).ToList();
        var sources = reader.Items("sources", SourceKeys).Select(s => BindSource(s, scope)).OfType<ProgrammeSource>().ToList();
        var audiences = PlanAudiences(reader).ToList();

        var logo = reader.Section("logo", LogoKeys) is { } logoSection ? BindLogo(logoSection, scope) : null;

        if (name is null || organisation is null || summary is null)
        {
            return null;
        }

        return new Programme(
            name, reader.Text("full_name"), organisation, start, end, summary, reader.Markdown("background"),
            reader.TextList("aims"), reader.Text("owner"), reader.Text("steering"), reader.Markdown("communication_plan"),
            contact, [.. goals], [.. milestones.OrderBy(m => m.Date)], [.. sources])
        {
            OrganisationUrl = WebAddress(reader, "organisation_url"),
            Logo = logo,
            Url = WebAddress(reader, "url")?.TrimEnd('/'),
            ReportMaxAgeMonths = PositiveWhole(reader, "report_max_age_months"),
            CommunicationOwner = reader.Text("communication_owner"),
            CommunicationDue = reader.Date("communication_due"),
            CommunicationAudiences = [.. audiences],
        };
    }

    /// <summary>Each audience once: the plan page has one entry, and one page, per audience.</summary>
    private static IEnumerable<PlanAudience> PlanAudiences(FieldReader reader)
    {
        var seen = new HashSet<Audience>();
        foreach (var item in reader.Items("communication_audiences", AudienceKeys))
        {
            if (item.Enum<Audience>("audience", required: true) is not { } audience)
            {
                continue;
            }

            if (!seen.Add(audience))
            {
                reader.Diagnostics.Error(Diagnostics.DiagnosticCodes.DuplicateId, item.SpanOf("audience"),
                    $"Målgruppen «{EnumKeys.KeyOf(audience)}» står i kommunikasjonsplanen fra før. Skriv alt om hvordan den skal nås, på ett sted.");
                continue;
            }

            yield return new PlanAudience(audience, item.Text("how"));
        }
    }

    private static int? PositiveWhole(FieldReader reader, string key)
    {
        var value = reader.Integer(key);
        if (value is < 1)
        {
            reader.Diagnostics.Error(Diagnostics.DiagnosticCodes.NumberOutOfRange, reader.SpanOf(key), $"«{key}» må være et helt tall større enn 0, for eksempel 3.");
            return null;
        }

        return value;
    }

    private static ProgrammeSource? BindSource(FieldReader source, BindingScope scope)
    {
        var id = source.Text("id", required: true);
        var title = source.Text("title", required: true);
        if (id is not null)
        {
            if (!Slugs.IsValid(id))
            {
                scope.Diagnostics.Error(Diagnostics.DiagnosticCodes.InvalidSlug, source.SpanOf("id"),
                    $"«{id}» kan ikke brukes som id for en kilde. Bruk bare a–z, 0–9 og bindestrek, for eksempel «{Slugs.From(id)}».");
            }

            scope.Declarations.Add(new Declaration("source", id, source.SpanOf("id")));
        }

        return id is null || title is null
            ? null
            : new ProgrammeSource(id, title, source.Date("date"), source.Text("issued_by"), WebAddress(source, "url")) { File = scope.Attachment(source) };
    }

    private static Logo? BindLogo(FieldReader logo, BindingScope scope)
    {
        var alt = logo.Text("alt", required: true);
        var file = logo.Text("file", required: true) is null ? null : scope.Attachment(logo);
        if (file is not null && file.EndsWith(".pdf", StringComparison.Ordinal))
        {
            scope.Diagnostics.Error(Diagnostics.DiagnosticCodes.AttachmentRefused, logo.SpanOf("file"),
                $"Logoen må være et bilde (.png, .jpg eller .webp), ikke «{file}».");
            return null;
        }

        return file is null || alt is null ? null : new Logo(file, alt);
    }

    /// <summary>A source is linked from the site, so only an absolute http(s) address as a browser would parse it is accepted.</summary>
    private static string? WebAddress(FieldReader reader, string key)
    {
        var text = reader.Text(key);
        if (text is null || (SafeUrl.IsSafe(text) && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            return text;
        }

        reader.Diagnostics.Error(Diagnostics.DiagnosticCodes.UnsafeUrl, reader.SpanOf(key),
            $"«{text}» i «{key}» er ikke en nettadresse som kan lenkes til. Skriv hele adressen, som starter med https://.");
        return null;
    }

    private static Goal? BindGoal(FieldReader goal, BindingScope scope)
    {
        var id = goal.Id("id");
        var title = goal.Text("title", required: true);
        var unit = goal.Enum<GoalUnit>("unit", required: true);
        var comparison = goal.Enum<Comparison>("comparison", required: true);
        var target = goal.Number("target", required: true);
        var deadline = goal.Date("deadline");
        var description = goal.Markdown("description");
        var values = goal.Items("values", ValueKeys)
            .Select(v => (date: v.Date("date", required: true), value: v.Number("value", required: true), source: v.Text("source")))
            .Where(v => v.date is not null && v.value is not null)
            .Select(v => new GoalValue(v.date!, v.value!.Value, v.source))
            .OrderBy(v => v.Date)
            .ToList();
        if (id is not null)
        {
            scope.Declarations.Add(new Declaration("goal", id, goal.SpanOf("id")));
        }

        return id is null || title is null || unit is null || comparison is null || target is null
            ? null
            : new Goal(id, title, unit.Value, comparison.Value, target.Value, deadline, description, [.. values]);
    }
}
