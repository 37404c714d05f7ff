namespace Semitori.Cli.Commands.Scan;

/// <summary>Options of <c>semitori scan</c>.</summary>
internal sealed class ScanCliOptions
{
    public List<string> Targets { get; } = [];

    public List<string> Rules { get; } = [];

    public List<string> Excludes { get; } = [];

    public List<string> Iocs { get; } = [];

    /// <summary>Analyzer names from --analyzers; null = all built-in analyzers.</summary>
    public List<string>? Analyzers { get; set; }

    public string? HtmlPath { get; set; }

    public bool NoArchives { get; set; }

    public bool ListAnalyzers { get; set; }

    public bool NoBuiltIn { get; set; }

    public string Format { get; set; } = "table";

    public int MinScore { get; set; } = 40;

    public int Threads { get; set; } = Environment.ProcessorCount;

    public long MaxFileSize { get; set; } = 256L * 1024 * 1024;

    public bool FollowSymlinks { get; set; }

    public bool Quiet { get; set; }

    public bool Help { get; set; }

    public static ScanCliOptions Parse(IReadOnlyList<string> args, out string? errorOut)
    {
        var o = new ScanCliOptions();
        string? error = null;
        for (int i = 0; i < args.Count && error is null; i++)
        {
            string a = args[i];
            string? Value()
            {
                if (i + 1 < args.Count)
                {
                    return args[++i];
                }

                error = $"option '{a}' needs a value";
                return null;
            }

            switch (a)
            {
                case "-h" or "--help": o.Help = true; break;
                case "--rules": o.Rules.Add(Value() ?? string.Empty); break;
                case "--exclude": o.Excludes.Add(Value() ?? string.Empty); break;
                case "--iocs": o.Iocs.Add(Value() ?? string.Empty); break;
                case "--html": o.HtmlPath = Value(); break;
                case "--no-archives": o.NoArchives = true; break;
                case "--no-analyzers": o.Analyzers = []; break;
                case "--analyzers": o.Analyzers = [.. (Value() ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]; break;
                case "--list-analyzers": o.ListAnalyzers = true; break;
                case "--no-builtin": o.NoBuiltIn = true; break;
                case "--json": o.Format = "json"; break;
                case "--jsonl": o.Format = "jsonl"; break;
                case "--csv": o.Format = "csv"; break;
                case "--follow-symlinks": o.FollowSymlinks = true; break;
                case "-q" or "--quiet": o.Quiet = true; break;
                case "--min-score": o.MinScore = (int)Number(Value(), 0, 100, ref error); break;
                case "-p" or "--threads": o.Threads = (int)Number(Value(), 1, 256, ref error); break;
                case "--max-size": o.MaxFileSize = Number(Value(), 0, long.MaxValue, ref error); break;
                default:
                    if (a.StartsWith('-') && a.Length > 1)
                    {
                        error = $"unknown option '{a}'";
                    }
                    else
                    {
                        o.Targets.Add(a);
                    }

                    break;
            }
        }

        if (error is null && !o.Help && !o.ListAnalyzers && o.Targets.Count == 0)
        {
            error = "name at least one file or folder to scan";
        }

        errorOut = error;
        return o;
    }

    private static long Number(string? text, long min, long max, ref string? error)
    {
        if (text is null)
        {
            return min;
        }

        if (!long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long v) || v < min || v > max)
        {
            error ??= $"invalid number '{text}' (expected {min}..{max})";
            return min;
        }

        return v;
    }
}
