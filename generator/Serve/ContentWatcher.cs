namespace SiteGen.Serve;

/// <summary>
/// Calls back once a burst of file changes under the watched folders has settled: editors save in
/// several steps (temporary file, rename, touch), and one rebuild per save is enough.
/// </summary>
public sealed class ContentWatcher : IAsyncDisposable
{
    /// <summary>
    /// An editor's steps of one save come within a few milliseconds of each other; waiting longer only delays the
    /// preview, which should show a save within about a tenth of a second.
    /// </summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(25);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Action<string?> _seen;

    /// <param name="seen">Told each path that changed as soon as the change is seen, and null when changes may have been missed.</param>
    public ContentWatcher(IEnumerable<string> directories, Action onSettled, Action<string?> seen)
    {
        _seen = seen;
        _timer = new Timer(_ => onSettled());
        foreach (var directory in directories)
        {
            var watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.Error += OnError;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (e is RenamedEventArgs renamed)
        {
            _seen(renamed.OldFullPath);
        }

        _seen(e.FullPath);
        _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The watcher's buffer overflowed (or it failed): what changed is not known, so the next build looks at every file.</summary>
    private void OnError(object sender, ErrorEventArgs e)
    {
        _seen(null);
        _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Waits for a rebuild in progress, so nothing writes into a folder that is being removed.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        await _timer.DisposeAsync();
    }
}
