namespace SiteGen.Diagnostics;

/// <summary>
/// An unexpected exception while one file was being processed: a bug in the generator, not a content error.
/// It carries the file, so the one-line report at the top level can say which file to send with the bug report.
/// </summary>
public sealed class FileFailure(string file, Exception inner) : Exception($"{inner.GetType().Name}: {inner.Message}", inner)
{
    public string File { get; } = file;

    /// <summary>Runs <paramref name="work"/> for <paramref name="file"/>, tagging any exception it throws with the file.</summary>
    public static T While<T>(string file, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not (FileFailure or OperationCanceledException))
        {
            throw new FileFailure(file, e);
        }
    }

    public static void While(string file, Action work) => While(file, () =>
    {
        work();
        return 0;
    });

    /// <summary>The tagged failure inside what <see cref="Parallel"/> or a task wraps it in, if there is one.</summary>
    public static FileFailure? Find(Exception e) => e switch
    {
        FileFailure failure => failure,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(Find).FirstOrDefault(f => f is not null),
        _ => e.InnerException is null ? null : Find(e.InnerException),
    };

    /// <summary>Any exception that is not a content error is a bug: one line naming the file being processed, never a stack trace.</summary>
    public static string Describe(Exception e)
    {
        var failure = Find(e);
        var where = failure is null ? "" : $" while processing {SourceSpan.Escape(failure.File)}";
        var cause = failure?.InnerException ?? e;
        return $"internal error{where} ({cause.GetType().Name}: {SourceSpan.Escape(cause.Message)}). " +
            "This is a bug in the generator, not in your content: please report it with that file. Nothing was published.";
    }
}
