namespace Semitori.Sigma.Loading;

/// <summary>The three kinds of Sigma documents.</summary>
public enum SigmaDocumentKind
{
    /// <summary>A rule with <c>detection</c>.</summary>
    Detection,

    /// <summary>A rule with <c>correlation</c> over other rules.</summary>
    Correlation,

    /// <summary>A meta-filter with <c>filter</c> applied to other rules.</summary>
    Filter,
}
