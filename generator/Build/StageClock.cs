using System.Diagnostics;

namespace SiteGen.Build;

/// <summary>
/// How long one stage of the pipeline took; the processor time the process spent in it (more than the elapsed time
/// where the stage ran on several cores, the collector's included); how many bytes it allocated (what the garbage
/// collector pays for); and the process's peak memory (resident set) at its end.
/// </summary>
public sealed record StageTime(string Stage, TimeSpan Elapsed, TimeSpan Processor, long Allocated, long PeakMemory);

/// <summary>Times the pipeline stage by stage, so a claim about speed can point at where the time goes.</summary>
public sealed class StageClock
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly List<StageTime> _stages = [];
    private TimeSpan _last;
    private TimeSpan _processor = Environment.CpuUsage.TotalTime;
    private long _allocated = GC.GetTotalAllocatedBytes();

    public TimeSpan Total => _total.Elapsed;

    public IReadOnlyList<StageTime> Stages => [.. _stages];

    public void Lap(string stage)
    {
        var now = _total.Elapsed;
        var processor = Environment.CpuUsage.TotalTime;
        var allocated = GC.GetTotalAllocatedBytes();
        _stages.Add(new StageTime(stage, now - _last, processor - _processor, allocated - _allocated, PeakWorkingSet()));
        (_last, _processor, _allocated) = (now, processor, allocated);
    }

    /// <summary>
    /// The process's peak resident set. On Linux it is read from /proc/self/status alone: <see cref="Process"/> reads a
    /// file of every thread too, 15 ms of each preview step at 10,000 subprojects.
    /// </summary>
    private static long PeakWorkingSet()
    {
        const string Status = "/proc/self/status", Peak = "VmHWM:";
        if (OperatingSystem.IsLinux() && File.Exists(Status))
        {
            foreach (var line in File.ReadLines(Status))
            {
                if (line.StartsWith(Peak, StringComparison.Ordinal)
                    && long.TryParse(line.AsSpan(Peak.Length).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture, out var kilobytes))
                {
                    return kilobytes * 1024;
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
