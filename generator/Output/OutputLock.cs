using System.Diagnostics;

namespace SiteGen.Output;

/// <summary>
/// One build at a time per output folder, across processes: an exclusively opened <c>.name.lock</c> file beside it
/// (the operating system releases it when the process dies, so a killed build never blocks the next one).
/// A second build waits for the first; after <see cref="Patience"/> it gives up without having written anything.
/// The file itself stays: deleting it would let a third build lock a new file while the second holds the old one.
/// </summary>
public sealed class OutputLock : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    public static OutputLock Acquire(string parent, string name)
    {
        var path = Path.Combine(parent, $".{name}.lock");
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (waited.Elapsed < Patience && File.Exists(path))
            {
                Thread.Sleep(50);
            }
            catch (IOException) when (File.Exists(path))
            {
                throw new OutputBusyException(
                    $"Another build has been writing {Path.Combine(parent, name)} for {Patience.TotalMinutes:0} minutes; nothing was written, the previous site is unchanged. Try again when it is done.");
            }
        }
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>Another build holds the output folder; this one wrote nothing.</summary>
public sealed class OutputBusyException(string message) : IOException(message);
