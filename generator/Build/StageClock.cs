using System.Diagnostics;

namespace SiteGen.Build;

/// <summary>How long one stage of the pipeline took.</summary>
public sealed record StageTime(string Stage, TimeSpan Elapsed);

/// <summary>Times the pipeline stage by stage, so a claim about speed can point at where the time goes.</summary>
public sealed class StageClock
{
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly List<StageTime> _stages = [];
    private TimeSpan _last;

    public TimeSpan Total => _total.Elapsed;

    public IReadOnlyList<StageTime> Stages => [.. _stages];

    public void Lap(string stage)
    {
        var now = _total.Elapsed;
        _stages.Add(new StageTime(stage, now - _last));
        _last = now;
    }
}
