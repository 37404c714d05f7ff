namespace Semitori.Formats.Tests.Support;

/// <summary>A fact that needs the mingw-w64 cross toolchain; skipped with the reason when it is absent.</summary>
public sealed class MingwFactAttribute : FactAttribute
{
    public MingwFactAttribute()
    {
        if (!Tools.HasMingw)
        {
            Skip = "mingw-w64 (x86_64-w64-mingw32-gcc, windres, dlltool) is not on PATH";
        }
    }
}
