namespace SiteGen.Rendering;

/// <summary>A status as the site shows it everywhere: a word in a tag whose class gives its colour (templates call it as <c>tag_html</c>).</summary>
public sealed class StatusTag(UiStrings strings)
{
    public string Html(Enum status) => $"<strong class=\"tag tag--{Model.EnumKeys.KeyOf(status)}\">{HtmlText.Escape(strings.Label(status))}</strong>";
}
