namespace SiteGen.Rendering.Charts;

/// <summary>
/// HTML made when a template prints it, not when the page model is shaped. A subproject's timeline is about 30 KB:
/// at 10,000 subprojects, holding every one from routing until its page was rendered took 300 MB. What the HTML is
/// made from is kept as <see cref="Inputs"/>, so a preview session's model fingerprint still sees when it changes.
/// </summary>
public sealed class DeferredHtml(IReadOnlyList<object?> inputs, Func<string> render)
{
    public IReadOnlyList<object?> Inputs => inputs;

    public override string ToString() => render();
}
