using Semitori.Formats.Tests.Support;

namespace Semitori.Hunting.Tests.Pack;

/// <summary>A fact that needs the reference yara CLI (CI installs it); skipped with the reason when it is absent.</summary>
public sealed class YaraFactAttribute : FactAttribute
{
    public YaraFactAttribute()
    {
        if (!Tools.HasYara)
        {
            Skip = "the yara CLI is not on PATH";
        }
    }
}
