namespace SiteGen.Diagnostics;

/// <summary>
/// Every code the generator reports. Codes are stable: editors and the README refer to them,
/// so a code is never reused for another meaning.
/// </summary>
public static class DiagnosticCodes
{
    // Load
    public const string FileUnreadable = "LV001";
    public const string NotUtf8 = "LV002";
    public const string EmptyFile = "LV003";
    public const string FrontMatterMissing = "LV004";
    public const string FrontMatterUnclosed = "LV005";
    public const string YamlSyntax = "LV006";
    public const string UnknownFile = "LV007";
    public const string ProgrammeMissing = "LV008";
    public const string NotARegularFile = "LV009";
    public const string LinkLeavesContent = "LV010";
    public const string FileTooLarge = "LV011";
    public const string NestedTooDeep = "LV012";
    public const string AttachmentRefused = "LV013";
    public const string UnprintableCharacter = "LV014";

    // Bind
    public const string UnknownKey = "LV101";
    public const string MissingField = "LV102";
    public const string WrongType = "LV103";
    public const string InvalidDate = "LV104";
    public const string InvalidMoney = "LV105";
    public const string UnknownEnumValue = "LV106";
    public const string InvalidNumber = "LV107";
    public const string InvalidSlug = "LV108";
    public const string FileNameDateMismatch = "LV109";
    public const string InvalidId = "LV110";

    // Validate
    public const string EndBeforeStart = "LV201";
    public const string DuplicateId = "LV202";
    public const string UnknownReference = "LV203";
    public const string NestedParent = "LV204";
    public const string RouteCollision = "LV205";
    public const string NumberOutOfRange = "LV206";
    public const string MissingSource = "LV207";
    public const string Placeholder = "LV230";
    public const string NoPublishedAddress = "LV231";
    public const string UnexplainedAbbreviation = "LV232";

    // Markdown
    public const string BrokenLink = "LV301";
    public const string ImageWithoutAlt = "LV302";
    public const string UnsafeHtml = "LV303";
    public const string UnsafeUrl = "LV304";

    // Templates
    public const string TemplateSyntax = "LV401";
    public const string TemplateRuntime = "LV402";
    public const string TemplateMissing = "LV403";
    public const string PageStructure = "LV404";
    public const string UnsafeOutput = "LV405";

    // History (git)
    public const string NoHistory = "LV501";

    // The generator itself
    public const string InternalError = "LV900";
}
