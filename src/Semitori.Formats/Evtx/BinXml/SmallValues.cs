namespace Semitori.Formats.Evtx.BinXml;

/// <summary>
/// Shared <see cref="EvtxValue"/> instances for small integers. EventID, Version, Level, Task,
/// Opcode and most counters are small, and each would otherwise cost a boxed number plus a value
/// object per record. Values are immutable, so sharing is safe across records and threads.
/// </summary>
internal static class SmallValues
{
    private const int Limit = 1024;
    private static readonly EvtxValue?[][] SignedCache = new EvtxValue?[256][];
    private static readonly EvtxValue?[][] UnsignedCache = new EvtxValue?[256][];

    public static EvtxValue Signed(EvtxValueType type, long value)
    {
        if ((ulong)value >= Limit)
        {
            return new EvtxValue(type, value);
        }

        EvtxValue?[] byType = SignedCache[(byte)type] ??= new EvtxValue?[Limit];
        return byType[value] ??= new EvtxValue(type, value);
    }

    public static EvtxValue Unsigned(EvtxValueType type, ulong value)
    {
        if (value >= Limit)
        {
            return new EvtxValue(type, value);
        }

        EvtxValue?[] byType = UnsignedCache[(byte)type] ??= new EvtxValue?[Limit];
        return byType[value] ??= new EvtxValue(type, value);
    }
}
