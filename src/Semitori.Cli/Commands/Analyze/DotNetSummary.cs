namespace Semitori.Cli.Commands.Analyze;

/// <summary>The .NET part of the report: identity, references, obfuscator traces, counts.</summary>
internal sealed record DotNetSummary(
    string? RuntimeVersion,
    string? AssemblyName,
    string? AssemblyVersion,
    string? Culture,
    string? ModuleName,
    string? Mvid,
    string? Typelib,
    IReadOnlyList<string> AssemblyRefs,
    IReadOnlyList<string> ModuleRefs,
    IReadOnlyList<string> Streams,
    IReadOnlyList<string> OddStreams,
    IReadOnlyList<string> Watermarks,
    IReadOnlyList<string> AssemblyAttributes,
    IReadOnlyList<string> Resources,
    DotNetCounts Counts);

internal sealed record DotNetCounts(int TypeDefs, int TypeRefs, int Methods, int MemberRefs, int CustomAttributes, int UserStrings, int Guids);
