namespace Semitori.Cli.Commands.Scan;

/// <summary>The help text of <c>semitori scan</c>.</summary>
internal static class ScanHelp
{
    public const string Text = """
usage: semitori scan [OPTION]... PATH...

Sweep files and folders (recursively) for APT10 / Cicada / menuPass file artifacts with the
built-in pack, plus any YARA rules you add, and print explained findings: which rule and
whose, why (matched bytes), how bad (score, level), what it points to (actor, ATT&CK), and
the public source. Read-only: nothing is written next to the evidence.

options:
  --rules PATH         add YARA rules: a file, or a folder searched for *.yar/*.yara (repeatable),
                       e.g. ../shared/rulesets/signature-base/yara; broken rules are reported and
                       left out, the sweep goes on; externals filename, filepath, extension,
                       filetype and owner are set per file as Loki does
  --no-builtin         do not load the built-in Cicada pack
  --min-score N        report findings scoring at least N (default 40; 60 = warning, 75 = alert)
  --exclude TEXT       skip paths containing TEXT (repeatable)
  --max-size BYTES     skip larger files (default 268435456)
  --follow-symlinks    follow symbolic links (off by default; loops are cut)
  -p, --threads N      files scanned in parallel (default: number of cores)
  --json | --jsonl | --csv
                       machine output on stdout (table by default); progress and the summary
                       go to stderr
  -q, --quiet          no progress line, no summary
  -h, --help           this help

levels: alert >= 75, warning >= 60, notice >= 40 (rules without a score count 75, as in Loki)
exit codes: 0 nothing found, 1 findings, 2 error

examples:
  semitori scan /mnt/evidence
  semitori scan --rules ../shared/rulesets/signature-base/yara --jsonl C:/collected | jq .rule
  semitori scan --csv --min-score 60 ./triage > findings.csv

first cut (issue 4 continues it): YARA rules only — the built-in pack is module-free YARA;
rules that need modules (pe, dotnet, ...) are left out until the modules land; no IOC lists,
no ConfuserEx/Quasar/side-loading analyzers, no archive scanning, no HTML report yet.

""";
}
