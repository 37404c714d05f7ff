using System.Buffers.Binary;

namespace Semitori.Hunting.Analyzers.ConfuserEx;

/// <summary>
/// ConfuserEx control-flow flattening found by searching the file's bytes for its IL shapes, as
/// Detect It Easy's generic heuristic does (horsicq/Detect-It-Easy
/// db/PE/__GenericHeuristicAnalysis_By_DosX.7.sg; dossier §10.3, research/scanners.md §3.1):
/// <list type="bullet">
/// <item>the dispatcher <c>xor; dup; stloc; ldc.i4 N; rem.un; switch (N targets)</c> — the state is
/// reduced modulo the number of blocks, so the switch has exactly N targets;</item>
/// <item>the state update <c>ldloc; ldc.i4 K1; mul; ldc.i4 K2; xor; br</c>.</item>
/// </list>
/// Compilers emit neither: C# lowers a switch to <c>sub</c>/<c>switch</c>, never after a <c>rem.un</c> of an
/// xor-ed constant. Searching bytes (not decoded IL) also sees bodies the metadata does not point at.
/// </summary>
internal static class ControlFlowPatterns
{
    /// <summary>Bytes searched; larger files are searched up to here.</summary>
    public const int MaxScanBytes = 64 << 20;

    /// <summary>Dispatchers needed for the trait (one could be a coincidence of bytes).</summary>
    public const int MinDispatchers = 2;

    /// <summary>State updates needed for the trait.</summary>
    public const int MinStateUpdates = 3;

    /// <summary>Largest switch accepted as a dispatcher (ConfuserEx splits methods into at most a few hundred blocks).</summary>
    public const int MaxSwitchTargets = 4096;

    private const byte Xor = 0x61, Dup = 0x25, Mul = 0x5A, RemUn = 0x5E, Switch = 0x45, LdcI4 = 0x20, LdcI4S = 0x1F, BrS = 0x2B, Br = 0x38;

    public static ConfuserExTrait? Find(ReadOnlySpan<byte> data)
    {
        (int dispatchers, int updates) = Count(data);
        return dispatchers >= MinDispatchers || updates >= MinStateUpdates
            ? new ConfuserExTrait("control-flow", Strong: true,
                $"control flow: {dispatchers} switch dispatcher(s) 'xor; dup; stloc; ldc.i4 N; rem.un; switch(N)' and {updates} state update(s) 'ldloc; ldc.i4; mul; ldc.i4; xor; br' in the IL bytes")
            : null;
    }

    public static (int Dispatchers, int StateUpdates) Count(ReadOnlySpan<byte> data)
    {
        if (data.Length > MaxScanBytes)
        {
            data = data[..MaxScanBytes];
        }

        return (CountDispatchers(data), CountStateUpdates(data));
    }

    private static int CountDispatchers(ReadOnlySpan<byte> data) =>
        CountAnchored(data, [RemUn, Switch], static (d, at) =>
            at + 6 <= d.Length && IsDispatcher(d, at, BinaryPrimitives.ReadUInt32LittleEndian(d[(at + 2)..])));

    private static int CountStateUpdates(ReadOnlySpan<byte> data) =>
        CountAnchored(data, [Mul, LdcI4], static (d, at) =>
            at >= 6 && at + 8 <= d.Length && d[at - 5] == LdcI4 && d[at + 6] == Xor && d[at + 7] is BrS or Br && LoadEnds(d, at - 5));

    // Every occurrence of the anchor (overlapping ones included) whose surroundings have the shape.
    private static int CountAnchored(ReadOnlySpan<byte> data, ReadOnlySpan<byte> anchor, ShapeAt shape)
    {
        int hits = 0;
        for (int from = 0; ;)
        {
            int found = data[from..].IndexOf(anchor);
            if (found < 0)
            {
                return hits;
            }

            int at = from + found;
            from = at + 1;
            if (shape(data, at))
            {
                hits++;
            }
        }
    }

    // Walks back from rem.un over 'ldc.i4 N', 'stloc', 'dup', 'xor' in each encoding they have.
    private static bool IsDispatcher(ReadOnlySpan<byte> data, int remUn, uint targets)
    {
        if (targets < 2 || targets > MaxSwitchTargets)
        {
            return false;
        }

        Span<(int Start, long Value)> constants = stackalloc (int, long)[3];
        int n = 0;
        if (remUn >= 1 && data[remUn - 1] is >= 0x17 and <= 0x1E)
        {
            constants[n++] = (remUn - 1, data[remUn - 1] - 0x16);
        }

        if (remUn >= 2 && data[remUn - 2] == LdcI4S)
        {
            constants[n++] = (remUn - 2, (sbyte)data[remUn - 1]);
        }

        if (remUn >= 5 && data[remUn - 5] == LdcI4)
        {
            constants[n++] = (remUn - 5, BinaryPrimitives.ReadInt32LittleEndian(data[(remUn - 4)..]));
        }

        foreach ((int start, long value) in constants[..n])
        {
            if (value == targets && StoreStart(data, start) is int store && store >= 2 && data[store - 1] == Dup && data[store - 2] == Xor)
            {
                return true;
            }
        }

        return false;
    }

    // Start of the stloc ending just before 'end': stloc.0-3, stloc.s n, or stloc n.
    private static int? StoreStart(ReadOnlySpan<byte> data, int end)
    {
        if (end >= 1 && data[end - 1] is >= 0x0A and <= 0x0D)
        {
            return end - 1;
        }

        if (end >= 2 && data[end - 2] == 0x13)
        {
            return end - 2;
        }

        return end >= 4 && data[end - 4] == 0xFE && data[end - 3] == 0x0E ? end - 4 : null;
    }

    // A ldloc ends at 'end': ldloc.0-3, ldloc.s n, or ldloc n.
    private static bool LoadEnds(ReadOnlySpan<byte> data, int end) =>
        (end >= 1 && data[end - 1] is >= 0x06 and <= 0x09)
        || (end >= 2 && data[end - 2] == 0x11)
        || (end >= 4 && data[end - 4] == 0xFE && data[end - 3] == 0x0C);

    private delegate bool ShapeAt(ReadOnlySpan<byte> data, int at);
}
