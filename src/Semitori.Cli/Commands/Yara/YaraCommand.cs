using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Semitori.Diagnostics;
using Semitori.Hunting.Targets;
using Semitori.Yara;

namespace Semitori.Cli.Commands.Yara;

/// <summary>
/// <c>semitori yara</c>: a drop-in for the yara command line over Semitori's managed engine —
/// same options, output lines and exit codes (0 done, 1 error), plus <c>--json</c>/<c>--jsonl</c>.
/// </summary>
public sealed class YaraCommand : ICommand
{
    public string Name => "yara";

    public string Summary => "scan files with YARA rules (a drop-in for the yara command line)";

    public int Run(IReadOnlyList<string> args, CommandContext context)
    {
        YaraCliOptions o = YaraArgumentParser.Parse(args, out string? error);
        if (o.Help)
        {
            context.Output.Write(YaraHelp.Text);
            return ExitCodes.Clean;
        }

        if (o.Version)
        {
            context.Output.WriteLine($"semitori yara {typeof(YaraCommand).Assembly.GetName().Version} (YARA 4.x language; modules pe, dotnet, math, hash, time, string, console)");
            return ExitCodes.Clean;
        }

        if (error is not null)
        {
            context.Error.WriteLine($"semitori yara: {error}");
            context.Error.WriteLine("usage: semitori yara [OPTION]... [NAMESPACE:]RULES_FILE... FILE | DIR   (see --help)");
            return 1;
        }

        CompiledRules? rules = Compile(o, context);
        if (rules is null)
        {
            return 1;
        }

        // Compiling a large rule set leaves most of the heap garbage (syntax trees, pattern trees,
        // planning tables): collect it once, compacted, so the scan's buffers reuse that memory
        // instead of growing the process further.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return new YaraScanRun(o, rules, context).Execute();
    }

    private static CompiledRules? Compile(YaraCliOptions o, CommandContext context)
    {
        var compiler = new YaraCompiler(new CompilerOptions { Modules = YaraModules.Available });
        foreach ((string name, object value) in o.Defines)
        {
            compiler.DefineExternal(name, value);
        }

        // With -p N the rule files are parsed, their strings compiled and (in Build) their atoms planned and indexed on N threads too.
        compiler.AddFiles([.. o.RuleFiles.Select(f => (f.Path, f.Namespace ?? "default"))], o.Threads);

        int warnings = 0;
        foreach (Diagnostic d in compiler.Diagnostics)
        {
            if (d.IsError)
            {
                context.Error.Write(DiagnosticRenderer.Render(d));
            }
            else if (!o.NoWarnings)
            {
                warnings++;
                context.Error.WriteLine(d.ToString());
            }
        }

        if (compiler.HasErrors || (o.FailOnWarnings && warnings > 0))
        {
            return null;
        }

        // The rule files' parse and bind garbage is released (and its memory returned to the
        // system) before the index is built, so the two phases' working sets do not add up.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return compiler.Build(o.Threads);
    }
}
