namespace Semitori.Hunting.Iocs;

/// <summary>
/// One file-name IOC: a regex searched in the full path, its score (negative scores lower a
/// file's total, as THOR allows), the description from the comment above it, and an optional
/// false-positive regex that, when it also matches, suppresses this IOC (and only this one —
/// Loki leaks the last FP regex into every later line, we do not).
/// </summary>
public sealed class FilenameIoc
{
    internal FilenameIoc(BoundedRegex regex, BoundedRegex? drivelessRegex, BoundedRegex? falsePositive, BoundedRegex? drivelessFalsePositive,
        int score, string description, string? literal, IocOrigin origin, int line)
    {
        Regex = regex;
        DrivelessRegex = drivelessRegex;
        FalsePositive = falsePositive;
        DrivelessFalsePositive = drivelessFalsePositive;
        Score = score;
        Description = description;
        Literal = literal;
        Origin = origin;
        Line = line;
    }

    public string Pattern => Regex.Pattern;

    public string? FalsePositivePattern => FalsePositive?.Pattern;

    public int Score { get; }

    public string Description { get; }

    /// <summary>Folded literal every match contains (prefilter key); null when the pattern has none and is run on every path.</summary>
    public string? Literal { get; }

    public IocOrigin Origin { get; }

    public int Line { get; }

    internal BoundedRegex Regex { get; }

    /// <summary>The pattern with its <c>C:\\</c> drive prefix removed (Loki does this on Linux), used for paths without a drive letter.</summary>
    internal BoundedRegex? DrivelessRegex { get; }

    internal BoundedRegex? FalsePositive { get; }

    internal BoundedRegex? DrivelessFalsePositive { get; }
}
