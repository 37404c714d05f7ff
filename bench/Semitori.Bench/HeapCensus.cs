using System.Reflection;
using System.Runtime.CompilerServices;

/// <summary>
/// Approximate bytes reachable from one object, by type (BENCH_HEAP=1): which parts of the
/// compiled rules hold the memory. Shallow sizes are estimated (header + 8 bytes per field,
/// arrays by element size); a rough map, not an exact account.
/// </summary>
internal static class HeapCensus
{
    public static void Print(object root, int top)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var bytes = new Dictionary<Type, (long Bytes, long Count)>();
        var stack = new Stack<object>();
        stack.Push(root);
        seen.Add(root);
        while (stack.Count > 0)
        {
            object o = stack.Pop();
            Type t = o.GetType();
            long size = 16;
            if (o is Array a)
            {
                Type e = t.GetElementType()!;
                size += a.LongLength * (e.IsValueType ? ElementSize(e) : 8);
                if (!e.IsPrimitive)
                {
                    foreach (object? item in a)
                    {
                        Visit(item);
                    }
                }
            }
            else if (o is string s)
            {
                size += 2L * s.Length;
            }
            else
            {
                foreach (FieldInfo f in Fields(t))
                {
                    size += f.FieldType.IsValueType ? ElementSize(f.FieldType) : 8;
                    if (!f.FieldType.IsPrimitive && !f.FieldType.IsPointer)
                    {
                        Visit(f.GetValue(o));
                    }
                }
            }

            (long b, long c) = bytes.GetValueOrDefault(t);
            bytes[t] = (b + size, c + 1);
        }

        Console.WriteLine($"reachable from {root.GetType().Name}: ~{bytes.Values.Sum(v => v.Bytes) >> 20} MB in {bytes.Values.Sum(v => v.Count)} objects");
        foreach ((Type t, (long b, long c)) in bytes.OrderByDescending(kv => kv.Value.Bytes).Take(top))
        {
            Console.WriteLine($"  {b >> 10,9} KB {c,9}  {t}");
        }

        void Visit(object? child)
        {
            if (child is not null && child is not Type && child is not Delegate && seen.Add(child))
            {
                stack.Push(child);
            }
        }
    }

    private static IEnumerable<FieldInfo> Fields(Type t)
    {
        for (Type? c = t; c is not null; c = c.BaseType)
        {
            foreach (FieldInfo f in c.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                yield return f;
            }
        }
    }

    private static long ElementSize(Type t) => t.IsPrimitive || t.IsEnum ? Math.Max(1, Type.GetTypeCode(t) switch
    {
        TypeCode.Byte or TypeCode.SByte or TypeCode.Boolean => 1,
        TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Char => 2,
        TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Single => 4,
        _ => 8,
    }) : Math.Max(8, (long)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(t).Invoke(null, null)!.GetHashCode());
}
