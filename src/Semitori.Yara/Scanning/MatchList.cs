namespace Semitori.Yara.Scanning;

/// <summary>
/// The matches of one string during one scan. Kept sorted by offset once the search ends,
/// because <c>@a[i]</c> means the i-th match in file order. Capped at
/// <see cref="ScanOptions.MaxMatchesPerString"/> like libyara's YR_MAX_STRING_MATCHES.
/// </summary>
internal sealed class MatchList
{
    private readonly List<StringMatch> _items = [];
    private bool _sorted = true;

    public int Count => _items.Count;

    public bool Truncated { get; private set; }

    public StringMatch this[int index] => _items[index];

    public List<StringMatch> Items => _items;

    public void Clear()
    {
        _items.Clear();
        _sorted = true;
        Truncated = false;
    }

    public void Add(StringMatch match, int cap)
    {
        if (_items.Count >= cap)
        {
            Truncated = true;
            return;
        }

        if (_items.Count > 0 && _items[^1].Offset >= match.Offset)
        {
            _sorted = false;
        }

        _items.Add(match);
    }

    /// <summary>Sorts by offset and keeps one match per offset (the longest), as libyara does.</summary>
    public void Finish()
    {
        if (_sorted)
        {
            return;
        }

        _items.Sort(static (a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
        int write = 0;
        for (int read = 0; read < _items.Count; read++)
        {
            if (write > 0 && _items[write - 1].Offset == _items[read].Offset)
            {
                continue;
            }

            _items[write++] = _items[read];
        }

        _items.RemoveRange(write, _items.Count - write);
        _sorted = true;
    }
}
