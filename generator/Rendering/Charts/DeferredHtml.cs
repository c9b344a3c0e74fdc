namespace SiteGen.Rendering.Charts;

/// <summary>
/// HTML made when a template prints it, not when the page model is shaped. A subproject's timeline is about 30 KB:
/// at 10,000 subprojects, holding every one from routing until its page was rendered took 300 MB.
/// </summary>
public sealed class DeferredHtml(Func<string> render)
{
    public override string ToString() => render();
}
