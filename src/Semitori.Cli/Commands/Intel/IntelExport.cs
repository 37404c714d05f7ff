using System.Text.Json;
using System.Text.Json.Nodes;
using Semitori.Intel.Export;
using Semitori.Intel.Extraction;
using Semitori.Intel.Knowledge;

namespace Semitori.Cli.Commands.Intel;

/// <summary><c>semitori intel export --format stix|navigator|misp</c> for the knowledge base or one report.</summary>
internal static class IntelExport
{
    private static readonly HashSet<string> Flags = [];
    private static readonly HashSet<string> Options = ["--format", "--input", "--actor", "--published", "--output"];
    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Run(IReadOnlyList<string> args, CommandContext context)
    {
        IntelArguments parsed = IntelArguments.Parse(args, Flags, Options);
        if (parsed.Help)
        {
            context.Output.Write(IntelHelp.Export);
            return ExitCodes.Clean;
        }

        if (parsed.Error is not null || parsed.Positionals.Count > 0)
        {
            return Fail(context, parsed.Error ?? $"unexpected argument '{parsed.Positionals[0]}'");
        }

        string? format = parsed.Option("--format")?.ToLowerInvariant();
        if (format is not ("stix" or "navigator" or "misp"))
        {
            return Fail(context, format is null ? "--format is required (stix, navigator or misp)" : $"unknown format '{format}' (stix, navigator or misp)");
        }

        if (!parsed.TryDate("--published", out DateOnly? published, out string? dateError))
        {
            return Fail(context, dateError!);
        }

        KnowledgeBase kb = KnowledgeBaseCache.Instance;
        ExportModel model;
        if (parsed.Option("--input") is { } input)
        {
            ExtractionResult? result;
            try
            {
                string content = IntelOutput.ReadInput(input);
                result = content.TrimStart().StartsWith('{')
                    ? JsonSerializer.Deserialize<ExtractionResult>(content, KnowledgeJson.Options)
                    : IntelExtract.Extract(content, input, null, published);
            }
            catch (FileNotFoundException e)
            {
                return Fail(context, e.Message);
            }
            catch (JsonException e)
            {
                return Fail(context, $"{input} is not an extraction result ({e.Message})");
            }

            if (result is null)
            {
                return Fail(context, $"{input} is empty");
            }

            model = ExportModelBuilder.FromExtraction(result, kb, published);
        }
        else
        {
            string name = parsed.Option("--actor") ?? "apt10";
            IntrusionSetRecord? actor = kb.FindActor(name);
            if (actor is null)
            {
                return Fail(context, $"no actor named '{name}' in the knowledge pack");
            }

            model = ExportModelBuilder.FromKnowledge(kb, actor);
        }

        JsonObject document = format switch
        {
            "stix" => new StixBundleWriter(kb).Write(model),
            "navigator" => NavigatorLayerWriter.Write(model),
            _ => new MispEventWriter(kb).Write(model),
        };
        IntelOutput.Write(context, parsed.Option("--output"), writer => writer.WriteLine(document.ToJsonString(Pretty)));
        return ExitCodes.Clean;
    }

    private static int Fail(CommandContext context, string message)
    {
        context.Error.WriteLine($"semitori intel export: {message}. See 'semitori intel export --help'.");
        return ExitCodes.Error;
    }
}
