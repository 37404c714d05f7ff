namespace Semitori.Sigma;

/// <summary>Stable codes of Sigma rule diagnostics (listed in docs/logs.md).</summary>
public static class SigmaDiagnosticCodes
{
    /// <summary>The file is not valid YAML.</summary>
    public const string YamlSyntax = "SG001";

    /// <summary>A required key is missing or has the wrong shape.</summary>
    public const string MissingOrInvalidKey = "SG002";

    /// <summary>A field modifier is not part of the Sigma specification.</summary>
    public const string UnknownModifier = "SG003";

    /// <summary>The condition does not parse.</summary>
    public const string ConditionSyntax = "SG004";

    /// <summary>The condition names a search identifier that is not defined.</summary>
    public const string UndefinedIdentifier = "SG005";

    /// <summary>A <c>re</c> value is not a valid regular expression.</summary>
    public const string InvalidRegex = "SG006";

    /// <summary>A <c>cidr</c> value is not a valid network.</summary>
    public const string InvalidCidr = "SG007";

    /// <summary>A modifier is used with a value or modifier it cannot combine with.</summary>
    public const string InvalidModifierUse = "SG008";

    /// <summary>A construct of the format this engine does not evaluate (e.g. deprecated aggregations).</summary>
    public const string Unsupported = "SG009";

    /// <summary>A correlation rule is malformed or references unknown rules.</summary>
    public const string InvalidCorrelation = "SG010";

    /// <summary>An <c>expand</c> placeholder has no value.</summary>
    public const string UnresolvedPlaceholder = "SG011";

    /// <summary>The logsource has no mapping onto event log channels; the rule runs on every event.</summary>
    public const string UnmappedLogSource = "SG012";

    /// <summary>A rule id appears twice; the later rule is kept apart by its file.</summary>
    public const string DuplicateRuleId = "SG013";
}
