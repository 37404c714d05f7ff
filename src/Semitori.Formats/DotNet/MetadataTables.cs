using System.Numerics;
using Semitori.Formats.Common;

namespace Semitori.Formats.DotNet;

/// <summary>
/// The #~ (or #-) tables stream: row counts, computed row layouts, and bounds-checked cell reads.
/// Rows are 1-based (a RID). A cell outside the stream reads as 0, which every reader treats as
/// "null reference", so truncated tables degrade to missing values rather than errors.
/// </summary>
public sealed class MetadataTables
{
    private const int KnownTables = 0x2D;
    private const int HeaderSize = 24;

    private readonly ByteView _view;
    private readonly uint[] _rows = new uint[64];
    private readonly long[] _tableOffsets = new long[KnownTables];
    private readonly int[][] _columnOffsets = new int[KnownTables][];
    private readonly int[][] _columnSizes = new int[KnownTables][];
    private readonly int[] _rowSizes = new int[KnownTables];

    private MetadataTables(ByteView view) => _view = view;

    public byte MajorVersion { get; private init; }

    public byte MinorVersion { get; private init; }

    /// <summary>HeapSizes flags: 0x01 wide #Strings, 0x02 wide #GUID, 0x04 wide #Blob, 0x40 extra data.</summary>
    public byte HeapSizes { get; private init; }

    public ulong ValidMask { get; private init; }

    public ulong SortedMask { get; private init; }

    /// <summary>Declared row count of a table (0 when absent).</summary>
    public uint RowCount(MetadataTable table) => _rows[(int)table];

    internal static MetadataTables? Read(ByteView view, AnomalySink sink, long streamOffset)
    {
        if (!view.Contains(0, HeaderSize))
        {
            sink.Report(DotNetAnomalyCodes.BadTablesHeader, "tables stream shorter than its header", streamOffset);
            return null;
        }

        var tables = new MetadataTables(view)
        {
            MajorVersion = view.U8(4),
            MinorVersion = view.U8(5),
            HeapSizes = view.U8(6),
            ValidMask = view.U64(8),
            SortedMask = view.U64(16),
        };
        long at = HeaderSize;
        for (int t = 0; t < 64; t++)
        {
            if ((tables.ValidMask & (1UL << t)) == 0)
            {
                continue;
            }

            if (!view.TryU32(at, out tables._rows[t]))
            {
                sink.Report(DotNetAnomalyCodes.BadTablesHeader, "row counts run past the tables stream", streamOffset + at);
                return tables;
            }

            at += 4;
        }

        // An undocumented flag (used by some obfuscators and older compilers) adds 4 bytes after the counts.
        if ((tables.HeapSizes & 0x40) != 0)
        {
            at += 4;
        }

        if ((tables.ValidMask >> KnownTables) != 0)
        {
            sink.Report(DotNetAnomalyCodes.BadTablesHeader, $"valid mask names {BitOperations.PopCount(tables.ValidMask >> KnownTables)} tables beyond 0x2C", streamOffset + 8);
        }

        tables.Layout(at);
        long end = tables._tableOffsets[KnownTables - 1] + ((long)tables._rows[KnownTables - 1] * tables._rowSizes[KnownTables - 1]);
        if (end > view.Length)
        {
            sink.Report(DotNetAnomalyCodes.BadTablesHeader, $"tables need {end} bytes, the stream has {view.Length}", streamOffset);
        }

        return tables;
    }

    private void Layout(long start)
    {
        long at = start;
        for (int t = 0; t < KnownTables; t++)
        {
            TableSchema.Column[] columns = TableSchema.Tables[t];
            _columnOffsets[t] = new int[columns.Length];
            _columnSizes[t] = new int[columns.Length];
            int offset = 0;
            for (int c = 0; c < columns.Length; c++)
            {
                int size = SizeOf(columns[c]);
                _columnOffsets[t][c] = offset;
                _columnSizes[t][c] = size;
                offset += size;
            }

            _rowSizes[t] = offset;
            _tableOffsets[t] = at;
            at += (long)_rows[t] * offset;
        }
    }

    private int SizeOf(TableSchema.Column column) => column.Kind switch
    {
        TableSchema.Kind.U16 => 2,
        TableSchema.Kind.U32 => 4,
        TableSchema.Kind.Strings => (HeapSizes & 0x01) != 0 ? 4 : 2,
        TableSchema.Kind.Guid => (HeapSizes & 0x02) != 0 ? 4 : 2,
        TableSchema.Kind.Blob => (HeapSizes & 0x04) != 0 ? 4 : 2,
        TableSchema.Kind.Table => _rows[column.Target] > 0xFFFF ? 4 : 2,
        _ => CodedSize(column.Target),
    };

    private int CodedSize(int coded)
    {
        uint max = 0;
        foreach (int table in TableSchema.CodedTables[coded])
        {
            if (table >= 0)
            {
                max = Math.Max(max, _rows[table]);
            }
        }

        return max < (1u << (16 - TableSchema.CodedTagBits[coded])) ? 2 : 4;
    }

    /// <summary>Reads column <paramref name="column"/> of row <paramref name="rid"/> (1-based); 0 when out of range.</summary>
    public uint Get(MetadataTable table, uint rid, int column)
    {
        int t = (int)table;
        if (rid == 0 || rid > _rows[t] || column < 0 || column >= _columnSizes[t].Length)
        {
            return 0;
        }

        long at = _tableOffsets[t] + ((long)(rid - 1) * _rowSizes[t]) + _columnOffsets[t][column];
        return _columnSizes[t][column] == 2 ? _view.U16(at) : _view.U32(at);
    }

    /// <summary>
    /// Rows of <paramref name="table"/> that lie wholly inside the stream: a forged row count cannot
    /// make a reader materialise more rows than the file holds.
    /// </summary>
    public uint AvailableRows(MetadataTable table)
    {
        int t = (int)table;
        long room = _view.Length - _tableOffsets[t];
        if (room <= 0 || _rowSizes[t] == 0)
        {
            return 0;
        }

        return (uint)Math.Min(_rows[t], room / _rowSizes[t]);
    }

    /// <summary>True when the whole row lies inside the stream.</summary>
    public bool RowFits(MetadataTable table, uint rid)
    {
        int t = (int)table;
        return rid != 0 && rid <= _rows[t] && _view.Contains(_tableOffsets[t] + ((long)(rid - 1) * _rowSizes[t]), _rowSizes[t]);
    }

    /// <summary>Splits a coded index into its table and RID; table is null for an unused tag.</summary>
    public static (MetadataTable? Table, uint Rid) DecodeCoded(int coded, uint value)
    {
        int bits = TableSchema.CodedTagBits[coded];
        uint tag = value & ((1u << bits) - 1);
        int[] targets = TableSchema.CodedTables[coded];
        return tag < targets.Length && targets[tag] >= 0 ? ((MetadataTable)targets[tag], value >> bits) : (null, value >> bits);
    }
}
