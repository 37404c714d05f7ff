using System.Text;
using Semitori.Formats.Common;

namespace Semitori.Formats.Pe;

/// <summary>
/// Reads the StringFileInfo strings of a VS_VERSIONINFO blob, following libyara's walk: after the
/// fixed part (92 bytes), skip VarFileInfo blocks, then for each StringFileInfo visit its string
/// tables and their strings. Every step moves forward by a non-zero aligned length and inner walks
/// stay below their parent's end, so the walk ends; <see cref="PeLimits.MaxVersionInfoNodes"/> caps it.
/// </summary>
internal static class VersionInfoReader
{
    // VERSION_INFO header: WORD Length, WORD ValueLength, WORD Type, then WCHAR Key[].
    private const int HeaderSize = 6;

    // libyara copies keys into 64 and values into 256 bytes; we read up to this many UTF-16 units.
    private const int MaxStringUnits = 4096;

    public static void Read(PeReadContext context, long start, List<VersionInfoEntry> output)
    {
        ByteView v = context.View;
        if (!v.Contains(start, HeaderSize) || !v.Contains(start + HeaderSize, 32) || !KeyIs(v, start, "VS_VERSION_INFO"))
        {
            context.Report(PeAnomalyCodes.BadVersionInfo, "RT_VERSION resource without a VS_VERSION_INFO header", start);
            return;
        }

        int budget = PeLimits.MaxVersionInfoNodes;
        long node = Align(start, HeaderSize + 86);
        while (budget-- > 0 && KeyIs(v, node, "VarFileInfo") && v.U16(node) != 0)
        {
            node = Align(node, v.U16(node));
        }

        while (budget-- > 0 && KeyIs(v, node, "StringFileInfo") && v.U16(node) != 0)
        {
            long table = Align(node, HeaderSize + 30);
            node = Align(node, v.U16(node));
            while (budget-- > 0 && IsNode(v, table) && table < node)
            {
                long item = Align(table, HeaderSize + (2 * (KeyUnits(v, table) + 1)));
                table = Align(table, v.U16(table));
                while (budget-- > 0 && IsNode(v, item) && item < table)
                {
                    ReadString(v, item, output);
                    item = Align(item, v.U16(item));
                }
            }
        }

        if (budget < 0)
        {
            context.Report(PeAnomalyCodes.LimitReached, "version info walk stopped at its node cap", start);
        }
    }

    private static void ReadString(ByteView v, long item, List<VersionInfoEntry> output)
    {
        int keyUnits = KeyUnits(v, item);
        long valueAt = Align(item, HeaderSize + (2 * (keyUnits + 1)));
        if (!TryWideString(v, valueAt, out string value))
        {
            return;
        }

        string key = ReadWide(v, item + HeaderSize, keyUnits);

        // libyara: with ValueLength 0 the value is empty whatever follows.
        output.Add(new VersionInfoEntry(key, v.U16(item + 2) == 0 ? string.Empty : value));
    }

    private static bool IsNode(ByteView v, long at) =>
        v.Contains(at, HeaderSize) && TryWideString(v, at + HeaderSize, out _) && v.U16(at) != 0;

    private static long Align(long at, long add) => at + ((add + 3) & ~3L);

    private static bool KeyIs(ByteView v, long node, string expected)
    {
        long at = node + HeaderSize;
        if (!v.Contains(at, (expected.Length + 1) * 2L))
        {
            return false;
        }

        for (int i = 0; i < expected.Length; i++)
        {
            if (v.U16(at + (2L * i)) != expected[i])
            {
                return false;
            }
        }

        return v.U16(at + (2L * expected.Length)) == 0;
    }

    private static int KeyUnits(ByteView v, long node)
    {
        long at = node + HeaderSize;
        int units = 0;
        while (units < MaxStringUnits && v.Contains(at + (2L * units), 2) && v.U16(at + (2L * units)) != 0)
        {
            units++;
        }

        return units;
    }

    /// <summary>A NUL-terminated UTF-16 string that ends inside the file (libyara <c>wide_string_fits_in_pe</c>).</summary>
    private static bool TryWideString(ByteView v, long at, out string value)
    {
        value = string.Empty;
        for (int units = 0; units < MaxStringUnits; units++)
        {
            if (!v.TryU16(at + (2L * units), out ushort c))
            {
                return false;
            }

            if (c == 0)
            {
                value = ReadWide(v, at, units);
                return true;
            }
        }

        return false;
    }

    private static string ReadWide(ByteView v, long at, int units) =>
        Encoding.Unicode.GetString(v.SliceClamped(at, units * 2L));
}
