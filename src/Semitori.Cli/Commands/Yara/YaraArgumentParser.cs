using System.Globalization;

namespace Semitori.Cli.Commands.Yara;

/// <summary>
/// Parses yara's command line: short flags (combinable, <c>-sm</c>), short options with a value
/// (<c>-p 4</c>, <c>-p4</c>), long options (<c>--threads=4</c>, <c>--threads 4</c>); the last
/// positional argument is the target, the others are rule files (optionally <c>ns:file</c>).
/// </summary>
internal static class YaraArgumentParser
{
    private static readonly Dictionary<string, char> LongNames = new(StringComparer.Ordinal)
    {
        ["recursive"] = 'r', ["threads"] = 'p', ["print-strings"] = 's', ["print-string-length"] = 'L',
        ["print-meta"] = 'm', ["print-tags"] = 'g', ["print-namespace"] = 'e', ["count"] = 'c', ["negate"] = 'n',
        ["no-warnings"] = 'w', ["fast-scan"] = 'f', ["tag"] = 't', ["identifier"] = 'i', ["define"] = 'd',
        ["timeout"] = 'a', ["skip-larger"] = 'z', ["max-rules"] = 'l', ["no-follow-symlinks"] = 'N',
        ["help"] = 'h', ["version"] = 'v', ["compiled-rules"] = 'C',
    };

    private const string ValueOptions = "ptidazl";

    public static YaraCliOptions Parse(IReadOnlyList<string> args, out string? error)
    {
        var o = new YaraCliOptions();
        var positional = new List<string>();
        error = null;
        for (int i = 0; i < args.Count && error is null; i++)
        {
            string a = args[i];
            if (a == "--")
            {
                positional.AddRange(args.Skip(i + 1));
                break;
            }

            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                string name = a[2..];
                string? value = null;
                int eq = name.IndexOf('=');
                if (eq >= 0)
                {
                    value = name[(eq + 1)..];
                    name = name[..eq];
                }

                switch (name)
                {
                    case "json": o.Json = true; continue;
                    case "jsonl": o.JsonLines = true; continue;
                    case "fail-on-warnings": o.FailOnWarnings = true; continue;
                    case "profile": o.Profile = true; continue;
                }

                if (!LongNames.TryGetValue(name, out char c))
                {
                    error = $"unknown option '{a}'";
                    break;
                }

                if (ValueOptions.Contains(c) && value is null)
                {
                    if (i + 1 >= args.Count)
                    {
                        error = $"option '{a}' needs a value";
                        break;
                    }

                    value = args[++i];
                }

                error = Apply(o, c, value);
                continue;
            }

            if (a.Length > 1 && a[0] == '-')
            {
                for (int k = 1; k < a.Length && error is null; k++)
                {
                    char c = a[k];
                    if (ValueOptions.Contains(c))
                    {
                        string? value = k + 1 < a.Length ? a[(k + 1)..] : i + 1 < args.Count ? args[++i] : null;
                        if (value is null)
                        {
                            error = $"option '-{c}' needs a value";
                            break;
                        }

                        error = Apply(o, c, value);
                        break;
                    }

                    error = Apply(o, c, null);
                }

                continue;
            }

            positional.Add(a);
        }

        if (error is null && !o.Help && !o.Version)
        {
            if (positional.Count < 2)
            {
                error = "expected at least one rule file and a target";
            }
            else
            {
                o.Target = positional[^1];
                foreach (string r in positional.Take(positional.Count - 1))
                {
                    int colon = r.IndexOf(':');
                    // "ns:file" unless the colon belongs to a Windows drive letter or the file exists as named.
                    o.RuleFiles.Add(colon > 1 && !File.Exists(r) ? (r[..colon], r[(colon + 1)..]) : (null, r));
                }
            }
        }

        return o;
    }

    private static string? Apply(YaraCliOptions o, char c, string? value)
    {
        switch (c)
        {
            case 'r': o.Recursive = true; break;
            case 'N': o.FollowSymlinks = false; break;
            case 's': o.PrintStrings = true; break;
            case 'L': o.PrintStringLength = true; break;
            case 'm': o.PrintMeta = true; break;
            case 'g': o.PrintTags = true; break;
            case 'e': o.PrintNamespace = true; break;
            case 'c': o.Count = true; break;
            case 'n': o.Negate = true; break;
            case 'w': o.NoWarnings = true; break;
            case 'f': o.Fast = true; break;
            case 'h': o.Help = true; break;
            case 'v': o.Version = true; break;
            case 'C': return "compiled rule files (-C) are not supported: pass the rule sources instead";
            case 't': o.Tags.Add(value!); break;
            case 'i': o.Identifiers.Add(value!); break;
            case 'p': return ParseInt(value!, "-p", 1, 256, v => o.Threads = v);
            case 'a': return ParseInt(value!, "-a", 0, int.MaxValue, v => o.TimeoutSeconds = v);
            case 'l': return ParseInt(value!, "-l", 0, int.MaxValue, v => o.MaxRules = v);
            case 'z':
                if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long size))
                {
                    return $"invalid size for -z: '{value}'";
                }

                o.SkipLarger = size;
                break;
            case 'd':
                int eq = value!.IndexOf('=');
                if (eq <= 0)
                {
                    return $"invalid external definition '{value}': expected NAME=VALUE";
                }

                o.Defines.Add((value[..eq], TypedValue(value[(eq + 1)..])));
                break;
            default:
                return $"unknown option '-{c}'";
        }

        return null;
    }

    /// <summary>yara's -d typing: true/false, then integer, then float, else string.</summary>
    private static object TypedValue(string v)
    {
        if (v is "true" or "false")
        {
            return v == "true";
        }

        if (long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l))
        {
            return l;
        }

        if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && v.Contains('.'))
        {
            return d;
        }

        return v;
    }

    private static string? ParseInt(string value, string option, int min, int max, Action<int> set)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int v) || v < min || v > max)
        {
            return $"invalid value for {option}: '{value}'";
        }

        set(v);
        return null;
    }
}
