using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Binding;

public class MilestoneBindingTests
{
    [Fact]
    public void Reports_two_milestones_with_one_title_in_the_same_subproject_at_the_second_title()
    {
        using var content = new ContentCopy();
        content.Write("subprojects/dobbel.md", """
            ---
            title: Dobbel
            status: active
            milestones:
              - title: Rapport
                date: 2024-03
              - title: rapport
                date: 2024-06
            ---
            """);

        var result = content.Check();

        Reported.Error(result, DiagnosticCodes.DuplicateId, "subprojects/dobbel.md", 7, 12);
    }
}
