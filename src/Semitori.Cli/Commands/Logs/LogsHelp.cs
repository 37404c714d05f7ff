namespace Semitori.Cli.Commands.Logs;

/// <summary>The text of <c>semitori logs --help</c>.</summary>
internal static class LogsHelp
{
    public const string Text = """
        semitori logs — hunt Windows event logs (.evtx) with Sigma rules

        usage: semitori logs PATH... [options]

        PATH is an .evtx file or a folder searched recursively for .evtx files.
        The built-in Cicada pack (APT10/Cicada tradecraft: WMIExec, AdFind, csvde, ntdsutil IFM,
        certutil, RAR staging, NBTScan, net use bursts, remote tasks/services, Zerologon, log
        clearing) always runs unless --no-builtin; add any Sigma rules with --sigma.

        rules:
          --sigma PATH          Sigma rule file or folder (repeatable), e.g. SigmaHQ's rules/windows
          --no-builtin          do not run the built-in Cicada pack
          --mapping FILE        extra logsource→channel/EventID/field mapping (YAML, overrides built-in)
          --placeholder N=V,…   values for %N% placeholders of rules using |expand
          --show-rejected       list rules that could not be evaluated, with the reason

        filters:
          --min-level LEVEL     informational | low | medium | high | critical
          --from TIME           skip events before TIME (UTC, e.g. 2026-11-25 or 2026-11-25T10:00:00Z)
          --to TIME             skip events after TIME
          --tags T1,T2          only rules with one of these tags or a sub-tag (attack.t1059 covers attack.t1059.003)

        output (default: a table on stdout; progress goes to stderr only on a terminal):
          --jsonl               one JSON object per detection
          --csv                 CSV with a header row
          --threads N           threads parsing chunks and matching (default: all cores); same output for any N
          Every format names the rule author, as the Detection Rule License asks.

        exit status: 0 nothing found, 1 detections, 2 error

        examples:
          semitori logs C:\Windows\System32\winevt\Logs
          semitori logs ./triage/ --sigma ../sigma/rules/windows --min-level high
          semitori logs Security.evtx System.evtx --tags attack.t1210,attack.t1070 --jsonl > hits.jsonl
          semitori logs ./logs --from 2026-11-01 --to 2026-11-07T23:59:59Z --csv > week.csv
        """;
}
