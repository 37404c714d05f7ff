using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Semitori.Diagnostics;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// Reads <c>HOST_OR_IP[;SCORE]</c> lines. Entries are looked for in file content, so what cannot
/// be a string in a file is reported and skipped: CIDR ranges, and (as Loki does) values shorter
/// than four characters.
/// </summary>
internal static partial class C2IocParser
{
    /// <summary>
    /// Score of a C2 entry without one. Loki and THOR use 100 for a live connection to the host;
    /// a host name written inside a file is a weaker sign (reports and IOC lists contain them too).
    /// </summary>
    public const int DefaultScore = 75;

    /// <summary>Shortest value looked for (Loki drops shorter entries too).</summary>
    public const int MinLength = 4;

    public static List<C2Ioc> Parse(SourceText source, IocOrigin origin, DiagnosticBag diagnostics)
    {
        var result = new List<C2Ioc>();
        foreach (IocLine line in IocLineReader.Read(source, diagnostics))
        {
            string[] fields = line.Text.Split(';');
            string value = fields[0].Trim();
            var span = new TextSpan(line.Start, Math.Max(1, fields[0].Length));
            int score = DefaultScore;
            bool explicitScore = fields.Length >= 2 && fields[1].Trim().Length > 0;
            if (explicitScore && (!int.TryParse(fields[1].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out score) || score is < -100 or > 100))
            {
                diagnostics.Error(IocDiagnosticCodes.InvalidScore, $"score '{fields[1].Trim()}' is not an integer in -100..100", source, new TextSpan(line.Start + fields[0].Length + 1, Math.Max(1, fields[1].Length)));
                continue;
            }

            if (fields.Length > 2)
            {
                diagnostics.Error(IocDiagnosticCodes.TooManyFields, "more than two ';'-separated fields (expected HOST_OR_IP[;SCORE])", source, span);
                continue;
            }

            if (value.Contains('/') && IPNetwork.TryParse(value, out _))
            {
                diagnostics.Warning(IocDiagnosticCodes.UnmatchableC2, $"CIDR range {value} cannot be looked for in file content; skipped", source, span);
                continue;
            }

            bool isAddress = IPAddress.TryParse(value, out _) && (value.Contains('.') || value.Contains(':'));
            if (!isAddress && !HostName().IsMatch(value))
            {
                diagnostics.Error(IocDiagnosticCodes.InvalidHost, $"'{value}' is neither a host name nor an IP address", source, span);
                continue;
            }

            if (value.Length < MinLength)
            {
                diagnostics.Warning(IocDiagnosticCodes.UnmatchableC2, $"'{value}' is shorter than {MinLength} characters; skipped", source, span);
                continue;
            }

            // An address is kept as written: the file holds it in the same dotted form.
            result.Add(new C2Ioc(isAddress ? value : value.ToLowerInvariant(), isAddress, score, explicitScore,
                line.Comment.Length > 0 ? line.Comment : "C2 host " + value, origin, line.Number));
        }

        return result;
    }

    // Labels of letters, digits, '-' and '_' (dynamic-DNS names use '_'), at least one dot.
    [GeneratedRegex(@"^[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})(\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,62}))+\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex HostName();
}
