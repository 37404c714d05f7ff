using System.Text.RegularExpressions;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// Decides whom matches of a list credit. An <c># Author: …</c> line in the file's header comment
/// wins. signature-base's list headers ("LOKI CUSTOM EVIL HASHES", …) name no author, so a list
/// inside a signature-base checkout (a folder named signature-base, or a README.md naming
/// Signature-Base, at most one level up) is credited to the project as its licence asks; anything else to the caller's
/// default or, failing that, to "unknown" plus the file name.
/// </summary>
public static partial class IocAttribution
{
    /// <summary>Credit line for signature-base lists (DRL 1.1: author and rule-set URL kept in match output).</summary>
    public const string SignatureBase = "Florian Roth / signature-base (https://github.com/Neo23x0/signature-base, Detection Rule License 1.1)";

    /// <summary>Header lines read when looking for an author line.</summary>
    public const int MaxHeaderLines = 40;

    public static string AuthorOf(string path, string text, string? fallback)
    {
        string? fromHeader = HeaderAuthor(text);
        if (fromHeader is not null)
        {
            return fromHeader;
        }

        if (IsInSignatureBase(path))
        {
            return SignatureBase;
        }

        return fallback ?? "unknown (" + Path.GetFileName(path) + ")";
    }

    internal static string? HeaderAuthor(string text)
    {
        int lines = 0;
        foreach (string line in text.Split('\n'))
        {
            string t = line.Trim();
            if (t.Length == 0)
            {
                continue;
            }

            if (!t.StartsWith('#') || ++lines > MaxHeaderLines)
            {
                return null;
            }

            Match m = AuthorLine().Match(t);
            if (m.Success)
            {
                return m.Groups[1].Value.Trim();
            }
        }

        return null;
    }

    private static bool IsInSignatureBase(string path)
    {
        try
        {
            DirectoryInfo? dir = new FileInfo(Path.GetFullPath(path)).Directory;
            for (int up = 0; up < 2 && dir is not null; up++, dir = dir.Parent)
            {
                if (dir.Name.Contains("signature-base", StringComparison.OrdinalIgnoreCase)
                    || Mentions(Path.Combine(dir.FullName, "README.md"), "Signature-Base"))
                {
                    return true;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // A path we cannot inspect is simply not recognised.
        }

        return false;
    }

    private static bool Mentions(string file, string word)
    {
        if (!File.Exists(file))
        {
            return false;
        }

        using var reader = new StreamReader(file);
        var head = new char[4096];
        int n = reader.ReadBlock(head, 0, head.Length);
        return new string(head, 0, n).Contains(word, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^#\s*author\s*[:=]\s*(\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorLine();
}
