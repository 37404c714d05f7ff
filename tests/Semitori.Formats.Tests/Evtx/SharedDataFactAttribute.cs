namespace Semitori.Formats.Tests.Evtx;

/// <summary>A fact that is skipped, with the reason, when the shared corpus is not on this machine.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (!SharedData.Available)
        {
            Skip = $"shared corpus not found at {SharedData.Root} (set SEMITORI_SHARED)";
        }
    }
}
