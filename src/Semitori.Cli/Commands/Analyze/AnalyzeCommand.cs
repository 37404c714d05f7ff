using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Semitori.Formats.Pe;

namespace Semitori.Cli.Commands.Analyze;

/// <summary><c>semitori analyze FILE [--json] [--full]</c>: a triage report of one file (PE, .NET or other).</summary>
public sealed class AnalyzeCommand : ICommand
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string Name => "analyze";

    public string Summary => "triage one file: hashes, imphash, PE/.NET structure, signatures, anomalies, and what the analyzers conclude";

    public int Run(IReadOnlyList<string> args, CommandContext context)
    {
        bool json = false;
        bool full = false;
        string? path = null;
        foreach (string arg in args)
        {
            switch (arg)
            {
                case "-h" or "--help":
                    context.Output.Write(AnalyzeHelp.Text);
                    return ExitCodes.Clean;
                case "--json":
                    json = true;
                    break;
                case "--full":
                    full = true;
                    break;
                default:
                    if (arg.StartsWith('-') || path is not null)
                    {
                        context.Error.WriteLine($"semitori analyze: unexpected argument '{arg}'. Usage: semitori analyze FILE [--json] [--full] (see --help).");
                        return ExitCodes.Error;
                    }

                    path = arg;
                    break;
            }
        }

        if (path is null)
        {
            context.Error.WriteLine("semitori analyze: no FILE given. Usage: semitori analyze FILE [--json] [--full] (see --help).");
            return ExitCodes.Error;
        }

        byte[] data;
        try
        {
            using FileStream stream = File.OpenRead(path);
            data = Semitori.Formats.Common.BoundedRead.ReadAll(stream, PeLimits.MaxFileSize, out bool truncated);
            if (truncated)
            {
                context.Error.WriteLine($"semitori analyze: {path} is larger than {PeLimits.MaxFileSize} bytes; only that much is analysed.");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"semitori analyze: {path}: {e.Message}");
            return ExitCodes.Error;
        }

        AnalysisReport report = AnalysisBuilder.Build(path, data);
        if (json)
        {
            context.Output.WriteLine(JsonSerializer.Serialize(report, JsonOptions));
        }
        else
        {
            new TextReportWriter(context.Output, full).Write(report);
        }

        return ExitCodes.Clean;
    }
}
