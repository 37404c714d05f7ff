using Semitori.Yara.Semantics;

namespace Semitori.Yara.Modules;

/// <summary>
/// A YARA module (<c>import "name"</c>): a declaration the binder type-checks against, and a
/// loader that projects one scanned file into values. Loading happens once per scanned file and
/// only when a rule of the scan imports the module; values may be <c>Func&lt;object?&gt;</c> to
/// defer costly parsing until a condition reads them.
/// </summary>
public interface IYaraModule
{
    /// <summary>The name used in <c>import</c>.</summary>
    string Name { get; }

    /// <summary>The module's structure type: fields, arrays, dictionaries and functions.</summary>
    YaraType Declaration { get; }

    /// <summary>
    /// Builds the module's value for one file: a tree of <c>IReadOnlyDictionary&lt;string, object?&gt;</c>,
    /// <c>IReadOnlyList&lt;object?&gt;</c>, primitives and null (undefined). Must not throw on malformed input.
    /// </summary>
    object? Load(ModuleLoadContext context);
}
