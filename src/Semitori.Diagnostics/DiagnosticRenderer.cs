using System.Text;

namespace Semitori.Diagnostics;

/// <summary>
/// Renders diagnostics for people: the one-line header, the offending source line and a caret
/// run under the span, then the hint. The shape follows rustc/yara-x reports so analysts who
/// know those tools read it at a glance.
/// </summary>
public static class DiagnosticRenderer
{
    public static string Render(Diagnostic diagnostic)
    {
        var sb = new StringBuilder();
        sb.Append(diagnostic.ToString()).Append('\n');
        if (diagnostic.Source is { } source)
        {
            LinePosition pos = diagnostic.Position;
            string line = source.GetLine(pos.Line).Replace('\t', ' ');
            string gutter = pos.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string pad = new(' ', gutter.Length);
            sb.Append(pad).Append(" |\n");
            sb.Append(gutter).Append(" | ").Append(line).Append('\n');
            int caretStart = Math.Min(pos.Column - 1, line.Length);
            int lineRemaining = Math.Max(1, line.Length - caretStart);
            int caretLength = Math.Clamp(diagnostic.Span.Length, 1, lineRemaining);
            sb.Append(pad).Append(" | ").Append(new string(' ', caretStart)).Append(new string('^', caretLength)).Append('\n');
        }

        if (!string.IsNullOrEmpty(diagnostic.Help))
        {
            sb.Append("  = help: ").Append(diagnostic.Help).Append('\n');
        }

        return sb.ToString();
    }

    public static string RenderAll(IEnumerable<Diagnostic> diagnostics)
    {
        var sb = new StringBuilder();
        foreach (Diagnostic d in diagnostics)
        {
            sb.Append(Render(d));
        }

        return sb.ToString();
    }
}
