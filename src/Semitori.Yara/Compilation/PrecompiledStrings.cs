using Semitori.Diagnostics;
using Semitori.Yara.Syntax;

namespace Semitori.Yara.Compilation;

/// <summary>
/// String definitions compiled ahead of binding, on several threads: parsing hex strings and
/// regular expressions, building their matchers and choosing atoms is most of a large rule
/// set's compile time, and each definition depends only on its own text. The binder then takes
/// each result where it would have compiled the string, gives it its index, and replays its
/// diagnostics there, so the output is the same as a sequential compile.
/// </summary>
internal sealed class PrecompiledStrings
{
    private readonly Dictionary<StringSyntax, (CompiledString? Compiled, IReadOnlyList<Diagnostic> Diagnostics)> _results;

    private PrecompiledStrings(Dictionary<StringSyntax, (CompiledString?, IReadOnlyList<Diagnostic>)> results)
    {
        _results = results;
    }

    public static PrecompiledStrings Compile(IReadOnlyList<(StringSyntax String, SourceText Source)> strings, int threads)
    {
        var compiled = new (CompiledString?, IReadOnlyList<Diagnostic>)[strings.Count];
        Parallel.For(0, strings.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            var diagnostics = new DiagnosticBag();
            (StringSyntax s, SourceText source) = strings[i];
            // Index and rule are not known yet: the binder sets them when it adopts the result.
            compiled[i] = (new StringCompiler(diagnostics).Compile(s, -1, -1, source), diagnostics.Items);
        });

        // Records compare by value: two identical definitions in different rules are distinct entries.
        var results = new Dictionary<StringSyntax, (CompiledString?, IReadOnlyList<Diagnostic>)>(strings.Count, ReferenceEqualityComparer.Instance);
        for (int i = 0; i < strings.Count; i++)
        {
            results[strings[i].String] = compiled[i];
        }

        return new PrecompiledStrings(results);
    }

    /// <summary>The compiled definition (null when it had errors) and its diagnostics, once.</summary>
    public bool TryTake(StringSyntax s, out CompiledString? compiled, out IReadOnlyList<Diagnostic> diagnostics)
    {
        if (_results.Remove(s, out var result))
        {
            (compiled, diagnostics) = result;
            return true;
        }

        (compiled, diagnostics) = (null, []);
        return false;
    }
}
