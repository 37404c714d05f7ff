namespace Semitori.Cli.Commands.Analyze;

/// <summary>The text of <c>semitori analyze --help</c>.</summary>
internal static class AnalyzeHelp
{
    public const string Text = """
        usage: semitori analyze FILE [--json] [--full]

        What an analyst asks first about one file, read defensively (a malformed file gives
        anomalies, never a crash):

          type and size, md5/sha1/sha256, imphash (as YARA's pe.imphash()), Rich header hash
          PE headers: machine, subsystem, timestamp, entry point (RVA and file offset), flags
          sections with entropy (near 8.0 = packed or encrypted) and r/w/x flags
          imports (incl. delay-load, ordinals named as pefile/YARA do), exports (forwarders)
          resources with entropy, version info strings, Rich header records, TLS callbacks,
          PDB path, overlay (data after the last section)
          Authenticode signatures: signer, issuer, serial, thumbprint, timestamps, and whether
          the signed digest matches the file and the signer's signature verifies (no trust-store check)
          .NET: runtime version, assembly name/version, references, native modules, MVID, typelib,
          streams (duplicates flagged), resources, assembly attributes, obfuscator traces such as
          ConfuserEx's ConfusedByAttribute("ConfuserEx v1.0.0")
          anomalies: codes PE0xx / NET0xx with file offsets (see docs/formats.md)
          analyzers: what `semitori scan` would conclude: ConfuserEx version and protections,
                     a decrypted QuasarRAT config, FYAnti export names, side-loading pairs and
                     payload blobs (these two look at the file's folder), each scored and sourced

        options:
          --json    one JSON document (snake_case keys, absent parts omitted); pipe into jq:
                      semitori analyze a.dll --json | jq '.hashes.imphash, .pe.exports.functions[].name'
          --full    list every import, export, resource and anomaly (the text view shortens long lists)
          -h, --help

        exit codes: 0 analysed (anomalies do not change it), 2 bad usage or unreadable file.

        examples:
          semitori analyze sample.dll
          semitori analyze loader.exe --json | jq '.dot_net.watermarks'
        """;
}
