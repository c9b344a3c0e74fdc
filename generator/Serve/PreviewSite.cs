using System.Runtime;
using SiteGen.Build;
using SiteGen.Diagnostics;

namespace SiteGen.Serve;

/// <summary>
/// The site <c>serve</c> shows: built into a temporary folder it owns, the errors of the latest build,
/// and a generation number that changes on every rebuild so that open pages know to reload.
/// After the first build, a save rebuilds only what depends on the changed file (<see cref="IncrementalBuild"/>).
/// A failed build writes nothing, so the folder keeps the last good site.
/// </summary>
public sealed class PreviewSite : IDisposable
{
    private readonly Lock _buildGate = new();
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("sitegen-serve-").FullName;
    private readonly Action<BuildResult> _onBuilt;
    private readonly TextWriter _log;
    private readonly IncrementalBuild _session;
    /// <summary>How long the preview waits after a rebuild, without another one, before it collects its garbage.</summary>
    private static readonly TimeSpan CollectAfter = TimeSpan.FromSeconds(2);

    /// <summary>The most a step may allocate without a collection (<see cref="CollectWhileIdle"/>).</summary>
    private const long MostWithoutCollection = 256 << 20;

    // Once saves pause, the preview collects its garbage, so that the next save finds the old generation clean
    // (without it the process grew by 100 MB a save), and keeps collections out of the next step.
    private readonly Timer _collector;
    private long _lastAllocated = MostWithoutCollection;
    private int _generation;
    private TaskCompletionSource _changed = NewSignal();

    public PreviewSite(BuildOptions options, Action<BuildResult> onBuilt, TextWriter log)
    {
        Options = options with { OutputDirectory = Path.Combine(_workDirectory, "site"), IncludeDrafts = true };
        _session = new IncrementalBuild(Options);
        _onBuilt = onBuilt;
        _log = log;
        _collector = new Timer(_ => CollectWhileIdle());
    }

    public BuildOptions Options { get; }

    public string Root => Options.OutputDirectory;

    /// <summary>Errors of the latest build; empty when it succeeded.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; private set; } = [];

    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Completes when the next rebuild has finished.</summary>
    public Task Changed => _changed.Task;

    /// <summary>Completes when the file at this path of the site (as in its address, without the leading slash) is in place.</summary>
    public Task Pending(string path) => _session.Pending(path);

    /// <summary>A watcher saw a change at this path (null: it may have missed some): the next build looks there.</summary>
    public void Seen(string? path) => _session.Files.Seen(path);

    /// <summary>One build at a time; a save during a build is picked up by the rebuild that follows it.</summary>
    public void Rebuild()
    {
        lock (_buildGate)
        {
            var told = false;
            void Tell()
            {
                Interlocked.Increment(ref _generation);
                Interlocked.Exchange(ref _changed, NewSignal()).SetResult();
                told = true;
            }

            var allocated = GC.GetTotalAllocatedBytes();
            try
            {
                // Open pages are told to reload once the pages are in place; the data files follow in the background.
                _session.Step(result =>
                {
                    _lastAllocated = GC.GetTotalAllocatedBytes() - allocated;
                    EndRegionWithoutCollection();
                    Errors = [.. result.Diagnostics.Where(d => d.IsError)];
                    _onBuilt(result);
                    Tell();
                });
                _session.Placed.ContinueWith(
                    placed => _log.WriteLine($"Could not write the preview's data files: {placed.Exception!.GetBaseException().Message} The next save writes them again."),
                    CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _log.WriteLine($"Could not build the preview: {e.Message} Still serving the previous version.");
            }
            catch (Exception e)
            {
                // A bug must not stop the preview: it is shown on every page like a content error, and the last good site stays.
                var failure = FileFailure.Find(e);
                Errors = [new Diagnostic(Severity.Error, DiagnosticCodes.InternalError, SourceSpan.AtFile(failure?.File ?? Options.ContentDirectory), FileFailure.Describe(e))];
                _log.WriteLine($"error: {FileFailure.Describe(e)} Still serving the previous version.");
            }

            if (!told)
            {
                EndRegionWithoutCollection();
                Tell();
            }

            _collector.Change(CollectAfter, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>
    /// Collects the garbage while saves pause, in a full collection, and leaves room for the next step to run without
    /// one: half as much again as the last step allocated, at most 256 MB. A status edit at 10,000 subprojects
    /// allocates 130 MB, and its 4-7 collections, each looking through the 1 GB old generation, paused it for
    /// 100 ms. A step that allocates more ends the room early and is collected as usual.
    /// </summary>
    /// <remarks>
    /// The collection compacts and gives memory back to the system: the server collector keeps what a step's room
    /// took, and without it a preview at 10,000 subprojects grew from 1.0 to 1.8 GB in seven saves (with it, it stays
    /// at 1.0-1.1 GB). A save that comes while it runs waits for it.
    /// </remarks>
    private void CollectWhileIdle()
    {
        lock (_buildGate)
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                return;
            }

            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            try
            {
                GC.TryStartNoGCRegion(Math.Clamp(_lastAllocated * 3 / 2, 16 << 20, MostWithoutCollection));
            }
            catch (ArgumentOutOfRangeException)
            {
                // More than this runtime allows for such a region: the next step is collected as usual.
            }
        }
    }

    /// <summary>Once a step's pages are in place, the data files written behind it are collected as usual.</summary>
    private static void EndRegionWithoutCollection()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // The region ended on its own (something collected), which is all this wanted.
            }
        }
    }

    public void Dispose()
    {
        _collector.Dispose();
        _session.Placed.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        if (Directory.Exists(_workDirectory))
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
