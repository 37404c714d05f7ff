using System.Text.RegularExpressions;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// Picks an IOC file's kind from words in its name. Loki tests substrings, so <c>hash-c2.txt</c>
/// loads twice and <c>myc2iocs.txt</c> loads as C2; we follow THOR and require the word to stand
/// alone (delimited by start, end or a non-letter), and a name gets one kind only.
/// </summary>
public static partial class IocFileClassifier
{
    public static IocKind Classify(string fileName)
    {
        string name = Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();
        bool hash = HasWord(name, "hash") || HasWord(name, "hashes");
        if (hash && (HasWord(name, "falsepositive") || HasWord(name, "falsepositives") || HasWord(name, "trusted")))
        {
            return IocKind.TrustedHash;
        }

        if (hash)
        {
            return IocKind.Hash;
        }

        if (HasWord(name, "filename") || HasWord(name, "filenames"))
        {
            return IocKind.Filename;
        }

        return HasWord(name, "c2") ? IocKind.C2 : IocKind.None;
    }

    private static bool HasWord(string name, string word) =>
        WordSplitter().Split(name).Any(part => part == word);

    // Digits stay inside a word so that "c2" is one token; any other non-letter separates words.
    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordSplitter();
}
