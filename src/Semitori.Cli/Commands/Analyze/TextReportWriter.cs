using System.Globalization;

namespace Semitori.Cli.Commands.Analyze;

/// <summary>The readable view of an <see cref="AnalysisReport"/>: headed blocks, long lists shortened unless --full.</summary>
internal sealed class TextReportWriter(TextWriter output, bool full)
{
    private const int ShortList = 12;

    public void Write(AnalysisReport r)
    {
        Heading("file");
        Row("path", r.Path);
        Row("type", r.Type);
        Row("size", $"{r.Size} bytes");
        Row("entropy", Num(r.Entropy));
        Heading("hashes");
        Row("md5", r.Hashes.Md5);
        Row("sha1", r.Hashes.Sha1);
        Row("sha256", r.Hashes.Sha256);
        Row("imphash", r.Hashes.Imphash);
        Row("rich hash", r.Hashes.RichHash);
        if (r.Pe is { } pe)
        {
            WritePe(pe);
        }

        if (r.DotNet is { } net)
        {
            WriteDotNet(net);
        }

        Heading($"anomalies ({r.Anomalies.Count})");
        foreach (AnomalyEntry a in Limit(r.Anomalies))
        {
            Line($"  {a.Code} {(a.Offset is { } o ? $"@0x{o:X} " : string.Empty)}{a.Message}");
        }

        More(r.Anomalies.Count);
        Heading($"analyzers ({r.Findings.Count} findings)");
        foreach (Semitori.Hunting.Findings.Finding f in r.Findings)
        {
            Line($"  [{f.Level.ToString().ToUpperInvariant()}] {f.Score} {f.Rule} ({f.Source}){(f.Actor.Length > 0 ? " -> " + f.Actor : string.Empty)}");
            Row("why", f.Description);
            foreach (string e in Limit(f.Evidence))
            {
                Row("evidence", e);
            }

            foreach ((string key, string value) in f.Details ?? new Dictionary<string, string>())
            {
                Row(key, value);
            }
        }
    }

    private void WritePe(PeSummary pe)
    {
        PeHeaderSummary h = pe.Headers;
        Heading("headers");
        Row("machine", $"{h.Machine} ({h.Format}{(h.IsDll ? ", DLL" : string.Empty)})");
        Row("subsystem", h.Subsystem);
        Row("timestamp", $"{h.TimestampUtc} ({h.Timestamp})");
        Row("image base", h.ImageBase);
        Row("entry point", $"RVA {h.EntryPointRva}, offset {(h.EntryPointOffset is { } ep ? $"0x{ep:X}" : "none")}{(h.EntryPointSection is { } es ? $" in {es}" : string.Empty)}");
        Row("characteristics", h.Characteristics);
        Row("dll characteristics", h.DllCharacteristics);
        Row("linker / os / subsystem", $"{h.LinkerVersion} / {h.OsVersion} / {h.SubsystemVersion}");
        Row("checksum", $"{h.Checksum} (computed {h.ComputedChecksum})");
        Heading($"sections ({pe.Sections.Count})");
        Line($"  {"name",-16} {"vaddr",-10} {"vsize",10} {"raw off",10} {"raw size",10} {"entropy",7} flags");
        foreach (SectionSummary s in pe.Sections)
        {
            Line($"  {s.Name,-16} {s.VirtualAddress,-10} {s.VirtualSize,10} {s.RawOffset,10} {s.RawSize,10} {Num(s.Entropy),7} {s.Flags}");
        }

        WriteImports("imports", pe.Imports);
        WriteImports("delay-load imports", pe.DelayImports);
        if (pe.Exports is { } exports)
        {
            Heading($"exports ({exports.Functions.Count}) {exports.DllName}");
            foreach (ExportEntry e in Limit(exports.Functions))
            {
                Line($"  @{e.Ordinal,-5} {e.Name ?? "(by ordinal)"} {(e.ForwardsTo is { } f ? $"-> {f}" : e.Rva)}");
            }

            More(exports.Functions.Count);
        }

        if (pe.Resources.Count > 0)
        {
            Heading($"resources ({pe.Resources.Count})");
            foreach (ResourceSummary res in Limit(pe.Resources))
            {
                Line($"  {res.Type,-14} {res.Name,-12} lang {res.Language,-8} {res.Size,9} bytes{(res.Entropy is { } en ? $"  entropy {Num(en)}" : string.Empty)}");
            }

            More(pe.Resources.Count);
        }

        if (pe.VersionInfo.Count > 0)
        {
            Heading("version info");
            foreach ((string key, string value) in pe.VersionInfo)
            {
                Row(key, value);
            }
        }

        if (pe.Rich is { } rich)
        {
            Heading($"rich header (offset 0x{rich.Offset:X}, key {rich.Key})");
            foreach (string entry in Limit(rich.Entries))
            {
                Line($"  {entry}");
            }

            More(rich.Entries.Count);
        }

        if (pe.TlsCallbacks.Count > 0)
        {
            Heading("TLS callbacks");
            Line($"  {string.Join(", ", pe.TlsCallbacks)}");
        }

        if (pe.PdbPath is not null)
        {
            Heading("debug");
            Row("pdb", pe.PdbPath);
        }

        Heading("overlay");
        Line(pe.Overlay is { } ov ? $"  {ov.Size} bytes at 0x{ov.Offset:X}, entropy {Num(ov.Entropy)}" : "  none");
        Heading($"signatures ({pe.Signatures.Count})");
        foreach (SignatureSummary s in pe.Signatures)
        {
            Line($"  {(s.Depth > 0 ? "nested " : string.Empty)}{s.DigestAlgorithm} {(s.Verified ? "VERIFIED (digest and signer; trust not checked)" : "NOT VERIFIED")}");
            Row("signer", s.Signer);
            Row("issuer", s.Issuer);
            Row("serial", s.Serial);
            Row("thumbprint", s.Thumbprint);
            Row("program", s.ProgramName);
            Row("digest", s.Digest == s.FileDigest ? s.Digest : $"{s.Digest} (file: {s.FileDigest})");
            Row("timestamps", s.Timestamps.Count > 0 ? string.Join(", ", s.Timestamps) : null);
        }
    }

