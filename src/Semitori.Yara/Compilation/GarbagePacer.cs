namespace Semitori.Yara.Compilation;

/// <summary>
/// Collects the young generations each time the compiling thread has allocated another
/// <see cref="Budget"/> bytes. Compiling allocates about sixty times the rule text, nearly all
/// of it dead as soon as its rule is bound, while what survives (the compiled rules)
/// keeps growing; with such survival the runtime raises its gen0 budget past 100 MB, and since
/// it keeps memory it has committed, that garbage would set the whole run's peak memory.
/// Each collection costs several ms (about 0.1 s over all of signature-base, 0.3 s with a 16 MB
/// budget) and keeps the compile phase below the scan's peak.
/// </summary>
internal sealed class GarbagePacer
{
    public const long Budget = 64 << 20;

    private long _mark = GC.GetAllocatedBytesForCurrentThread();

    /// <summary>Called between units of work (a rule, a string); collects when the budget is spent.</summary>
    public void Tick()
    {
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        if (allocated - _mark >= Budget || allocated < _mark)
        {
            GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: false);
            _mark = GC.GetAllocatedBytesForCurrentThread();
        }
    }
}
