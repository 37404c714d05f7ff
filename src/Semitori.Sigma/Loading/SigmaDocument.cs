using Semitori.Sigma.Model;
using YamlDotNet.RepresentationModel;

namespace Semitori.Sigma.Loading;

/// <summary>One parsed YAML document of a rule file, before compilation.</summary>
internal sealed class SigmaDocument
{
    public required SigmaRule Rule { get; init; }

    public required SigmaDocumentKind Kind { get; init; }

    public required YamlMappingNode Root { get; init; }

    /// <summary>The <c>detection</c>, <c>correlation</c> or <c>filter</c> section.</summary>
    public required YamlMappingNode Body { get; init; }
}
