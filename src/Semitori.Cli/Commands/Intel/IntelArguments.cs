namespace Semitori.Cli.Commands.Intel;

/// <summary>
/// The small option grammar of the intel subcommands: positional values, boolean flags and
/// "--name value" options. Unknown options are errors, not silently ignored.
/// </summary>
internal sealed class IntelArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly List<string> _positionals = [];

    public IReadOnlyList<string> Positionals => _positionals;

    public string? Error { get; private set; }

    public bool Help => _flags.Contains("--help");

    public static IntelArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> flags, IReadOnlySet<string> options)
    {
        var parsed = new IntelArguments();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (arg is "-h" or "--help")
            {
                parsed._flags.Add("--help");
            }
            else if (flags.Contains(arg))
            {
                parsed._flags.Add(arg);
            }
            else if (options.Contains(arg))
            {
                if (i + 1 >= args.Count)
                {
                    parsed.Error ??= $"option {arg} needs a value";
                    break;
                }

                parsed._options[arg] = args[++i];
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal) && options.Contains(arg[..arg.IndexOf('=')]))
            {
                parsed._options[arg[..arg.IndexOf('=')]] = arg[(arg.IndexOf('=') + 1)..];
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Error ??= $"unknown option {arg}";
            }
            else
            {
                parsed._positionals.Add(arg);
            }
        }

        return parsed;
    }

    public bool Flag(string name) => _flags.Contains(name);

    public string? Option(string name) => _options.GetValueOrDefault(name);

    /// <summary>Parses --published; returns false with <paramref name="error"/> set when the value is not a date.</summary>
    public bool TryDate(string name, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        string? value = Option(name);
        if (value is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateOnly parsed))
        {
            date = parsed;
            return true;
        }

        error = $"{name} expects YYYY-MM-DD, got '{value}'";
        return false;
    }
}