    private void WriteImports(string title, IReadOnlyList<ImportSummary> imports)
    {
        if (imports.Count == 0)
        {
            return;
        }

        Heading($"{title} ({imports.Count} DLLs, {imports.Sum(i => i.Functions.Count)} functions)");
        foreach (ImportSummary import in imports)
        {
            IEnumerable<string> shown = full ? import.Functions : import.Functions.Take(ShortList);
            string rest = !full && import.Functions.Count > ShortList ? $", … {import.Functions.Count - ShortList} more" : string.Empty;
            Line($"  {import.Dll}: {string.Join(", ", shown)}{rest}");
        }
    }

    private void WriteDotNet(DotNetSummary net)
    {
        Heading(".NET");
        Row("runtime version", net.RuntimeVersion);
        Row("assembly", net.AssemblyName is null ? null : $"{net.AssemblyName}, Version={net.AssemblyVersion}{(net.Culture is { } c ? $", Culture={c}" : string.Empty)}");
        Row("module", net.ModuleName);
        Row("mvid", net.Mvid);
        Row("typelib", net.Typelib);
        Row("counts", $"{net.Counts.TypeDefs} types, {net.Counts.Methods} methods, {net.Counts.TypeRefs} type refs, {net.Counts.MemberRefs} member refs, {net.Counts.CustomAttributes} attributes, {net.Counts.UserStrings} user strings");
        Row("streams", string.Join(", ", net.Streams));
        Row("references", string.Join(", ", net.AssemblyRefs));
        Row("native modules", net.ModuleRefs.Count > 0 ? string.Join(", ", net.ModuleRefs) : null);
        if (net.Watermarks.Count > 0)
        {
            Heading("obfuscator traces");
            foreach (string w in net.Watermarks)
            {
                Line($"  {w}");
            }
        }

        List(".NET resources", net.Resources);
        List("assembly attributes", net.AssemblyAttributes);
    }

    private void List(string title, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        Heading($"{title} ({items.Count})");
        foreach (string item in Limit(items))
        {
            Line($"  {item}");
        }

        More(items.Count);
    }

    private IEnumerable<T> Limit<T>(IReadOnlyList<T> items) => full ? items : items.Take(ShortList * 4);

    private void More(int count)
    {
        if (!full && count > ShortList * 4)
        {
            Line($"  … {count - (ShortList * 4)} more (--full lists all)");
        }
    }

    private void Heading(string title)
    {
        Line(string.Empty);
        Line($"== {title}");
    }

    private void Row(string label, string? value)
    {
        if (value is not null)
        {
            Line($"  {label + ":",-24} {value}");
        }
    }

    /// <summary>
    /// Writes one line with control characters escaped: strings come from a hostile file and must
    /// not drive the terminal (ANSI escapes) or forge report lines (newlines).
    /// </summary>
    private void Line(string text)
    {
        var safe = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsControl(c))
            {
                safe.Append(c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => $"\\x{(int)c:X2}" });
            }
            else
            {
                safe.Append(c);
            }
        }

        output.WriteLine(safe.ToString());
    }

    private static string Num(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
