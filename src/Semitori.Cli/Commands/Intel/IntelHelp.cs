namespace Semitori.Cli.Commands.Intel;

/// <summary>Help texts for <c>semitori intel</c>, with examples an analyst can paste.</summary>
internal static class IntelHelp
{
    public const string Overview = """
        usage: semitori intel <subcommand> [options]

        Threat intelligence about APT10 / menuPass / Cicada (built-in knowledge pack) and any report you give it.

        subcommands:
          extract FILE|-     pull IOCs (defanged forms too), actors, people, vendors, countries, sectors,
                             dates and ATT&CK techniques out of a Japanese or English report
          export             write STIX 2.1, ATT&CK Navigator 4.5 or MISP event JSON for the knowledge
                             base or for an extraction
          show NAME          profile of an actor by any alias (apt10, Cicada, menuPass, ストーンパンダ)

        examples:
          semitori intel extract article-ja.txt
          semitori intel extract report.html --json > extraction.json
          semitori intel export --format stix --input extraction.json > bundle.json
          semitori intel export --format navigator > apt10-layer.json
          semitori intel show "Stone Panda"

        Run 'semitori intel <subcommand> --help' for the options of each.

        """;

    public const string Extract = """
        usage: semitori intel extract FILE|- [--json] [--format text|markdown|html] [--published YYYY-MM-DD] [--output FILE]

        Reads a report (.txt, .md, .html; '-' reads standard input) and lists what it says, each item with
        the sentence it came from:
          actors and the aliases used, people, organisations (vendors are reporters, never targets),
          software with versions, countries (target / origin / mention) and sectors, campaigns with their
          start date and precision ("2019年10月中旬" = 2019-10-11..20), dates, ATT&CK techniques,
          IOCs: md5/sha1/sha256, IPv4/IPv6, domains, URLs, e-mails, file names, registry keys, mutexes,
          CVEs, PE export names — refanged from hxxp, [.], (dot), [:]//, full-width characters.
        Links to the report's cited sources are listed as references, not indicators.

        options:
          --json              machine-readable result (input for 'semitori intel export --input')
          --format F          force the input format (default: from the file extension; stdin is sniffed)
          --published DATE    the report's date, used to resolve 昨年 / 昨秋
          --output FILE       write there instead of standard output

        examples:
          semitori intel extract article-ja.txt
          curl -s https://example.org/post | semitori intel extract - --format html
          semitori intel extract notes.md --json --output extraction.json

        exit codes: 0 done, 2 bad usage or unreadable input

        """;

    public const string Export = """
        usage: semitori intel export --format stix|navigator|misp [--input FILE] [--actor NAME] [--published YYYY-MM-DD] [--output FILE]

        Writes the knowledge base (default: APT10) or one report in an analyst tool's format:
          stix        STIX 2.1 bundle: intrusion-set, campaigns, threat-actors, identities, locations,
                      malware/tools, attack-patterns, indicators, relationships (+ report for --input);
                      deterministic UUIDv5 ids (OpenCTI convention), TLP:WHITE marking
          navigator   ATT&CK Navigator layer 4.5 (enterprise-attack, ATT&CK v18); score = evidence count,
                      comment = procedure and sources, or the report's evidence sentences
          misp        MISP event JSON with attributes (type/category per MISP core format) and galaxy tags
                      (misp-galaxy:threat-actor="APT10", mitre-attack-pattern, country, sector)

        options:
          --input FILE        an extraction result (from 'extract --json') or a report to extract first
          --actor NAME        which actor of the knowledge base to export (any alias; default apt10)
          --published DATE    report date for --input (default: the latest date the report mentions)
          --output FILE       write there instead of standard output

        examples:
          semitori intel export --format navigator --output apt10-layer.json
          semitori intel extract article-ja.txt --json > x.json && semitori intel export --format misp --input x.json
          semitori intel export --format stix --input article-ja.txt --published 2020-11-19

        exit codes: 0 done, 2 bad usage or unreadable input

        """;

    public const string Show = """
        usage: semitori intel show NAME [--json]

        Profile of an actor from the built-in knowledge pack: aliases with who uses them and their sources,
        attribution (people, state bodies, inferences marked), conflicting claims side by side, timeline,
        software, ATT&CK techniques, targets and the sources cited.
        NAME is any alias in any case, spacing or width: apt10, Cicada, menuPass, "Stone Panda", StonePanda,
        ストーンパンダ, G0045.

        options:
          --json     the profile as JSON

        examples:
          semitori intel show apt10
          semitori intel show ストーンパンダ --json

        exit codes: 0 found, 2 unknown actor or bad usage

        """;
}
