using Semitori.Yara;

namespace Semitori.Cli.Commands.Yara;

/// <summary>
/// The <c>--profile</c> report, on stderr so the match lines stay identical to yara's: the rules,
/// strings and modules that cost the most time, summed over every scanning thread.
/// </summary>
internal static class YaraProfileReport
{
    private const int Lines = 20;

    public static void Write(IEnumerable<ScanProfile> perThread, TextWriter error)
    {
        ScanProfile? total = null;
        foreach (ScanProfile p in perThread)
        {
            if (total is null)
            {
                total = p;
            }
            else
            {
                total.Add(p);
            }
        }

        if (total is null)
        {
            error.WriteLine("profile: no file scanned");
            return;
        }

        error.WriteLine($"profile: {total.Files} files; atom search and verification {total.SearchTime.TotalSeconds:F2} s (all strings)");
        error.WriteLine($"costliest rules (condition + string verification), top {Lines}:");
        error.WriteLine($"  {"ms",10} {"evaluations",11}  rule");
        foreach (ProfileEntry e in total.CostliestRules(Lines))
        {
            error.WriteLine($"  {e.Time.TotalMilliseconds,10:F1} {e.Count,11}  {e.Name}");
        }

        error.WriteLine($"costliest strings (verification of atom hits), top {Lines}:");
        error.WriteLine($"  {"ms",10} {"attempts",11}  string  [atoms: hex@min..max distance from the match start]");
        foreach (ProfileEntry e in total.CostliestStrings(Lines))
        {
            error.WriteLine($"  {e.Time.TotalMilliseconds,10:F1} {e.Count,11}  {e.Name}  [{e.Detail}]");
        }

        IReadOnlyList<ProfileEntry> modules = total.Modules();
        if (modules.Count > 0)
        {
            error.WriteLine("modules (eager part of the load; fields parsed on first use count in the rules that read them):");
            foreach (ProfileEntry e in modules)
            {
                error.WriteLine($"  {e.Time.TotalMilliseconds,10:F1} {e.Count,11}  {e.Name}");
            }
        }
    }
}
