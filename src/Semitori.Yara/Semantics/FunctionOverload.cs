namespace Semitori.Yara.Semantics;

/// <summary>
/// One signature of a module function. <see cref="Parameters"/> uses libyara's letters:
/// <c>i</c> integer, <c>f</c> float, <c>s</c> string, <c>r</c> regex. The implementation
/// receives the module's structure value (or the enclosing structure) and the arguments as
/// host values (long, double, byte[], <see cref="Patterns.PatternMatcher"/>) and returns a host
/// value, or null for undefined.
/// </summary>
public sealed record FunctionOverload(string Parameters, YaraType Returns, Func<FunctionCallContext, object?[], object?> Implementation);
