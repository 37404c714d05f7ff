namespace Semitori.Formats.Pe;

/// <summary>One slot of the export address table.</summary>
/// <param name="Ordinal">Base + index (the biased ordinal callers import by).</param>
/// <param name="Rva">The stored address (for a forwarder, the RVA of its string).</param>
/// <param name="Name">The exported name, or null for an export by ordinal only.</param>
/// <param name="ForwarderName">"DLL.Function" when the RVA points inside the export directory, else null.</param>
/// <param name="Offset">File offset of the code/data for a non-forwarded export; null when it maps to none or when forwarded.</param>
public sealed record ExportedFunction(uint Ordinal, uint Rva, string? Name, string? ForwarderName, long? Offset)
{
    public bool IsForwarder => ForwarderName is not null;
}
