using Semitori.Sigma.Model;

namespace Semitori.Sigma.Timeline;

/// <summary>Filters and callbacks of a log hunt.</summary>
public sealed class LogHuntOptions
{
    /// <summary>Rules below this level are not reported.</summary>
    public SigmaLevel MinLevel { get; init; } = SigmaLevel.Unknown;

    /// <summary>Events before this instant (UTC) are skipped.</summary>
    public DateTime? From { get; init; }

    /// <summary>Events after this instant (UTC) are skipped.</summary>
    public DateTime? To { get; init; }

    /// <summary>Only rules carrying one of these tags (or a tag below one, e.g. "attack.t1059" covers "attack.t1059.003").</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Threads that parse chunks and match their events (each with its own matcher).
    /// The timeline is the same for every value: results are merged in file order.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Called after each file with (file index, file count, records so far).</summary>
    public Action<int, int, long>? Progress { get; init; }
}
