using System.Globalization;
using System.Text.RegularExpressions;
using Semitori.Diagnostics;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// Reads <c>REGEX;SCORE[;FALSE_POSITIVE_REGEX]</c> lines; the nearest <c># comment</c> above is the
/// description. Unlike Loki, nothing carries over between lines: a line without a score is an
/// error (Loki reuses the previous score) and a line without an FP regex has none (Loki keeps the
/// last one it saw).
/// </summary>
internal static partial class FilenameIocParser
{
    public static List<FilenameIoc> Parse(SourceText source, IocOrigin origin, DiagnosticBag diagnostics)
    {
        var result = new List<FilenameIoc>();
        foreach (IocLine line in IocLineReader.Read(source, diagnostics))
        {
            string[] fields = line.Text.Split(';');
            if (fields.Length < 2)
            {
                diagnostics.Error(IocDiagnosticCodes.MissingScore, "file-name IOC without a score (expected REGEX;SCORE[;FP_REGEX])", source, new TextSpan(line.Start, line.Text.Length));
                continue;
            }

            if (fields.Length > 3)
            {
                int at = line.Start + fields[0].Length + fields[1].Length + fields[2].Length + 3;
                diagnostics.Error(IocDiagnosticCodes.TooManyFields, "more than three ';'-separated fields (a ';' inside a regex must be written as \\x3b)", source, new TextSpan(at - 1, 1));
                continue;
            }

            int scoreStart = line.Start + fields[0].Length + 1;
            if (!int.TryParse(fields[1].Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int score) || score is < -100 or > 100)
            {
                diagnostics.Error(IocDiagnosticCodes.InvalidScore, $"score '{fields[1].Trim()}' is not an integer in -100..100", source, new TextSpan(scoreStart, Math.Max(1, fields[1].Length)));
                continue;
            }

            BoundedRegex? regex = BoundedRegex.TryCreate(fields[0], out string? error);
            if (regex is null)
            {
                diagnostics.Error(IocDiagnosticCodes.InvalidRegex, $"invalid regex: {error}", source, new TextSpan(line.Start, Math.Max(1, fields[0].Length)));
                continue;
            }

            BoundedRegex? fp = null;
            if (fields.Length == 3 && fields[2].Length > 0)
            {
                fp = BoundedRegex.TryCreate(fields[2], out error);
                if (fp is null)
                {
                    diagnostics.Error(IocDiagnosticCodes.InvalidFalsePositiveRegex, $"invalid false-positive regex: {error}", source, new TextSpan(scoreStart + fields[1].Length + 1, Math.Max(1, fields[2].Length)));
                    continue;
                }
            }

            string description = line.Comment.Length > 0 ? line.Comment : "file name matches " + fields[0];
            result.Add(new FilenameIoc(regex, Driveless(fields[0]), fp, fp is null ? null : Driveless(fields[2]), score, description,
                RegexLiteral.Extract(DrivePrefix().Replace(fields[0], "(?:)")), origin, line.Number));
        }

        return result;
    }

    /// <summary>The pattern without its <c>C:\\</c> prefixes, or null when it has none (or the rewrite does not parse).</summary>
    private static BoundedRegex? Driveless(string pattern) =>
        DrivePrefix().IsMatch(pattern) ? BoundedRegex.TryCreate(DrivePrefix().Replace(pattern, string.Empty), out _) : null;

    // "C:" followed by an escaped backslash, as the lists write a drive root; Loki removes every "C:".
    [GeneratedRegex(@"[Cc]:(?=\\\\)", RegexOptions.CultureInvariant)]
    private static partial Regex DrivePrefix();
}
