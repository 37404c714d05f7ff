using System.Text.Json;
using Semitori.Intel.Extraction;
using Semitori.Intel.Knowledge;
using Semitori.Intel.Text;

namespace Semitori.Cli.Commands.Intel;

/// <summary><c>semitori intel extract FILE|-</c>: report extraction, readable or <c>--json</c>.</summary>
internal static class IntelExtract
{
    private static readonly HashSet<string> Flags = ["--json"];
    private static readonly HashSet<string> Options = ["--format", "--published", "--output"];

    public static int Run(IReadOnlyList<string> args, CommandContext context)
    {
        IntelArguments parsed = IntelArguments.Parse(args, Flags, Options);
        if (parsed.Help)
        {
            context.Output.Write(IntelHelp.Extract);
            return ExitCodes.Clean;
        }

        if (parsed.Error is null && parsed.Positionals.Count != 1)
        {
            return Fail(context, "expects exactly one FILE (or - for standard input)");
        }

        if (parsed.Error is not null)
        {
            return Fail(context, parsed.Error);
        }

        if (!parsed.TryDate("--published", out DateOnly? published, out string? dateError))
        {
            return Fail(context, dateError!);
        }

        string path = parsed.Positionals[0];
        if (!TryFormat(parsed.Option("--format"), out ReportFormat? forced))
        {
            return Fail(context, $"--format must be text, markdown or html, got '{parsed.Option("--format")}'");
        }

        string content;
        try
        {
            content = IntelOutput.ReadInput(path);
        }
        catch (FileNotFoundException e)
        {
            return Fail(context, e.Message);
        }

        ExtractionResult result = Extract(content, path, forced, published);
        IntelOutput.Write(context, parsed.Option("--output"), writer =>
        {
            if (parsed.Flag("--json"))
            {
                writer.WriteLine(JsonSerializer.Serialize(result, KnowledgeJson.Indented));
            }
            else
            {
                ExtractionTextWriter.Write(result, KnowledgeBaseCache.Instance, writer);
            }
        });
        return ExitCodes.Clean;
    }

    internal static ExtractionResult Extract(string content, string path, ReportFormat? forced, DateOnly? published)
    {
        ReportFormat format = forced ?? (path == "-" ? ReportText.Sniff(content) : ReportText.FormatOf(path));
        string text = ReportText.ToPlainText(content, format);
        var extractor = new ReportExtractor(KnowledgeBaseCache.Instance);
        return extractor.Extract(text, new ExtractionOptions { Source = path == "-" ? "stdin" : Path.GetFileName(path), Published = published });
    }

    private static bool TryFormat(string? value, out ReportFormat? format)
    {
        format = value?.ToLowerInvariant() switch
        {
            null => null,
            "text" or "txt" => ReportFormat.Text,
            "markdown" or "md" => ReportFormat.Markdown,
            "html" or "htm" => ReportFormat.Html,
            _ => (ReportFormat)(-1),
        };
        return format is null || Enum.IsDefined(format.Value);
    }

    private static int Fail(CommandContext context, string message)
    {
        context.Error.WriteLine($"semitori intel extract: {message}. See 'semitori intel extract --help'.");
        return ExitCodes.Error;
    }
}
