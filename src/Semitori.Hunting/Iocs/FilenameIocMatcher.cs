namespace Semitori.Hunting.Iocs;

/// <summary>
/// Matches a path against thousands of file-name IOCs cheaply: an Aho-Corasick pass over the
/// folded path selects the IOCs whose required literal occurs in it, and only those (plus the
/// few patterns without a literal) run their regex. Read-only after construction; thread-safe.
/// </summary>
public sealed class FilenameIocMatcher
{
    private readonly IReadOnlyList<FilenameIoc> _iocs;
    private readonly LiteralIndex _index;
    private readonly int[] _unindexed;

    public FilenameIocMatcher(IReadOnlyList<FilenameIoc> iocs)
    {
        _iocs = iocs;
        _index = new LiteralIndex(iocs.Select((ioc, i) => (ioc.Literal, i)).Where(p => p.Literal is not null).Select(p => (p.Literal!, p.i)));
        _unindexed = iocs.Select((ioc, i) => (ioc, i)).Where(p => p.ioc.Literal is null).Select(p => p.i).ToArray();
    }

    /// <summary>IOCs run on every path because no literal could be extracted from them.</summary>
    public int UnindexedCount => _unindexed.Length;

    /// <summary>The IOCs matching <paramref name="path"/> whose false-positive regex does not, in list order.</summary>
    public IReadOnlyList<FilenameIoc> Match(string path)
    {
        var forms = new PathForms(path);
        var candidates = new List<int>(_unindexed);
        _index.Search(forms.Folded, candidates.Add);
        if (candidates.Count == 0)
        {
            return [];
        }

        candidates.Sort();
        var result = new List<FilenameIoc>();
        int previous = -1;
        foreach (int id in candidates)
        {
            if (id != previous && Matches(_iocs[id], forms))
            {
                result.Add(_iocs[id]);
            }

            previous = id;
        }

        return result;
    }

    /// <summary>
    /// The same result without the literal prefilter: every regex on every path. Slow; it is the
    /// reference the prefilter is checked against (a literal that is not really required would make
    /// <see cref="Match"/> miss what this finds).
    /// </summary>
    public IReadOnlyList<FilenameIoc> MatchWithoutPrefilter(string path)
    {
        var forms = new PathForms(path);
        return _iocs.Where(ioc => Matches(ioc, forms)).ToList();
    }

    private static bool Matches(FilenameIoc ioc, PathForms forms) =>
        forms.AnyMatch(ioc.Regex, ioc.DrivelessRegex)
        && !(ioc.FalsePositive is not null && forms.AnyMatch(ioc.FalsePositive, ioc.DrivelessFalsePositive));
}
