namespace Semitori.Hunting.Iocs;

/// <summary>What an IOC file holds, chosen by a word in its name (THOR-like word boundaries).</summary>
public enum IocKind
{
    /// <summary>No kind word in the name: the file is not an IOC list (README.txt, keywords.txt).</summary>
    None = 0,

    /// <summary><c>HASH;DESCRIPTION</c> or <c>HASH;SCORE;DESCRIPTION</c> lines of malicious files.</summary>
    Hash = 1,

    /// <summary>Hashes of known-good files (name has <c>falsepositive</c> or <c>trusted</c> with <c>hash</c>): a match drops the file's findings.</summary>
    TrustedHash = 2,

    /// <summary><c>REGEX;SCORE[;FALSE_POSITIVE_REGEX]</c> lines matched against the full path.</summary>
    Filename = 3,

    /// <summary><c>HOST_OR_IP[;SCORE]</c> lines, looked for as strings in file content.</summary>
    C2 = 4,
}
