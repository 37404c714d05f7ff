using Semitori.Formats.Pe;

namespace Semitori.Yara.Modules.Pe;

/// <summary>The parsed file behind one loaded <c>pe</c> value, kept under a hidden key for the module's functions.</summary>
internal sealed class PeState(PeFile pe)
{
    /// <summary>A key no identifier can spell, so rules never see it.</summary>
    public const string Key = "\0pe";

    public PeFile Pe { get; } = pe;
}
