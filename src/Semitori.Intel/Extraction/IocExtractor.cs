using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Semitori.Intel.Extraction;

/// <summary>
/// Finds indicators in report text: refangs, runs the patterns, applies the false-positive guards,
/// and resolves overlaps so the longest, most specific match wins (a URL over its domain and file name,
/// an e-mail over its domain).
/// </summary>
public static class IocExtractor
{
    public static IReadOnlyList<IocMatch> Extract(string text)
    {
        RefangedText refanged = Refanger.Refang(text);
        string t = refanged.Text;
        var found = new List<(IocMatch Match, int Rank, int RStart, int RLength)>();

        void Add(IocKind kind, string value, int start, int length, int rank)
        {
            (int s, int l) = refanged.ToOriginal(start, length);
            string surface = text.Substring(s, l);
            // Any difference between the text as written and the refanged text is defanging (or full-width obfuscation).
            bool defanged = !string.Equals(surface, t.Substring(start, length), StringComparison.Ordinal);
            found.Add((new IocMatch(kind, value, surface, s, l, defanged), rank, start, length));
        }

        foreach (Match m in IocPatterns.Url().Matches(t))
        {
            string url = TrimUrl(m.Value);
            if (url.Length > "http://".Length && Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && uri.Host.Contains('.', StringComparison.Ordinal))
            {
                Add(IocKind.Url, url, m.Index, url.Length, 0);
            }
        }

        foreach (Match m in IocPatterns.Email().Matches(t))
        {
            string tld = m.Value[(m.Value.LastIndexOf('.') + 1)..];
            if (DomainRules.TopLevelDomains.Contains(tld) && !DomainRules.FileExtensions.Contains(tld))
            {
                Add(IocKind.Email, m.Value.ToLowerInvariant(), m.Index, m.Length, 1);
            }
        }

        foreach (Match m in IocPatterns.Cve().Matches(t))
        {
            Add(IocKind.Cve, m.Value.ToUpperInvariant(), m.Index, m.Length, 1);
        }

        foreach (Match m in IocPatterns.RegistryKey().Matches(t))
        {
            Add(IocKind.RegistryKey, m.Value, m.Index, m.Length, 1);
        }

        foreach (Match m in IocPatterns.Hash().Matches(t))
        {
            if (m.Value.All(char.IsDigit) || m.Value.Distinct().Count() < 4)
            {
                continue; // long decimal numbers and filler like 000…0 are not hashes
            }

            IocKind kind = m.Length switch { 32 => IocKind.Md5, 40 => IocKind.Sha1, _ => IocKind.Sha256 };
            Add(kind, m.Value.ToLowerInvariant(), m.Index, m.Length, 1);
        }

        foreach (Match m in IocPatterns.Ipv4().Matches(t))
        {
            string before = t[Math.Max(0, m.Index - 12)..m.Index];
            if (IocPatterns.VersionContext().IsMatch(before))
            {
                continue; // "v1.0.0.1", "version 1.2.3.4"
            }

            Add(IocKind.Ipv4, m.Value, m.Index, m.Length, 2);
        }

        foreach (Match m in IocPatterns.Ipv6Candidate().Matches(t))
        {
            if (m.Value.Count(c => c == ':') >= 2 && m.Value.Any(char.IsAsciiHexDigit)
                && IPAddress.TryParse(m.Value, out IPAddress? address) && address.AddressFamily == AddressFamily.InterNetworkV6
                && !IsClockTime(m.Value))
            {
                Add(IocKind.Ipv6, address.ToString(), m.Index, m.Length, 2);
            }
        }

        foreach (Match m in IocPatterns.PeExport().Matches(t))
        {
            Group g = m.Groups["v"];
            Add(IocKind.PeExport, g.Value, g.Index, g.Length, 1);
        }

        foreach (Match m in IocPatterns.Mutex().Matches(t))
        {
            Group g = m.Groups["v"];
            if (!DomainRules.TopLevelDomains.Contains(g.Value) && g.Value.Any(char.IsLetterOrDigit))
            {
                Add(IocKind.Mutex, g.Value, g.Index, g.Length, 1);
            }
        }

        foreach (Match m in IocPatterns.DottedName().Matches(t))
        {
            ClassifyDottedName(m.Value, m.Index, Add);
        }

        foreach (Match m in IocPatterns.FileName().Matches(t))
        {
            if (DomainRules.FileExtensions.Contains(m.Groups["ext"].Value) && !m.Value.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                && m.Value.Any(char.IsLetter))
            {
                Add(IocKind.FileName, m.Value, m.Index, m.Length, 3);
            }
        }

        return ResolveOverlaps(found);
    }

    private static void ClassifyDottedName(string value, int index, Action<IocKind, string, int, int, int> add)
    {
        string tld = value[(value.LastIndexOf('.') + 1)..];
        bool www = value.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        if (DomainRules.FileExtensions.Contains(tld) && !www)
        {
            return; // a file name; the file-name pattern reports it
        }

        if (!DomainRules.TopLevelDomains.Contains(tld) || DomainRules.NotDomains.Contains(value) || DomainRules.LooksLikeCodeIdentifier(value)
            || value.Split('.').All(label => label.All(char.IsDigit) || label.Length == 0))
        {
            return;
        }

        add(IocKind.Domain, value.ToLowerInvariant(), index, value.Length, 2);
    }

    // A URL in prose often ends with punctuation or a closing bracket that belongs to the sentence.
    private static string TrimUrl(string url)
    {
        string trimmed = url;
        while (trimmed.Length > 0)
        {
            char last = trimmed[^1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or ']' or '*')
            {
                trimmed = trimmed[..^1];
            }
            else if (last == ')' && trimmed.Count(c => c == '(') < trimmed.Count(c => c == ')'))
            {
                trimmed = trimmed[..^1];
            }
            else
            {
                break;
            }
        }

        return trimmed;
    }

    private static bool IsClockTime(string value) =>
        Regex.IsMatch(value, @"^\d{1,2}:\d{2}(:\d{2})?$");

    private static IReadOnlyList<IocMatch> ResolveOverlaps(List<(IocMatch Match, int Rank, int RStart, int RLength)> found)
    {
        // Longest first, then by rank (URL 0 beats e-mail/hash 1 beats IP/domain 2 beats file name 3). An
        // occupancy map keeps this linear in the text length instead of quadratic in the number of matches.
        var ordered = found.OrderByDescending(f => f.RLength).ThenBy(f => f.Rank).ThenBy(f => f.RStart).ToList();
        int length = found.Count == 0 ? 0 : found.Max(f => f.RStart + f.RLength);
        var occupied = new bool[length];
        var kept = new List<(IocMatch Match, int RStart)>();
        foreach (var candidate in ordered)
        {
            if (Array.IndexOf(occupied, true, candidate.RStart, candidate.RLength) >= 0)
            {
                continue;
            }

            Array.Fill(occupied, true, candidate.RStart, candidate.RLength);
            kept.Add((candidate.Match, candidate.RStart));
        }

        return kept.OrderBy(k => k.RStart).Select(k => k.Match).ToList();
    }
}
