using System.Diagnostics;
using Semitori.Diagnostics;
using Semitori.Hunting.Findings;
using Semitori.Hunting.Sweep;
using Semitori.Yara;

namespace Semitori.Cli.Commands.Scan;

/// <summary>
/// <c>semitori scan PATH...</c>: sweep files and folders with the built-in Cicada pack (and any
/// YARA rules given), and report explained, scored findings. Exit code: 0 clean, 1 findings at
/// or above --min-score, 2 error.
/// </summary>
public sealed class ScanCommand : ICommand
{
    public string Name => "scan";

    public string Summary => "sweep files and folders for APT10/Cicada artifacts (built-in pack + your YARA rules)";

    public int Run(IReadOnlyList<string> args, CommandContext context)
    {
        ScanCliOptions o = ScanCliOptions.Parse(args, out string? error);
        if (o.Help)
        {
            context.Output.Write(ScanHelp.Text);
            return ExitCodes.Clean;
        }

        if (error is not null)
        {
            context.Error.WriteLine($"semitori scan: {error} (see semitori scan --help)");
            return ExitCodes.Error;
        }

        var (rules, diagnostics, ruleFiles) = RuleSetLoader.Load(o.Rules, !o.NoBuiltIn);
        ReportRuleProblems(diagnostics, context);
        if (rules.RuleCount == 0)
        {
            context.Error.WriteLine("semitori scan: no rule compiled; nothing to scan with");
            return ExitCodes.Error;
        }

        if (!o.Quiet)
        {
            context.Error.WriteLine($"semitori scan: {rules.RuleCount} rules from {ruleFiles} files ({(o.NoBuiltIn ? "no built-in pack" : "built-in Cicada pack included")})");
        }

        var sweep = new YaraSweep(rules, new SweepOptions { Threads = o.Threads, MaxFileSize = o.MaxFileSize, Excludes = o.Excludes, FollowSymlinks = o.FollowSymlinks });
        var findings = new List<Finding>();
        var gate = new object();
        var watch = Stopwatch.StartNew();
        using var progress = o.Quiet ? null : new ProgressLine(context, sweep.Statistics);
        if (o.Format == "csv")
        {
            context.Output.WriteLine(ScanOutput.CsvHeader);
        }

        sweep.Run(o.Targets, f =>
        {
            if (f.Score < o.MinScore)
            {
                return;
            }

            lock (gate)
            {
                findings.Add(f);
                progress?.Clear();
                switch (o.Format)
                {
                    case "jsonl": context.Output.WriteLine(ScanOutput.JsonLine(f)); break;
                    case "csv": context.Output.WriteLine(ScanOutput.CsvLine(f)); break;
                    case "table": context.Output.Write(ScanOutput.TableBlock(f)); break;
                }
            }
        }, (path, message) =>
        {
            lock (gate)
            {
                progress?.Clear();
                context.Error.WriteLine($"semitori scan: {path}: {message}");
            }
        });
        progress?.Clear();

        SweepStatistics s = sweep.Statistics;
        var summary = new
        {
            files = s.Files,
            bytes = s.Bytes,
            skipped_too_large = s.Skipped,
            errors = s.Errors,
            findings = findings.Count,
            alerts = findings.Count(f => f.Level == FindingLevel.Alert),
            warnings = findings.Count(f => f.Level == FindingLevel.Warning),
            notices = findings.Count(f => f.Level == FindingLevel.Notice),
            seconds = Math.Round(watch.Elapsed.TotalSeconds, 2),
        };
        if (o.Format == "json")
        {
            context.Output.WriteLine(ScanOutput.JsonDocument(findings, summary));
        }

        if (!o.Quiet)
        {
            context.Error.WriteLine($"semitori scan: {s.Files} files, {s.Bytes / 1_000_000.0:F1} MB in {watch.Elapsed.TotalSeconds:F1} s; "
                + $"{summary.alerts} alerts, {summary.warnings} warnings, {summary.notices} notices; {s.Skipped} skipped (size), {s.Errors} errors");
        }

        return findings.Count > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static void ReportRuleProblems(IReadOnlyList<Diagnostic> diagnostics, CommandContext context)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count == 0)
        {
            return;
        }

        // A sweep goes on with the rules that compiled; the user learns which were left out and why.
        foreach (var group in errors.GroupBy(d => d.Code).OrderByDescending(g => g.Count()))
        {
            context.Error.WriteLine($"semitori scan: {group.Count()} rule error(s) {group.Key}, e.g. {group.First()}");
        }
    }
}
