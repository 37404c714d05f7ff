namespace Semitori.Hunting.Iocs;

/// <summary>
/// Aho-Corasick automaton over folded literals: one pass over a folded path reports every entry
/// whose literal occurs in it, whatever the number of literals (thousands for signature-base).
/// Built once, then read-only and safe to share between threads.
/// </summary>
internal sealed class LiteralIndex
{
    private readonly List<Dictionary<char, int>> _next = [];
    private readonly List<int> _fail = [];
    private readonly List<List<int>> _outputs = [];

    /// <param name="literals">Pairs of (folded literal, entry id); several entries may share a literal.</param>
    public LiteralIndex(IEnumerable<(string Literal, int Id)> literals)
    {
        AddNode();
        foreach ((string literal, int id) in literals)
        {
            int node = 0;
            foreach (char c in literal)
            {
                if (!_next[node].TryGetValue(c, out int child))
                {
                    child = AddNode();
                    _next[node][c] = child;
                }

                node = child;
            }

            _outputs[node].Add(id);
        }

        BuildFailureLinks();
    }

    public int NodeCount => _next.Count;

    /// <summary>Calls <paramref name="onHit"/> with each entry id whose literal occurs in <paramref name="folded"/> (an id may repeat).</summary>
    public void Search(ReadOnlySpan<char> folded, Action<int> onHit)
    {
        int node = 0;
        foreach (char c in folded)
        {
            while (node != 0 && !_next[node].ContainsKey(c))
            {
                node = _fail[node];
            }

            node = _next[node].GetValueOrDefault(c, 0);
            foreach (int id in _outputs[node])
            {
                onHit(id);
            }
        }
    }

    private int AddNode()
    {
        _next.Add([]);
        _fail.Add(0);
        _outputs.Add([]);
        return _next.Count - 1;
    }

    // Breadth-first, so a node's failure target is final before its children need it; each node's
    // output list absorbs its failure target's, so Search reports every literal ending at a position.
    private void BuildFailureLinks()
    {
        var queue = new Queue<int>();
        foreach (int child in _next[0].Values)
        {
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            int node = queue.Dequeue();
            foreach ((char c, int child) in _next[node])
            {
                int f = _fail[node];
                while (f != 0 && !_next[f].ContainsKey(c))
                {
                    f = _fail[f];
                }

                int target = _next[f].GetValueOrDefault(c, 0);
                _fail[child] = target == child ? 0 : target;
                _outputs[child].AddRange(_outputs[_fail[child]]);
                queue.Enqueue(child);
            }
        }
    }
}
