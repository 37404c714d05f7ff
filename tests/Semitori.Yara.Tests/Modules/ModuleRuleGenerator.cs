using System.Globalization;
using System.Text;
using Semitori.Yara.Modules;
using Semitori.Yara.Semantics;

namespace Semitori.Yara.Tests.Modules;

/// <summary>
/// Generates conditions that pin every module field and many function results of one file to the
/// values Semitori computes (<c>field == value</c>, or <c>not defined field</c>), so that the
/// reference yara can confirm them one by one. Lists are capped to keep rule files small.
/// </summary>
internal static class ModuleRuleGenerator
{
    private const int MaxItems = 40;

    /// <summary>Generated conditions; <c>Shape</c> is the expression with indexes zeroed, for probing what yara 4.2.3 knows.</summary>
    public sealed record Condition(string Feature, string Shape, string Text);

    public static List<Condition> Fields(IYaraModule module, object? root)
    {
        var list = new List<Condition>();
        foreach ((string name, YaraType type) in module.Declaration.Fields)
        {
            if (type.Kind == TypeKind.Function || name.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '_'))
            {
                continue;
            }

            Walk(list, $"{module.Name}.{name}", $"{module.Name}.{name}", type, Child(root, name), depth: 0);
        }

        return list;
    }

    private static object? Child(object? parent, string name) =>
        parent is IReadOnlyDictionary<string, object?> d && d.TryGetValue(name, out object? v) ? Force(v) : null;

    public static object? Force(object? o) => o is Func<object?> f ? f() : o;

    private static void Walk(List<Condition> list, string path, string shape, YaraType type, object? value, int depth)
    {
        string feature = shape.Split('.', '[')[0] + "." + shape.Split('.')[1].Split('[')[0];
        switch (type.Kind)
        {
            case TypeKind.Int or TypeKind.Float or TypeKind.String or TypeKind.Bool:
                list.Add(new Condition(feature, shape, value is null ? $"not defined {path}" : $"{path} == {Literal(value)}"));
                break;
            case TypeKind.Struct:
                foreach ((string name, YaraType t) in type.Fields)
                {
                    if (t.Kind != TypeKind.Function)
                    {
                        Walk(list, $"{path}.{name}", $"{shape}.{name}", t, Child(value, name), depth + 1);
                    }
                }

                break;
            case TypeKind.Array when value is IReadOnlyList<object?> items:
                for (int i = 0; i < items.Count && i < (depth == 0 ? MaxItems * 3 : MaxItems / 2); i++)
                {
                    Walk(list, $"{path}[{i}]", $"{shape}[0]", type.Element!, Force(items[i]), depth + 1);
                }

                break;
            case TypeKind.Dictionary when value is IReadOnlyDictionary<string, object?> dict:
                foreach ((string key, object? v) in dict.Take(MaxItems))
                {
                    string k = Literal(Encoding.Latin1.GetBytes(key));
                    Walk(list, $"{path}[{k}]", $"{shape}[\"k\"]", type.Element!, Force(v), depth + 1);
                }

                break;
        }
    }

    /// <summary>A call pinned to what Semitori's implementation returns for this file.</summary>
    public static Condition Call(IYaraModule module, object? root, ReadOnlyMemory<byte> data, string member, string args, params object?[] values)
    {
        string[] parts = member.Split('.');
        object? parent = root;
        YaraType type = module.Declaration;
        for (int i = 0; i < parts.Length - 1; i++)
        {
            parent = Child(parent, parts[i]);
            type = type.Fields[parts[i]];
        }

        YaraType function = type.Fields[parts[^1]];
        string letters = string.Concat(values.Select(v => v is long ? "i" : v is double ? "f" : "s"));
        FunctionOverload overload = function.Overloads.First(o => o.Parameters == letters);
        object? result = overload.Implementation(new FunctionCallContext(data, parent), values);
        string call = $"{module.Name}.{member}({args})";
        string shape = $"{module.Name}.{member}({letters})";
        string feature = $"{module.Name}.{member}()";
        return result switch
        {
            null => new Condition(feature, shape, $"not defined {call}"),
            double d when double.IsNaN(d) => new Condition(feature, shape, $"not ({call} == {call})"),
            double d => new Condition(feature, shape, $"{call} > {Float(d - Tolerance(d))} and {call} < {Float(d + Tolerance(d))}"),
            _ => new Condition(feature, shape, $"{call} == {Literal(result)}"),
        };
    }

    private static double Tolerance(double d) => 1e-9 * Math.Max(1, Math.Abs(d));

    private static string Float(double d) => d.ToString("0.0#################", CultureInfo.InvariantCulture);

    public static string Literal(object value) => value switch
    {
        long l => l < 0 ? $"({l})" : l.ToString(CultureInfo.InvariantCulture),
        double d => Float(d),
        bool b => b ? "true" : "false",
        byte[] b => Quote(b),
        string s => Quote(Encoding.UTF8.GetBytes(s)),
        _ => throw new ArgumentException($"unexpected value {value.GetType()}"),
    };

    public static string Quote(byte[] bytes)
    {
        var sb = new StringBuilder("\"");
        foreach (byte b in bytes)
        {
            if (b is >= 0x20 and < 0x7F && b != '"' && b != '\\')
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\x{b:x2}");
            }
        }

        return sb.Append('"').ToString();
    }
}
