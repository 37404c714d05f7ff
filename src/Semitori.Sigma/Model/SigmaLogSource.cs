namespace Semitori.Sigma.Model;

/// <summary>The <c>logsource</c> section of a rule.</summary>
public sealed record SigmaLogSource(string? Product, string? Category, string? Service)
{
    public override string ToString() => $"product={Product ?? "-"} category={Category ?? "-"} service={Service ?? "-"}";
}
