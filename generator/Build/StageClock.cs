using System.Diagnostics;

namespace SiteGen.Build;

/// <summary>How long one stage of the pipeline took, and how many bytes it allocated (what the garbage collector pays for).</summary>
public sealed record StageTime(string Stage, TimeSpan Elapsed, long Allocated);

/// <summary>Times the pipeline stage by stage, so a claim about speed can point at where the time goes.</summary>
public sealed class StageClock
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly List<StageTime> _stages = [];
    private TimeSpan _last;
    private long _allocated = GC.GetTotalAllocatedBytes();

    public TimeSpan Total => _total.Elapsed;

    public IReadOnlyList<StageTime> Stages => [.. _stages];

    public void Lap(string stage)
    {
        var now = _total.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes();
        _stages.Add(new StageTime(stage, now - _last, allocated - _allocated));
        (_last, _allocated) = (now, allocated);
    }
}
