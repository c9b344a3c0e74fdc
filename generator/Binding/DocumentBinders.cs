using SiteGen.Content;
using SiteGen.Model;

namespace SiteGen.Binding;

public static class UpdateBinder
{
    internal static readonly string[] Keys = ["title", "date", "summary", "kind", "subprojects", "source", "draft"];

    public static Update? Bind(SourceDocument document, BindingScope scope)
    {
        var reader = new FieldReader(document, document.Data!, scope.Diagnostics, Keys);
        var title = reader.Text("title", required: true);
        var date = reader.Date("date", required: true);
        SlugChecks.RequireDatedFileName(document, date, reader.SpanOf("date"), scope.Diagnostics);
        var update = new Update(
            document.Slug, document.Path, title ?? "", date!, reader.Text("summary"),
            reader.Enum<UpdateKind>("kind") ?? UpdateKind.News, scope.Subprojects(reader), scope.Sources(reader), reader.Bool("draft"),
            new MarkdownText(document.Body, new(document.Path, document.BodyLine, 1)));
        return title is null || date is null ? null : update;
    }
}

public static class MessageBinder
{
    internal static readonly string[] Keys = ["title", "date", "audiences", "channels", "owner", "status", "subprojects", "update", "draft"];

    public static Message? Bind(SourceDocument document, BindingScope scope)
    {
        var reader = new FieldReader(document, document.Data!, scope.Diagnostics, Keys);
        var title = reader.Text("title", required: true);
        var date = reader.Date("date", required: true);
        SlugChecks.RequireDatedFileName(document, date, reader.SpanOf("date"), scope.Diagnostics);
        var status = reader.Enum<MessageStatus>("status", required: true);
        var update = reader.Text("update");
        if (update is not null)
        {
            scope.Refer(ReferenceTarget.Update, update, reader.SpanOf("update"));
        }

        var message = new Message(
            document.Slug, document.Path, title ?? "", date!, reader.EnumList<Audience>("audiences"), reader.EnumList<Channel>("channels"),
            reader.Text("owner"), status ?? default, scope.Subprojects(reader), update, reader.Bool("draft"),
            new MarkdownText(document.Body, new(document.Path, document.BodyLine, 1)));
        return title is null || date is null || status is null ? null : message;
    }
}

public static class PageBinder
{
    internal static readonly string[] Keys = ["title", "summary", "order", "menu", "source", "draft"];

    public static Page? Bind(SourceDocument document, BindingScope scope)
    {
        SlugChecks.RequireValidFileName(document, scope.Diagnostics);
        var reader = new FieldReader(document, document.Data!, scope.Diagnostics, Keys);
        var title = reader.Text("title", required: true);
        var page = new Page(
            document.Slug, document.Path, title ?? "", reader.Text("summary"), reader.Integer("order") ?? int.MaxValue,
            reader.Bool("menu"), scope.Sources(reader), reader.Bool("draft"), new MarkdownText(document.Body, new(document.Path, document.BodyLine, 1)));
        return title is null ? null : page;
    }
}

public static class RiskBinder
{
    internal static readonly string[] Keys = ["id", "kind", "title", "measures", "probability", "consequence", "owner", "subprojects", "source"];

    public static IEnumerable<Risk> BindAll(SourceDocument document, BindingScope scope)
    {
        var file = new FieldReader(document, document.Data!, scope.Diagnostics, ["risks"]);
        foreach (var item in file.Items("risks", Keys))
        {
            var id = item.Id("id");
            var kind = item.Enum<RiskKind>("kind", required: true);
            var title = item.Text("title", required: true);
            var probability = Score(item, "probability");
            var consequence = Score(item, "consequence");
            var subprojects = scope.Subprojects(item);
            var sources = scope.Sources(item);
            if (id is not null)
            {
                scope.Declarations.Add(new Declaration("risk", id, item.SpanOf("id")));
            }

            if (id is not null && kind is not null && title is not null && probability is not null && consequence is not null)
            {
                yield return new Risk(id, kind.Value, title, item.Markdown("measures"), probability.Value, consequence.Value, item.Text("owner"), subprojects, sources);
            }
        }
    }

    /// <summary>Scores use the register's 1–5 scale, decimals allowed.</summary>
    private static decimal? Score(FieldReader item, string key)
    {
        var value = item.Number(key, required: true);
        if (value is < 1 or > 5)
        {
            item.Diagnostics.Error(Diagnostics.DiagnosticCodes.NumberOutOfRange, item.SpanOf(key),
                $"«{key}» må være mellom 1 og 5 (desimaler er lov, for eksempel 4.3), ikke {value}.");
            return null;
        }

        return value;
    }
}
