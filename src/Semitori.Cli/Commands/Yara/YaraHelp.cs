namespace Semitori.Cli.Commands.Yara;

/// <summary>The help text of <c>semitori yara</c>.</summary>
internal static class YaraHelp
{
    public const string Text = """
usage: semitori yara [OPTION]... [NAMESPACE:]RULES_FILE... FILE | DIR

Scan a file or a folder with YARA rules, as the yara command line does: same options,
same output lines, same exit codes (0 = scan done, matches or not; 1 = rules did not
compile, or the single target file could not be read). The engine is Semitori's own
(pure managed); rule files are compiled from source on every run.

options:
  -r, --recursive              descend into sub-folders
  -N, --no-follow-symlinks     do not follow symbolic links (loops are cut either way)
  -p, --threads=N              scan N files at a time (one scanner per thread); the rules
                               are compiled on N threads too (parsing, strings, atoms)
  -s, --print-strings          print each match: offset, string id and data
  -L, --print-string-length    print the length of each match
  -m, --print-meta             print the rules' metadata
  -g, --print-tags             print the rules' tags
  -e, --print-namespace        print the rules' namespace
  -c, --count                  print only the number of matching rules per file
  -n, --negate                 print only the rules that did NOT match
  -t, --tag=TAG                print only rules tagged TAG (repeatable)
  -i, --identifier=NAME        print only the rule NAME (repeatable)
  -d, --define=VAR=VALUE       define an external variable (true/false, integer, float or string)
  -a, --timeout=SECONDS        give up on a file after SECONDS (reported as an error, scan goes on)
  -z, --skip-larger=BYTES      skip files larger than BYTES when walking a folder
  -l, --max-rules=N            report at most N rules per file
  -f, --fast-scan              keep only the first match of each string (faster; counts become partial)
  -w, --no-warnings            do not print compiler warnings
      --fail-on-warnings       treat compiler warnings as errors
      --json                   one JSON document: matches, errors, summary
      --jsonl                  one JSON object per matching rule per file (streams into jq)
      --profile                after the scan, list on stderr the rules, strings and modules
                               that cost the most time (slows the scan a little)
  -v, --version                print the version
  -h, --help                   this help

examples:
  semitori yara -s rules.yar sample.bin
  semitori yara -r -p 2 -w ../shared/rulesets/signature-base/yara/apt_apt10.yar /mnt/evidence
  semitori yara --jsonl -r rules.yar ./collected | jq -r '.rule + "\t" + .file'
  semitori yara -d filename=x.exe -d filepath=/tmp rules_with_externals.yar x.exe

modules: pe, dotnet, math, hash, time, string, console.
not (yet) supported: compiled rule files (-C), process scanning (PID targets).

""";
}
