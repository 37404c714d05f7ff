using System.Text;
using Semitori.Yara.Patterns;
using Semitori.Yara.Semantics;

namespace Semitori.Yara.Modules;

/// <summary>Small helpers shared by the module implementations: declarations, argument access, lazy values.</summary>
internal static class ModuleSupport
{
    /// <summary>A structure type from (name, type) pairs, in declaration order.</summary>
    public static YaraType Struct(params (string Name, YaraType Type)[] fields)
    {
        var d = new Dictionary<string, YaraType>(StringComparer.Ordinal);
        foreach ((string name, YaraType type) in fields)
        {
            d[name] = type;
        }

        return YaraType.Struct(d);
    }

    public static FunctionOverload Fn(string parameters, YaraType returns, Func<FunctionCallContext, object?[], object?> implementation) =>
        new(parameters, returns, implementation);

    public static long Int(object? o) => o switch
    {
        long l => l,
        int i => i,
        bool b => b ? 1 : 0,
        double d => (long)d,
        _ => 0,
    };

    public static double Float(object? o) => o switch
    {
        double d => d,
        long l => l,
        int i => i,
        _ => 0,
    };

    public static byte[] Bytes(object? o) => o switch
    {
        byte[] b => b,
        string s => Encoding.Latin1.GetBytes(s),
        _ => [],
    };

    public static bool Matches(object? regex, byte[] subject) => regex is PatternMatcher m && m.IsMatch(subject);

    public static bool Matches(object? regex, string? subject) => subject is not null && Matches(regex, Encoding.Latin1.GetBytes(subject));

    /// <summary>Strings libyara exposes as raw single-byte strings (the readers decode them as Latin-1).</summary>
    public static byte[]? Latin1(string? s) => s is null ? null : Encoding.Latin1.GetBytes(s);

    /// <summary>A value computed once, on first read (the evaluator calls a <c>Func</c> on every read).</summary>
    public static Func<object?> Lazy(Func<object?> compute)
    {
        var lazy = new Lazy<object?>(compute, LazyThreadSafetyMode.ExecutionAndPublication);
        return () => lazy.Value;
    }

    public static IReadOnlyList<object?> List<T>(IEnumerable<T> items, Func<T, object?> project) => items.Select(project).ToList();

    /// <summary>
    /// The byte range [offset, offset+length) clipped to the data, as libyara's block walk does:
    /// undefined (null) when offset or length is negative or the offset is not inside the data.
    /// </summary>
    public static ReadOnlyMemory<byte>? Range(ReadOnlyMemory<byte> data, long offset, long length)
    {
        if (offset < 0 || length < 0 || offset >= data.Length)
        {
            return null;
        }

        long available = data.Length - offset;
        return data.Slice((int)offset, (int)System.Math.Min(available, length));
    }
}
