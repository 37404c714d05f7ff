using System.Diagnostics;
using Semitori.Diagnostics;
using Semitori.Hunting.Analysis;
using Semitori.Hunting.Findings;
using Semitori.Hunting.Iocs;
using Semitori.Hunting.Reports;
using Semitori.Hunting.Reports.Html;
using Semitori.Hunting.Sweep;
using Semitori.Intel.Knowledge;

namespace Semitori.Cli.Commands.Scan;

/// <summary>
/// <c>semitori scan PATH...</c>: sweep files, folders and ZIP archives with the built-in Cicada pack
/// (YARA rules, analyzers, IOC lists) plus the user's rules and IOCs, and report explained, scored
/// verdicts per file. Exit code: 0 clean, 1 files at or above --min-score, 2 error.
/// </summary>
public sealed class ScanCommand : ICommand
{
    /// <summary>Error messages kept for the report; the rest are only counted.</summary>
    private const int MaxReportedErrors = 1000;

    public string Name => "scan";

    public string Summary => "sweep files, folders and ZIPs for APT10/Cicada artifacts (YARA pack, analyzers, IOCs, your rules)";

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
            return Fail(context, error);
        }

        if (o.ListAnalyzers)
        {
            foreach (IFileAnalyzer a in AnalyzerCatalog.All)
            {
                context.Output.WriteLine(a.Name);
            }

            return ExitCodes.Clean;
        }

        IReadOnlyList<IFileAnalyzer> analyzers = AnalyzerCatalog.All;
        if (o.Analyzers is not null)
        {
            analyzers = AnalyzerCatalog.Select(o.Analyzers, out IReadOnlyList<string> unknown);
            if (unknown.Count > 0)
            {
                return Fail(context, $"unknown analyzer '{unknown[0]}' (known: {string.Join(", ", AnalyzerCatalog.All.Select(a => a.Name))})");
            }
        }

        var started = DateTimeOffset.UtcNow;
        var ruleSets = new List<string>();
        LoadedRules? rules = LoadRules(o, context, ruleSets);
        if (analyzers.Count > 0)
        {
            ruleSets.Add($"analyzers: {string.Join(", ", analyzers.Select(a => a.Name))}");
        }

        IocSet? iocs = LoadIocs(o, context, ruleSets);
        if (iocs is not null)
        {
            analyzers = [.. analyzers, .. iocs.CreateAnalyzers()];
        }

        if (rules is null && analyzers.Count == 0)
        {
            return Fail(context, "no rule compiled, no IOC loaded and no analyzer selected; nothing to scan with");
        }

        if (!o.Quiet)
        {
            foreach (string set in ruleSets)
            {
                context.Error.WriteLine($"semitori scan: {set}");
            }
        }

        KnowledgeBase knowledge = KnowledgeBase.LoadBuiltIn();
        var sweep = new FileSweep(rules, analyzers, new SweepOptions
        {
            Threads = o.Threads, MaxFileSize = o.MaxFileSize, Excludes = o.Excludes, FollowSymlinks = o.FollowSymlinks, Archives = !o.NoArchives,
            IsTrusted = iocs is { TrustedHashes.Count: > 0 } ? iocs.IsTrusted : null,
        }, new ActorAttribution(knowledge));
        var verdicts = new List<FileVerdict>();
        var errors = new List<string>();
        var gate = new object();
        var watch = Stopwatch.StartNew();
        using (ProgressLine? progress = o.Quiet ? null : new ProgressLine(context, sweep.Statistics))
        {
            if (o.Format == "csv")
            {
                context.Output.WriteLine(ScanOutput.CsvHeader);
            }

            sweep.Run(o.Targets, v => Report(v, o, context, progress, verdicts, gate), (path, message) =>
            {
                lock (gate)
                {
                    if (errors.Count < MaxReportedErrors)
                    {
                        errors.Add($"{path}: {message}");
                    }

                    progress?.Clear();
                    if (!o.Quiet)
                    {
                        context.Error.WriteLine($"semitori scan: {path}: {message}");
                    }
                }
            });
        }

        ScanReport report = BuildReport(o, started, ruleSets, sweep.Statistics, verdicts, errors, watch.Elapsed);
        if (o.Format == "json")
        {
            context.Output.WriteLine(ScanOutput.JsonDocument(report));
        }

        if (o.HtmlPath is not null && !WriteHtml(o.HtmlPath, report, knowledge, context))
        {
            return ExitCodes.Error;
        }

        if (!o.Quiet)
        {
            ScanTotals t = report.Totals;
            context.Error.WriteLine($"semitori scan: {t.Files} files ({sweep.Statistics.ArchiveMembers} in archives), {t.Bytes / 1_000_000.0:F1} MB in {t.Seconds:F1} s; "
                + $"{t.Alerts} alert, {t.Warnings} warning, {t.Notices} notice files; {t.Skipped} skipped (size), {t.Errors} errors");
        }

        // Findings win; otherwise a target that could not be read at all makes the answer "error", not "clean".
        bool missing = o.Targets.Any(t => !File.Exists(t) && !Directory.Exists(t));
        return verdicts.Count > 0 ? ExitCodes.Findings : missing ? ExitCodes.Error : ExitCodes.Clean;
    }

    private static void Report(FileVerdict v, ScanCliOptions o, CommandContext context, ProgressLine? progress, List<FileVerdict> verdicts, object gate)
    {
        if (v.Score < o.MinScore)
        {
            return;
        }

        lock (gate)
        {
            verdicts.Add(v);
            progress?.Clear();
            switch (o.Format)
            {
                case "jsonl":
                    foreach (string line in ScanOutput.JsonLines(v))
                    {
                        context.Output.WriteLine(line);
                    }

                    break;
                case "csv":
                    foreach (string line in ScanOutput.CsvLines(v))
                    {
                        context.Output.WriteLine(line);
                    }

                    break;
                case "table":
                    context.Output.Write(ScanOutput.TableBlock(v));
                    break;
            }
        }
    }

    private static LoadedRules? LoadRules(ScanCliOptions o, CommandContext context, List<string> ruleSets)
    {
        if (o.NoBuiltIn && o.Rules.Count == 0)
        {
            return null;
        }

        LoadedRules rules = RuleSetLoader.Load(o.Rules, !o.NoBuiltIn, o.Threads);
        ReportRuleProblems(rules.Diagnostics, context);
        ruleSets.Add($"YARA: {rules.Rules.RuleCount} rules from {rules.Files} files ({(o.NoBuiltIn ? "no built-in pack" : "built-in Cicada pack included")})");
        return rules.Rules.RuleCount > 0 ? rules : null;
    }

    private static IocSet? LoadIocs(ScanCliOptions o, CommandContext context, List<string> ruleSets)
    {
        var builder = new IocSetBuilder();
        if (!o.NoBuiltIn)
        {
            builder.AddBuiltIn();
        }

        foreach (string dir in o.Iocs)
        {
            builder.AddDirectory(dir);
        }

        IocSet set = builder.Build();
        // Bad IOC lines are left out with a diagnostic each (file:line:col, code); the sweep goes on.
        foreach (var group in set.Diagnostics.Where(d => d.IsError).GroupBy(d => d.Code).OrderByDescending(g => g.Count()))
        {
            context.Error.WriteLine($"semitori scan: {group.Count()} IOC line error(s) {group.Key}, e.g. {group.First()}");
        }

        if (set.IsEmpty)
        {
            return null;
        }

        ruleSets.Add($"IOCs: {set.Hashes.Count} hashes, {set.Filenames.Count} file-name patterns, {set.C2.Count} C2 hosts, {set.TrustedHashes.Count} trusted hashes"
            + (o.NoBuiltIn ? string.Empty : " (built-in Cicada lists included)"));
        return set;
    }

    private static ScanReport BuildReport(ScanCliOptions o, DateTimeOffset started, List<string> ruleSets, SweepStatistics s, List<FileVerdict> verdicts,
        List<string> errors, TimeSpan elapsed)
    {
        var ordered = verdicts.OrderByDescending(v => v.Score).ThenBy(v => v.Path, StringComparer.Ordinal).ToList();
        var totals = new ScanTotals(s.Files, s.Bytes, s.Skipped, s.Errors, ordered.Sum(v => v.Findings.Count),
            ordered.Count(v => v.Level == FindingLevel.Alert), ordered.Count(v => v.Level == FindingLevel.Warning),
            ordered.Count(v => v.Level == FindingLevel.Notice), Math.Round(elapsed.TotalSeconds, 2));
        return new ScanReport(started, DateTimeOffset.UtcNow, o.Targets, ruleSets, totals, ordered, errors);
    }

    private static bool WriteHtml(string path, ScanReport report, KnowledgeBase knowledge, CommandContext context)
    {
        try
        {
            // Written whole to a temporary name first, so that a failed run never leaves half a report.
            string temporary = path + ".partial";
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false)))
            {
                HtmlReportWriter.Write(report, knowledge, writer);
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"semitori scan: cannot write the HTML report {path}: {ex.Message}");
            return false;
        }
    }

    private static int Fail(CommandContext context, string message)
    {
        context.Error.WriteLine($"semitori scan: {message} (see semitori scan --help)");
        return ExitCodes.Error;
    }

    private static void ReportRuleProblems(IReadOnlyList<Diagnostic> diagnostics, CommandContext context)
    {
        // A sweep goes on with the rules that compiled; the user learns which were left out and why.
        foreach (var group in diagnostics.Where(d => d.IsError).GroupBy(d => d.Code).OrderByDescending(g => g.Count()))
        {
            context.Error.WriteLine($"semitori scan: {group.Count()} rule error(s) {group.Key}, e.g. {group.First()}");
        }
    }
}
