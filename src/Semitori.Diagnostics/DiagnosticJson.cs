using System.Text.Json;

namespace Semitori.Diagnostics;

/// <summary>The JSON shape of a diagnostic, shared by every command that prints them with <c>--json</c>.</summary>
public static class DiagnosticJson
{
    public static void Write(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("severity", Diagnostic.SeverityWord(diagnostic.Severity));
        writer.WriteString("message", diagnostic.Message);
        writer.WriteString("file", diagnostic.Path);
        writer.WriteNumber("line", diagnostic.Position.Line);
        writer.WriteNumber("column", diagnostic.Position.Column);
        writer.WriteNumber("offset", diagnostic.Span.Start);
        writer.WriteNumber("length", diagnostic.Span.Length);
        if (diagnostic.Help is not null)
        {
            writer.WriteString("help", diagnostic.Help);
        }

        writer.WriteEndObject();
    }
}
