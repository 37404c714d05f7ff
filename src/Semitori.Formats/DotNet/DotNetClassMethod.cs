namespace Semitori.Formats.DotNet;

/// <summary>A method as libyara's <c>classes[].methods[]</c> shows it, with decoded return and parameter types.</summary>
public sealed record DotNetClassMethod(
    string? Name,
    string Visibility,
    bool IsAbstract,
    bool IsFinal,
    bool IsVirtual,
    bool IsStatic,
    string? ReturnType,
    IReadOnlyList<DotNetParameter> Parameters,
    IReadOnlyList<string> GenericParameters);
