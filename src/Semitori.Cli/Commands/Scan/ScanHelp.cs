namespace Semitori.Cli.Commands.Scan;

/// <summary>The help text of <c>semitori scan</c>.</summary>
internal static class ScanHelp
{
    public const string Text = """
usage: semitori scan [OPTION]... PATH...

Sweep files, folders and ZIP archives for APT10 / Cicada / menuPass activity and explain every
verdict: which rule, analyzer or IOC (and whose), why (matched bytes, extracted config, events),
how bad (score, level), what it points to (actor, ATT&CK) and the public source. One pass runs:
  - the built-in Cicada pack: YARA rules, IOC lists (hashes, file names, C2 strings);
  - analyzers: ConfuserEx (version, protections), QuasarRAT config extraction (1.0-1.4),
    FYAnti export names, side-loading pairs, encrypted payload blobs beside a loader,
    and the Cicada Sigma pack on .evtx files met on the way (--list-analyzers);
  - your YARA rules and IOC lists.
Read-only: nothing is written next to the evidence.

rules and checks:
  --rules PATH         add YARA rules: a file, or a folder searched for *.yar/*.yara (repeatable),
                       e.g. ../shared/rulesets/signature-base/yara; broken rules are reported and
                       left out, the sweep goes on; externals filename, filepath, extension,
                       filetype and owner are set per file as Loki does
  --iocs DIR           add Loki/signature-base IOC lists from DIR (repeatable): files named
                       *hash*, *filename*, *c2*; e.g. ../shared/rulesets/signature-base/iocs
  --no-builtin         do not load the built-in pack (YARA rules and IOC lists)
  --analyzers A,B      run only these analyzers; --no-analyzers runs none
  --list-analyzers     print the analyzer names and exit

what to scan:
  --exclude TEXT       skip paths containing TEXT (repeatable)
  --max-size BYTES     skip larger files (default 268435456)
  --no-archives        do not open ZIP archives (by default members are scanned as
                       archive.zip!member, nested down to depth 2, with zip-bomb limits)
  --follow-symlinks    follow symbolic links (off by default; loops are cut)
  -p, --threads N      files scanned in parallel (default: number of cores)

output:
  --min-score N        report files whose total score is at least N (default 40)
  --json | --jsonl | --csv
                       machine output on stdout (table by default); --jsonl and --csv give one
                       finding per line with its file's total score beside it
  --html FILE          also write a self-contained HTML report (summary, findings, ATT&CK,
                       actor profile and timeline, sources) to FILE
  -q, --quiet          no progress line, no summary
  -h, --help           this help

scoring: each finding has a sub-score (rule meta 'score', 75 when absent as in Loki; the
analyzer's or IOC line's score); a file's score is the sum. Levels: alert >= 75,
warning >= 60, notice >= 40.
exit codes: 0 nothing reported, 1 files reported, 2 error (bad option, no rules, missing target)

examples:
  semitori scan /mnt/evidence
  semitori scan --html report.html --min-score 60 /mnt/evidence
  semitori scan --rules ../shared/rulesets/signature-base/yara --iocs ../shared/rulesets/signature-base/iocs \
      --jsonl /mnt/evidence | jq -r 'select(.file_level=="alert") | [.path,.rule,.author] | @tsv'
  semitori scan --csv --min-score 60 ./triage > findings.csv

not covered (see docs/scan.md): process memory, RAR/7z/CAB/ISO archives, EVTX inside archives,
C2 IOCs are matched as strings in file content (there are no live connections to compare).

""";
}
