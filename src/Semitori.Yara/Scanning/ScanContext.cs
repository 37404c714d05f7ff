using Semitori.Yara.Semantics;

namespace Semitori.Yara.Scanning;

/// <summary>
/// Everything a condition can read during one scan: the bytes, string matches, rule results,
/// loop variables, module values and the time budget. One per scanner; reset per scan.
/// </summary>
internal sealed class ScanContext
{
    private long _deadlineTicks = long.MaxValue;
    private int _checkCounter;

    public ScanContext(int stringCount, int ruleCount, int localCount, int moduleCount, Value[] externals)
    {
        Matches = new MatchList[stringCount];
        for (int i = 0; i < stringCount; i++)
        {
            Matches[i] = new MatchList();
        }

        Counts = new int[stringCount];
        RuleResults = new bool[ruleCount];
        RuleExcluded = new bool[ruleCount];
        Locals = new Value[Math.Max(localCount, 1)];
        Modules = new object?[moduleCount];
        Externals = externals;
    }

    public ReadOnlyMemory<byte> Data { get; set; }

    public long Filesize => Data.Length;

    public MatchList[] Matches { get; }

    /// <summary>
    /// Match count per string, contiguous: conditions read counts far more often than offsets,
    /// and one int array stays in cache where thousands of list objects do not.
    /// </summary>
    public int[] Counts { get; }

    /// <summary>Strings that matched in this scan: only these lists need sorting and clearing.</summary>
    public List<int> Touched { get; } = [];

    /// <summary>Clears the previous scan's matches, touching only the strings that had any.</summary>
    public void ResetMatches()
    {
        foreach (int s in Touched)
        {
            Matches[s].Clear();
            Counts[s] = 0;
        }

        Touched.Clear();
    }

    /// <summary>Sorts and de-duplicates the matches found, and publishes their counts.</summary>
    public void FinishMatches()
    {
        foreach (int s in Touched)
        {
            Matches[s].Finish();
            Counts[s] = Matches[s].Count;
        }
    }

    public bool[] RuleResults { get; }

    /// <summary>Rules a guard ruled out before the search (false for this file whatever the strings).</summary>
    public bool[] RuleExcluded { get; }

    public Value[] Locals { get; }

    public object?[] Modules { get; }

    public Value[] Externals { get; set; }

    /// <summary>The string a <c>for … of</c> body is looking at (<c>$</c>, <c>#</c>, <c>@</c>, <c>!</c>).</summary>
    public int CurrentString { get; set; } = -1;

    public long? EntryPoint { get; set; }

    public bool EntryPointComputed { get; set; }

    public void SetDeadline(TimeSpan? timeout)
    {
        _deadlineTicks = timeout is { } t ? Environment.TickCount64 + (long)t.TotalMilliseconds : long.MaxValue;
        _checkCounter = 0;
    }

    /// <summary>Cheap periodic check for long loops; throws <see cref="ScanTimeoutException"/> past the deadline.</summary>
    public void Tick()
    {
        if ((++_checkCounter & 0x3FF) == 0)
        {
            CheckDeadline();
        }
    }

    public void CheckDeadline()
    {
        if (_deadlineTicks != long.MaxValue && Environment.TickCount64 > _deadlineTicks)
        {
            throw new ScanTimeoutException();
        }
    }
}
