namespace Semitori.Diagnostics;

/// <summary>A 1-based line and column in a <see cref="SourceText"/>.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
