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
