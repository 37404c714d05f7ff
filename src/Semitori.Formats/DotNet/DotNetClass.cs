namespace Semitori.Formats.DotNet;

/// <summary>
/// A type definition shaped like libyara 4.3+'s <c>dotnet.classes[]</c>: names, visibility
/// ("public", "internal", "private", "protected", "private protected", "protected internal"),
/// kind ("class" or "interface"), modifiers, generic parameters, base types (base class first,
/// then implemented interfaces) and methods.
/// </summary>
public sealed record DotNetClass(
    string FullName,
    string? Name,
    string? Namespace,
    string Visibility,
    string Type,
    bool IsAbstract,
    bool IsSealed,
    IReadOnlyList<string> GenericParameters,
    IReadOnlyList<string> BaseTypes,
    IReadOnlyList<DotNetClassMethod> Methods);
