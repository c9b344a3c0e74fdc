using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SourceSpan = SiteGen.Diagnostics.SourceSpan;

namespace SiteGen.Rendering;

/// <summary>
/// Every Scriban template of the templates folder, parsed once per build. Includes are served from
/// the same parsed set, so no template is read or parsed while pages render.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    private readonly Dictionary<string, Template> _templates;
    private readonly Func<string, string> _displayPath;
    private readonly string _directory;

    private TemplateSet(string directory, Dictionary<string, Template> templates, Func<string, string> displayPath)
    {
        _directory = directory;
        _templates = templates;
        _displayPath = displayPath;
    }

    public static TemplateSet Load(string directory, DiagnosticBag diagnostics, Func<string, string> displayPath)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.sbn", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(directory, file).Replace('\\', '/');
            var template = Template.Parse(File.ReadAllText(file).Replace("\r\n", "\n"), name);
            foreach (var message in template.Messages)
            {
                diagnostics.Error(DiagnosticCodes.TemplateSyntax, ToSpan(displayPath(file), message.Span), message.Message);
            }

            templates[name] = template;
        }

        return new TemplateSet(directory, templates, displayPath);
    }

    public Template? Find(string name) => _templates.GetValueOrDefault(name);

    public SourceSpan SpanOf(string templateName, Scriban.Parsing.SourceSpan span) =>
        ToSpan(DisplayPathOf(templateName), span);

    public string DisplayPathOf(string templateName) => _displayPath(Path.Combine(_directory, templateName));

    private static SourceSpan ToSpan(string file, Scriban.Parsing.SourceSpan span) =>
        new(file, span.Start.Line + 1, span.Start.Column + 1);

    string ITemplateLoader.GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"There is no template '{templatePath}' in the templates folder.");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"There is no template '{templatePath}' in the templates folder.");
}
