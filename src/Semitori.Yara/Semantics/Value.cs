using System.Text;

namespace Semitori.Yara.Semantics;

/// <summary>
/// A condition value. YARA's values can be undefined (a module field that is not set, an
/// offset past the end of the file); <c>and</c>/<c>or</c> treat undefined as false and every
/// other operator propagates it, so undefined is a kind of its own, not a null.
/// </summary>
internal readonly struct Value
{
    public static readonly Value Undefined = default;
    public static readonly Value True = new(ValueKind.Bool, 1, 0, null);
    public static readonly Value False = new(ValueKind.Bool, 0, 0, null);

    private Value(ValueKind kind, long i, double f, object? o)
    {
        Kind = kind;
        I = i;
        F = f;
        O = o;
    }

    public ValueKind Kind { get; }

    public long I { get; }

    public double F { get; }

    public object? O { get; }

    public bool IsUndefined => Kind == ValueKind.Undefined;

    public byte[] Bytes => (byte[])O!;

    public static Value Bool(bool b) => b ? True : False;

    public static Value Int(long i) => new(ValueKind.Int, i, 0, null);

    public static Value Float(double f) => new(ValueKind.Float, 0, f, null);

    public static Value String(byte[] s) => new(ValueKind.String, 0, 0, s);

    public static Value Object(object o) => new(ValueKind.Object, 0, 0, o);

    /// <summary>YARA's truth: non-zero numbers and non-empty strings are true; undefined is false.</summary>
    public bool IsTrue => Kind switch
    {
        ValueKind.Bool or ValueKind.Int => I != 0,
        ValueKind.Float => F != 0,
        ValueKind.String => Bytes.Length > 0,
        ValueKind.Object => true,
        _ => false,
    };

    public double AsDouble => Kind == ValueKind.Float ? F : I;

    /// <summary>Converts a host value (long, int, double, bool, string, byte[]) to a condition value; null is undefined.</summary>
    public static Value FromHost(object? o) => o switch
    {
        null => Undefined,
        bool b => Bool(b),
        long l => Int(l),
        int i => Int(i),
        uint u => Int(u),
        ulong ul => Int(unchecked((long)ul)),
        double d => Float(d),
        float f => Float(f),
        byte[] bytes => String(bytes),
        string s => String(Encoding.UTF8.GetBytes(s)),
        _ => Object(o),
    };

    public override string ToString() => Kind switch
    {
        ValueKind.Bool => I != 0 ? "true" : "false",
        ValueKind.Int => I.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ValueKind.Float => F.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ValueKind.String => Encoding.Latin1.GetString(Bytes),
        ValueKind.Object => O!.ToString() ?? "object",
        _ => "undefined",
    };
}
