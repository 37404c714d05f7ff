namespace Semitori.Formats.Pe;

/// <summary>IMAGE_TLS_DIRECTORY32/64 and its callbacks (code that runs before the entry point).</summary>
public sealed class TlsDirectory
{
    public ulong StartAddressOfRawData { get; init; }
    public ulong EndAddressOfRawData { get; init; }
    public ulong AddressOfIndex { get; init; }

    /// <summary>VA of the NUL-terminated callback array.</summary>
    public ulong AddressOfCallBacks { get; init; }
    public uint SizeOfZeroFill { get; init; }
    public uint Characteristics { get; init; }

    /// <summary>Callback VAs in array order (at most <see cref="PeLimits.MaxTlsCallbacks"/>).</summary>
    public required IReadOnlyList<ulong> Callbacks { get; init; }
}
