using System.Globalization;
using Semitori.Diagnostics;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// Reads <c>HASH;DESCRIPTION</c> and <c>HASH;SCORE;DESCRIPTION</c> lines. The second field is a
/// score only when it is all digits: two signature-base descriptions contain <c>;</c> themselves
/// ("… flogon.js; - https://…"), so a line is split into at most three fields and a non-numeric
/// second field is glued back onto the description.
/// </summary>
internal static class HashIocParser
{
    /// <summary>Score of a hash line without one (Loki and THOR; Loki-RS uses 75).</summary>
    public const int DefaultScore = 100;

    public static List<HashIoc> Parse(SourceText source, IocOrigin origin, DiagnosticBag diagnostics)
    {
        var result = new List<HashIoc>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (IocLine line in IocLineReader.Read(source, diagnostics))
        {
            string[] fields = line.Text.Split(';', 3);
            string hash = fields[0].Trim();
            HashKind? kind = KindOf(hash);
            if (kind is null)
            {
                diagnostics.Error(IocDiagnosticCodes.InvalidHash, $"'{Shorten(hash)}' is not an MD5, SHA-1 or SHA-256 hex digest", source, new TextSpan(line.Start, Math.Max(1, fields[0].Length)));
                continue;
            }

            int score = DefaultScore;
            bool explicitScore = false;
            string description;
            if (fields.Length == 3 && IsDigits(fields[1].Trim()))
            {
                explicitScore = int.TryParse(fields[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out score) && score <= 100;
                if (!explicitScore)
                {
                    diagnostics.Error(IocDiagnosticCodes.InvalidScore, $"score '{fields[1].Trim()}' is out of range 0..100", source, new TextSpan(line.Start + fields[0].Length + 1, fields[1].Length));
                    continue;
                }

                description = fields[2].Trim();
            }
            else
            {
                description = fields.Length > 1 ? string.Join(';', fields[1..]).Trim() : string.Empty;
            }

            if (description.Length == 0)
            {
                diagnostics.Warning(IocDiagnosticCodes.MissingDescription, "hash without a description", source, new TextSpan(line.Start, hash.Length));
            }

            hash = hash.ToLowerInvariant();
            if (!seen.Add(hash))
            {
                // Info, not a warning: signature-base repeats 171 hashes under different reports. The entry
                // stays in the list; the lookup reports the first one.
                diagnostics.Add(new Diagnostic(IocDiagnosticCodes.DuplicateHash, DiagnosticSeverity.Info, $"hash {hash} is listed again; matches report the first entry", source, new TextSpan(line.Start, hash.Length)));
            }

            result.Add(new HashIoc(hash, kind.Value, score, explicitScore, description, origin, line.Number));
        }

        return result;
    }

    internal static HashKind? KindOf(string hash)
    {
        HashKind? kind = hash.Length switch
        {
            32 => HashKind.Md5,
            40 => HashKind.Sha1,
            64 => HashKind.Sha256,
            _ => null,
        };
        return kind is not null && hash.All(char.IsAsciiHexDigit) ? kind : null;
    }

    private static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    private static string Shorten(string s) => s.Length <= 72 ? s : s[..72] + "…";
}
