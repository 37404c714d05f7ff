using System.Buffers;

namespace Semitori.Yara.Scanning;

/// <summary>
/// The matches of one string during one scan. Kept sorted by offset once the search ends,
/// because <c>@a[i]</c> means the i-th match in file order. Capped at
/// <see cref="ScanOptions.MaxMatchesPerString"/> like libyara's YR_MAX_STRING_MATCHES.
/// </summary>
/// <remarks>
/// Stored in fixed chunks rather than one growing array: a short word found tens of thousands
/// of times in a large document would otherwise grow arrays on the large object heap, which
/// only a full collection frees; over a sweep that garbage added tens of MB to the peak memory.
/// Chunks stay under the large-object threshold and die young. Only a small first chunk is
/// kept between scans.
/// </remarks>
internal sealed class MatchList
{
    /// <summary>Matches per chunk: 2,048 × 24 bytes stays below the 85,000-byte large-object threshold.</summary>
    private const int ChunkShift = 11;
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;

    /// <summary>The first chunk is kept between scans up to this length.</summary>
    private const int RetainedLength = 64;

    private StringMatch[][] _chunks = [];
    private int _count;
    private bool _sorted = true;

    public int Count => _count;

    public bool Truncated { get; private set; }

    public StringMatch this[int index] => _chunks[index >> ChunkShift][index & ChunkMask];

    public void Clear()
    {
        if (_chunks.Length > 1 || _chunks is [{ Length: > RetainedLength }])
        {
            _chunks = _chunks[0] is { Length: <= RetainedLength } first ? [first] : [];
        }

        _count = 0;
        _sorted = true;
        Truncated = false;
    }

    public void Add(StringMatch match, int cap)
    {
        if (_count >= cap)
        {
            Truncated = true;
            return;
        }

        if (_count > 0 && this[_count - 1].Offset >= match.Offset)
        {
            _sorted = false;
        }

        int chunk = _count >> ChunkShift;
        if (chunk == _chunks.Length)
        {
            Array.Resize(ref _chunks, chunk + 1);
        }

        // The first chunk starts small: most strings that match at all match a few times.
        StringMatch[] items = _chunks[chunk] ??= new StringMatch[chunk == 0 ? 8 : ChunkSize];
        int slot = _count & ChunkMask;
        if (slot == items.Length)
        {
            Array.Resize(ref items, Math.Min(items.Length * 2, ChunkSize));
            _chunks[chunk] = items;
        }

        items[slot] = match;
        _count++;
    }

    /// <summary>Index of the first match at or after <paramref name="offset"/> (matches sorted), or Count.</summary>
    public int FirstAtOrAfter(long offset)
    {
        int a = 0, b = _count;
        while (a < b)
        {
            int mid = (a + b) >>> 1;
            if (this[mid].Offset < offset)
            {
                a = mid + 1;
            }
            else
            {
                b = mid;
            }
        }

        return a;
    }

    /// <summary>Sorts by offset and keeps one match per offset (the longest), as libyara does.</summary>
    public void Finish()
    {
        if (_sorted)
        {
            return;
        }

        // A pooled scratch array: a fresh one per unsorted list would again be large-object garbage.
        StringMatch[] rented = ArrayPool<StringMatch>.Shared.Rent(_count);
        Span<StringMatch> all = rented.AsSpan(0, _count);
        for (int i = 0; i < _count; i++)
        {
            all[i] = this[i];
        }

        all.Sort(static (a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
        int write = 0;
        for (int read = 0; read < all.Length; read++)
        {
            if (write > 0 && all[write - 1].Offset == all[read].Offset)
            {
                continue;
            }

            all[write++] = all[read];
        }

        for (int i = 0; i < write; i++)
        {
            _chunks[i >> ChunkShift][i & ChunkMask] = all[i];
        }

        // Cleared on return: matches hold their data arrays, which the pool must not keep alive.
        ArrayPool<StringMatch>.Shared.Return(rented, clearArray: true);
        _count = write;
        _sorted = true;
    }
}
