namespace Semitori.Cli.Commands.Yara;

/// <summary>The options of <c>semitori yara</c>, named after the yara command line's.</summary>
internal sealed class YaraCliOptions
{
    public List<(string? Namespace, string Path)> RuleFiles { get; } = [];

    public string Target { get; set; } = string.Empty;

    public bool Recursive { get; set; }

    public bool FollowSymlinks { get; set; } = true;

    public int Threads { get; set; } = 1;

    public bool PrintStrings { get; set; }

    public bool PrintStringLength { get; set; }

    public bool PrintMeta { get; set; }

    public bool PrintTags { get; set; }

    public bool PrintNamespace { get; set; }

    public bool Count { get; set; }

    public bool Negate { get; set; }

    public bool NoWarnings { get; set; }

    public bool FailOnWarnings { get; set; }

    public bool Fast { get; set; }

    public List<string> Tags { get; } = [];

    public List<string> Identifiers { get; } = [];

    public List<(string Name, object Value)> Defines { get; } = [];

    public int TimeoutSeconds { get; set; }

    public long SkipLarger { get; set; }

    public int MaxRules { get; set; }

    public bool Json { get; set; }

    public bool JsonLines { get; set; }

    /// <summary>--profile: after the scan, list the costliest rules, strings and modules on stderr.</summary>
    public bool Profile { get; set; }

    public bool Help { get; set; }

    public bool Version { get; set; }
}
