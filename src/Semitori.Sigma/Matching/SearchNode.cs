using Semitori.Sigma.Events;

namespace Semitori.Sigma.Matching;

/// <summary>A compiled piece of detection logic: a search identifier or a condition operator.</summary>
internal abstract class SearchNode
{
    public abstract bool Evaluate(IEvent evt);
}

/// <summary>Every child matches (a map of fields, <c>and</c>, <c>all of</c>).</summary>
internal sealed class AndSearch(IReadOnlyList<SearchNode> children) : SearchNode
{
    public IReadOnlyList<SearchNode> Children { get; } = children;

    public override bool Evaluate(IEvent evt)
    {
        foreach (SearchNode child in Children)
        {
            if (!child.Evaluate(evt))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Some child matches (a list of maps, <c>or</c>, <c>1 of</c>).</summary>
internal sealed class OrSearch(IReadOnlyList<SearchNode> children) : SearchNode
{
    public IReadOnlyList<SearchNode> Children { get; } = children;

    public override bool Evaluate(IEvent evt)
    {
        foreach (SearchNode child in Children)
        {
            if (child.Evaluate(evt))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>At least <c>Count</c> children match (<c>N of …</c>).</summary>
internal sealed class AtLeastSearch(int count, IReadOnlyList<SearchNode> children) : SearchNode
{
    public override bool Evaluate(IEvent evt)
    {
        int matched = 0;
        foreach (SearchNode child in children)
        {
            if (child.Evaluate(evt) && ++matched >= count)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary><c>not</c>.</summary>
internal sealed class NotSearch(SearchNode child) : SearchNode
{
    public override bool Evaluate(IEvent evt) => !child.Evaluate(evt);
}

/// <summary>A constant (an empty <c>1 of</c> pattern, an event-independent part).</summary>
internal sealed class ConstantSearch(bool value) : SearchNode
{
    public override bool Evaluate(IEvent evt) => value;
}
