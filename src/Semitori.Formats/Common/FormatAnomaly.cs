namespace Semitori.Formats.Common;

/// <summary>
/// Something a reader found wrong or unusual in a file (a truncated table, an RVA outside every
/// section, a CRC mismatch). Readers record anomalies and keep going; malformed input is the
/// normal case for malware. <paramref name="Code"/> is stable (e.g. <c>PE012</c>, <c>EVTX003</c>).
/// </summary>
public sealed record FormatAnomaly(string Code, string Message, long Offset = -1)
{
    public override string ToString() => Offset >= 0 ? $"{Code} at 0x{Offset:X}: {Message}" : $"{Code}: {Message}";
}
