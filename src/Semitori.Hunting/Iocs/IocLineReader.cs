using Semitori.Diagnostics;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// Splits an IOC file into entry lines: blank lines and <c>#</c> comments are not entries, a
/// comment becomes the description of the entries after it. Over-long lines are reported and
/// skipped; at most <see cref="IocLimits.MaxEntriesPerFile"/> entries are returned.
/// </summary>
internal static class IocLineReader
{
    public static IEnumerable<IocLine> Read(SourceText source, DiagnosticBag diagnostics)
    {
        string text = source.Text;
        string comment = string.Empty;
        int entries = 0;
        int lineNumber = 0;
        int pos = 0;
        while (pos < text.Length)
        {
            int end = text.IndexOf('\n', pos);
            int next = end < 0 ? text.Length : end + 1;
            end = end < 0 ? text.Length : end;
            lineNumber++;
            int start = pos;
            pos = next;

            // Trim white space (and the CR of CRLF files) on both sides, keeping the start offset.
            int s = start, e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (s == e)
            {
                continue;
            }

            if (e - s > IocLimits.MaxLineLength)
            {
                diagnostics.Error(IocDiagnosticCodes.LineTooLong, $"line is longer than {IocLimits.MaxLineLength} characters; skipped", source, new TextSpan(s, 1));
                continue;
            }

            if (text[s] == '#')
            {
                string body = text[(s + 1)..e].Trim();
                if (body.Length > 0)
                {
                    comment = body;
                }

                continue;
            }

            if (++entries > IocLimits.MaxEntriesPerFile)
            {
                diagnostics.Error(IocDiagnosticCodes.TooManyEntries, $"more than {IocLimits.MaxEntriesPerFile} entries; the rest of the file is ignored", source, new TextSpan(s, 1));
                yield break;
            }

            yield return new IocLine(lineNumber, s, text[s..e], comment);
        }
    }
}
