using Semitori.Intel.Text;

namespace Semitori.Intel.Extraction;

/// <summary>Everything extracted from one report; every item points at the sentence it came from.</summary>
public sealed record ExtractionResult
{
    public string? Source { get; init; }
    public string Language { get; init; } = "en";
    /// <summary>True when the report was longer than <see cref="ExtractionOptions.MaxCharacters"/> and only its start was read.</summary>
    public bool Truncated { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<TextSentence> Sentences { get; init; } = [];
    public IReadOnlyList<ActorMention> Actors { get; init; } = [];
    public IReadOnlyList<ExtractedEntity> Entities { get; init; } = [];
    public IReadOnlyList<ExtractedIoc> Iocs { get; init; } = [];
    public IReadOnlyList<ExtractedDate> Dates { get; init; } = [];
    public IReadOnlyList<ExtractedTechnique> Techniques { get; init; } = [];
    public IReadOnlyList<ExtractedCampaign> Campaigns { get; init; } = [];
    public IReadOnlyList<KnowledgeInference> Inferences { get; init; } = [];

    /// <summary>Distinct entity ids of a kind with a role, in order of first mention.</summary>
    public IReadOnlyList<string> EntityIds(EntityKind kind, params string[] roles) =>
        Entities.Where(e => e.Kind == kind && (roles.Length == 0 || roles.Contains(e.Role))).Select(e => e.Id).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Indicators proper: everything but links to cited sources.</summary>
    public IEnumerable<ExtractedIoc> Indicators => Iocs.Where(i => !i.IsReference);

    /// <summary>Links to the sources the report cites.</summary>
    public IEnumerable<string> References => Iocs.Where(i => i.IsReference && i.Kind == IocKind.Url).Select(i => i.Value).Distinct(StringComparer.Ordinal);
}
