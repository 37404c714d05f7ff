using System.Globalization;
using Semitori.Sigma.Model;

namespace Semitori.Cli.Commands.Logs;

/// <summary>Parsed command line of <c>semitori logs</c>.</summary>
internal sealed class LogsArguments
{
    public List<string> Paths { get; } = [];

    public List<string> SigmaPaths { get; } = [];

    public List<string> MappingFiles { get; } = [];

    public Dictionary<string, IReadOnlyList<string>> Placeholders { get; } = new(StringComparer.Ordinal);

    public List<string> Tags { get; } = [];

    public bool BuiltIn { get; private set; } = true;

    public string Format { get; private set; } = "table";

    public SigmaLevel MinLevel { get; private set; } = SigmaLevel.Unknown;

    public DateTime? From { get; private set; }

    public DateTime? To { get; private set; }

    public bool ShowRejected { get; private set; }

    /// <summary>Worker threads for parsing and matching (<c>--threads</c>); all cores by default.</summary>
    public int Threads { get; private set; } = Environment.ProcessorCount;

    public bool Help { get; private set; }

    /// <summary>Parses; returns an error message or null.</summary>
    public static LogsArguments Parse(IReadOnlyList<string> args, out string? error)
    {
        var parsed = new LogsArguments();
        string? problem = null;
        for (int i = 0; i < args.Count && problem is null; i++)
        {
            string arg = args[i];
            string? Value()
            {
                if (i + 1 < args.Count)
                {
                    return args[++i];
                }

                problem = $"{arg} needs a value";
                return null;
            }

            switch (arg)
            {
                case "-h" or "--help":
                    parsed.Help = true;
                    break;
                case "--sigma":
                    if (Value() is { } sigma)
                    {
                        parsed.SigmaPaths.Add(sigma);
                    }

                    break;
                case "--no-builtin":
                    parsed.BuiltIn = false;
                    break;
                case "--mapping":
                    if (Value() is { } mapping)
                    {
                        parsed.MappingFiles.Add(mapping);
                    }

                    break;
                case "--placeholder":
                    if (Value() is { } placeholder)
                    {
                        int eq = placeholder.IndexOf('=', StringComparison.Ordinal);
                        if (eq <= 0)
                        {
                            problem = "--placeholder takes NAME=VALUE[,VALUE…]";
                        }
                        else
                        {
                            parsed.Placeholders[placeholder[..eq]] = placeholder[(eq + 1)..].Split(',');
                        }
                    }

                    break;
                case "--jsonl" or "--csv":
                    parsed.Format = arg[2..];
                    break;
                case "--min-level":
                    if (Value() is { } level)
                    {
                        parsed.MinLevel = SigmaLevelText.Parse(level);
                        if (parsed.MinLevel == SigmaLevel.Unknown)
                        {
                            problem = $"unknown level '{level}' (informational, low, medium, high, critical)";
                        }
                    }

                    break;
                case "--from" or "--to":
                    if (Value() is { } time)
                    {
                        if (!DateTime.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime parsedTime))
                        {
                            problem = $"{arg} takes a date/time such as 2026-11-25 or 2026-11-25T10:00:00Z, not '{time}'";
                        }
                        else if (arg == "--from")
                        {
                            parsed.From = parsedTime;
                        }
                        else
                        {
                            parsed.To = parsedTime;
                        }
                    }

                    break;
                case "--tags":
                    if (Value() is { } tags)
                    {
                        parsed.Tags.AddRange(tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    }

                    break;
                case "--show-rejected":
                    parsed.ShowRejected = true;
                    break;
                case "--threads":
                    if (Value() is { } threads)
                    {
                        if (int.TryParse(threads, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= 256)
                        {
                            parsed.Threads = n;
                        }
                        else
                        {
                            problem = $"--threads needs a number from 1 to 256, not '{threads}'";
                        }
                    }

                    break;
                default:
                    if (arg.StartsWith('-') && arg.Length > 1)
                    {
                        problem = $"unknown option '{arg}'";
                    }
                    else
                    {
                        parsed.Paths.Add(arg);
                    }

                    break;
            }
        }

        error = problem;
        return parsed;
    }
}
