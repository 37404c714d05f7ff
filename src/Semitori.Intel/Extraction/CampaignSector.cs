namespace Semitori.Intel.Extraction;

/// <summary>A sector targeted by a campaign; <see cref="Primary"/> when the text calls it the main target.</summary>
public sealed record CampaignSector(string Key, bool Primary);
