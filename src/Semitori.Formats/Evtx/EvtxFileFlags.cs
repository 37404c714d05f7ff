namespace Semitori.Formats.Evtx;

/// <summary>File and chunk header flags.</summary>
[Flags]
public enum EvtxFileFlags : uint
{
    /// <summary>No flag set: the file was closed cleanly.</summary>
    None = 0,

    /// <summary>The file was not closed cleanly; the header may lag behind the chunks.</summary>
    Dirty = 0x1,

    /// <summary>The log reached its maximum size.</summary>
    Full = 0x2,

    /// <summary>Checksums are not maintained and must not be checked.</summary>
    NoCrc32 = 0x4,
}
