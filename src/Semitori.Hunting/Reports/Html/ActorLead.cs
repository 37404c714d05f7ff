using Semitori.Intel.Profile;

namespace Semitori.Hunting.Reports.Html;

/// <summary>An actor the findings point to: its profile, the names the rules used for it and how many findings did.</summary>
internal sealed record ActorLead(ActorProfile Profile, IReadOnlyList<string> NamesUsed, int Findings);
