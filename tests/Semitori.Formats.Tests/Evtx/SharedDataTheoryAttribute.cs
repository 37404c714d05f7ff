namespace Semitori.Formats.Tests.Evtx;

/// <summary>A theory that is skipped, with the reason, when the shared corpus is not on this machine.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (!SharedData.Available)
        {
            Skip = $"shared corpus not found at {SharedData.Root} (set SEMITORI_SHARED)";
        }
    }
}
