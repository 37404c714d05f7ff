using Semitori.Hunting.Analysis;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// Hash IOCs as one set per algorithm (lower-case hex keys): a lookup per computed digest, and
/// only the algorithms some entry uses are ever computed. The first entry of a hash wins.
/// </summary>
internal sealed class HashIndex
{
    private readonly Dictionary<string, HashIoc>[] _byKind = [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    public HashIndex(IEnumerable<HashIoc> iocs)
    {
        foreach (HashIoc ioc in iocs)
        {
            _byKind[(int)ioc.Kind].TryAdd(ioc.Hash, ioc);
        }
    }

    public int Count => _byKind.Sum(d => d.Count);

    public bool IsEmpty => Count == 0;

    /// <summary>Entries matching the file, at most one per algorithm, in MD5, SHA-1, SHA-256 order.</summary>
    public IReadOnlyList<HashIoc> Match(FileSubject file)
    {
        if (IsEmpty)
        {
            return [];
        }

        FileDigests digests = FileDigests.For(file);
        var result = new List<HashIoc>();
        foreach (HashKind kind in (HashKind[])[HashKind.Md5, HashKind.Sha1, HashKind.Sha256])
        {
            if (_byKind[(int)kind].Count > 0 && _byKind[(int)kind].TryGetValue(digests.Get(kind), out HashIoc? ioc))
            {
                result.Add(ioc);
            }
        }

        return result;
    }
}
