using Semitori.Sigma.Engine;
using Semitori.Sigma.Mapping;
using Semitori.Sigma.Timeline;

namespace Semitori.Cli.Commands.Logs;

/// <summary><c>semitori logs</c>: Sigma over EVTX files, printed as a timeline.</summary>
public sealed class LogsCommand : ICommand
{
    public string Name => "logs";

    public string Summary => "hunt .evtx event logs with the Cicada Sigma pack and any Sigma rules";

    public int Run(IReadOnlyList<string> args, CommandContext context)
    {
        LogsArguments parsed = LogsArguments.Parse(args, out string? error);
        if (parsed.Help)
        {
            context.Output.WriteLine(LogsHelp.Text);
            return ExitCodes.Clean;
        }

        if (error is null && parsed.Paths.Count == 0)
        {
            error = "no PATH given";
        }

        if (error is not null)
        {
            context.Error.WriteLine($"semitori logs: {error}. Run 'semitori logs --help' for usage.");
            return ExitCodes.Error;
        }

        SigmaRuleSet? rules = LoadRules(parsed, context);
        if (rules is null)
        {
            return ExitCodes.Error;
        }

        List<string> files = LogHunter.ExpandPaths(parsed.Paths);
        string? missing = files.FirstOrDefault(f => !File.Exists(f));
        if (missing is not null || files.Count == 0)
        {
            context.Error.WriteLine(missing is null ? "semitori logs: no .evtx files found" : $"semitori logs: no such file or folder: {missing}");
            return ExitCodes.Error;
        }

        var options = new LogHuntOptions
        {
            MinLevel = parsed.MinLevel,
            From = parsed.From,
            To = parsed.To,
            Tags = parsed.Tags,
            MaxDegreeOfParallelism = parsed.Threads,
            Progress = context.ErrorIsTerminal
                ? (done, total, records) => context.Error.Write($"\r{done}/{total} files, {records} records")
                : null,
        };
        LogHuntResult result = new LogHunter(rules, options).Run(files);
        if (context.ErrorIsTerminal)
        {
            context.Error.WriteLine();
        }

        foreach (string problem in result.Problems)
        {
            context.Error.WriteLine($"warning: {problem}");
        }

        switch (parsed.Format)
        {
            case "jsonl":
                TimelineWriter.WriteJsonLines(result, context.Output);
                break;
            case "csv":
                TimelineWriter.WriteCsv(result, context.Output);
                break;
            default:
                TimelineWriter.WriteTable(result, context.Output);
                break;
        }

        return result.Entries.Count > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static SigmaRuleSet? LoadRules(LogsArguments parsed, CommandContext context)
    {
        LogSourceMapping mapping = LogSourceMapping.CreateDefault();
        var builder = new SigmaRuleSetBuilder(new SigmaOptions { Mapping = mapping, Placeholders = parsed.Placeholders });
        try
        {
            foreach (string file in parsed.MappingFiles)
            {
                mapping.AddYaml(File.ReadAllText(file));
            }

            if (parsed.BuiltIn)
            {
                builder.AddBuiltInPack();
            }

            foreach (string path in parsed.SigmaPaths)
            {
                if (Directory.Exists(path))
                {
                    builder.AddDirectory(path);
                }
                else
                {
                    builder.AddFile(path);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or YamlDotNet.Core.YamlException)
        {
            context.Error.WriteLine($"semitori logs: cannot load rules: {e.Message}");
            return null;
        }

        SigmaRuleSet rules = builder.Build();
        if (rules.Rejected.Count > 0)
        {
            context.Error.WriteLine($"warning: {rules.Rejected.Count} rule(s) cannot be evaluated{(parsed.ShowRejected ? ":" : " (--show-rejected lists them)")}");
            if (parsed.ShowRejected)
            {
                foreach (SigmaRejectedRule rejected in rules.Rejected)
                {
                    context.Error.WriteLine($"  {rejected.Reason}");
                }
            }
        }

        if (rules.Rules.Count == 0)
        {
            context.Error.WriteLine("semitori logs: no rules to run");
            return null;
        }

        return rules;
    }
}
