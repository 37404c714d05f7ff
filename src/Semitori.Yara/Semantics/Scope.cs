namespace Semitori.Yara.Semantics;

/// <summary>Names visible while binding one rule's condition; loop variables stack on top.</summary>
internal sealed class Scope
{
    private readonly List<(string Name, LocalExpr Local)> _locals = [];

    public Dictionary<string, int> Strings { get; } = new(StringComparer.Ordinal);

    public HashSet<int> Referenced { get; } = [];

    /// <summary>
    /// Strings so far used only as <c>$a at CONSTANT</c> (the same constant each time). libyara
    /// searches such strings only at that offset (STRING_FLAGS_FIXED_OFFSET), so matches elsewhere
    /// are neither recorded nor printed; any other use removes the string from this map for good.
    /// </summary>
    public Dictionary<int, long> FixedOffsets { get; } = [];

    public HashSet<int> GeneralUse { get; } = [];

    public void UseAt(int index, long offset)
    {
        if (GeneralUse.Contains(index))
        {
            return;
        }

        if (FixedOffsets.TryGetValue(index, out long existing) && existing != offset)
        {
            UseGenerally(index);
            return;
        }

        FixedOffsets[index] = offset;
    }

    public void UseGenerally(int index)
    {
        GeneralUse.Add(index);
        FixedOffsets.Remove(index);
    }

    public List<Compilation.CompiledString> StringList { get; } = [];

    public int ForOfDepth { get; set; }

    public int LoopDepth { get; set; }

    public int NextSlot { get; set; }

    public int MaxSlots { get; set; }

    public void Push(string name, LocalExpr local) => _locals.Add((name, local));

    public void Pop(int count) => _locals.RemoveRange(_locals.Count - count, count);

    public LocalExpr? Find(string name)
    {
        for (int i = _locals.Count - 1; i >= 0; i--)
        {
            if (_locals[i].Name == name)
            {
                return _locals[i].Local;
            }
        }

        return null;
    }
}
