namespace Semitori.Sigma.Model;

/// <summary>The spelling of levels in rules and on command lines.</summary>
public static class SigmaLevelText
{
    public static SigmaLevel Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "informational" or "info" => SigmaLevel.Informational,
        "low" => SigmaLevel.Low,
        "medium" => SigmaLevel.Medium,
        "high" => SigmaLevel.High,
        "critical" => SigmaLevel.Critical,
        _ => SigmaLevel.Unknown,
    };
}
