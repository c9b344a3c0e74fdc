using SiteGen.Diagnostics;

namespace SiteGen.Tests.Hostile;

/// <summary>A bug in the generator is reported as one line naming the file, never as a stack trace.</summary>
public class InternalErrorTests
{
    [Fact]
    public void Names_the_file_being_processed_from_inside_a_parallel_loop_in_one_line()
    {
        var thrown = Assert.Throws<AggregateException>(() => Parallel.For(0, 4, i =>
            FileFailure.While($"content/subprojects/fil{i}\nfalsk.md", () => i == 2 ? throw new InvalidCastException("Specified cast is not valid.") : 0)));

        var line = FileFailure.Describe(thrown);

        Assert.Equal(
            "internal error while processing content/subprojects/fil2\\nfalsk.md (InvalidCastException: Specified cast is not valid.). " +
            "This is a bug in the generator, not in your content: please report it with that file. Nothing was published.",
            line);
    }
}
