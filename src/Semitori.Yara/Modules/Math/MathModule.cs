using Semitori.Yara.Semantics;
using static Semitori.Yara.Modules.ModuleSupport;

namespace Semitori.Yara.Modules.Math;

/// <summary>
/// The <c>math</c> module of YARA 4.5: byte statistics over a file range or a string, and small
/// integer helpers. Ranges follow libyara's <c>get_distribution</c>: a negative offset or length,
/// or an offset outside the data, is undefined; a length past the end is clipped.
/// </summary>
public sealed class MathModule : IYaraModule
{
    public string Name => "math";

    public YaraType Declaration { get; } = Struct(
        ("MEAN_BYTES", YaraType.Float),
        ("in_range", YaraType.Function(Fn("fff", YaraType.Int, (_, a) => Float(a[1]) <= Float(a[0]) && Float(a[0]) <= Float(a[2]) ? 1L : 0L))),
        ("deviation", YaraType.Function(
            Fn("iif", YaraType.Float, (c, a) => OnRange(c, a, d => ByteStatistics.Deviation(d, Float(a[2])))),
            Fn("sf", YaraType.Float, (_, a) => Defined(ByteStatistics.DeviationSigned(Bytes(a[0]), Float(a[1])))))),
        ("mean", YaraType.Function(
            Fn("ii", YaraType.Float, (c, a) => OnRange(c, a, d => ByteStatistics.Mean(d))),
            Fn("s", YaraType.Float, (_, a) => Defined(ByteStatistics.MeanSigned(Bytes(a[0])))))),
        ("serial_correlation", YaraType.Function(
            Fn("ii", YaraType.Float, (c, a) => OnRange(c, a, d => ByteStatistics.SerialCorrelation(d, signed: false))),
            Fn("s", YaraType.Float, (_, a) => Defined(ByteStatistics.SerialCorrelation(Bytes(a[0]), signed: true))))),
        ("monte_carlo_pi", YaraType.Function(
            Fn("ii", YaraType.Float, (c, a) => OnRange(c, a, d => ByteStatistics.MonteCarloPi(d, signed: false))),
            Fn("s", YaraType.Float, (_, a) => Defined(ByteStatistics.MonteCarloPi(Bytes(a[0]), signed: true))))),
        ("entropy", YaraType.Function(
            Fn("ii", YaraType.Float, (c, a) => OnRange(c, a, d => ByteStatistics.Entropy(d))),
            Fn("s", YaraType.Float, (_, a) => Defined(ByteStatistics.Entropy(Bytes(a[0])))))),
        // libyara compares min/max arguments as uint64_t.
        ("min", YaraType.Function(Fn("ii", YaraType.Int, (_, a) => (ulong)Int(a[0]) < (ulong)Int(a[1]) ? Int(a[0]) : Int(a[1])))),
        ("max", YaraType.Function(Fn("ii", YaraType.Int, (_, a) => (ulong)Int(a[0]) > (ulong)Int(a[1]) ? Int(a[0]) : Int(a[1])))),
        ("to_number", YaraType.Function(Fn("i", YaraType.Int, (_, a) => Int(a[0]) != 0 ? 1L : 0L))),
        ("abs", YaraType.Function(Fn("i", YaraType.Int, (_, a) => Int(a[0]) == long.MinValue ? long.MinValue : System.Math.Abs(Int(a[0]))))),
        ("count", YaraType.Function(
            Fn("iii", YaraType.Int, (c, a) => ByteArg(a[0]) is { } b ? Distribution(c, a[1], a[2]) is { } d ? (long)d[b] : null : null),
            Fn("i", YaraType.Int, (c, a) => ByteArg(a[0]) is { } b ? (long)ByteStatistics.Histogram(c.Data.Span)[b] : null))),
        ("percentage", YaraType.Function(
            Fn("iii", YaraType.Float, (c, a) => ByteArg(a[0]) is { } b && Distribution(c, a[1], a[2]) is { } d ? Defined(ByteStatistics.Percentage(d, b)) : null),
            Fn("i", YaraType.Float, (c, a) => ByteArg(a[0]) is { } b ? Defined(ByteStatistics.Percentage(ByteStatistics.Histogram(c.Data.Span), b)) : null))),
        ("mode", YaraType.Function(
            Fn("ii", YaraType.Int, (c, a) => Distribution(c, a[0], a[1]) is { } d ? ByteStatistics.Mode(d) : null),
            Fn("", YaraType.Int, (c, _) => ByteStatistics.Mode(ByteStatistics.Histogram(c.Data.Span))))),
        ("to_string", YaraType.Function(
            Fn("i", YaraType.String, (_, a) => Int(a[0]).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Fn("ii", YaraType.String, (_, a) => ToStringBase(Int(a[0]), Int(a[1]))))));

    public object? Load(ModuleLoadContext context) =>
        new Dictionary<string, object?>(StringComparer.Ordinal) { ["MEAN_BYTES"] = 127.5 };

    private delegate double? SpanFunc(ReadOnlySpan<byte> data);

    private static object? OnRange(FunctionCallContext c, object?[] a, SpanFunc f) =>
        Range(c.Data, Int(a[0]), Int(a[1])) is { } r ? Defined(f(r.Span)) : null;

    /// <summary>libyara represents an undefined float as NaN, so a 0/0 result (empty range or string) is undefined.</summary>
    private static object? Defined(double? d) => d is double x && !double.IsNaN(x) ? x : null;

    private static uint[]? Distribution(FunctionCallContext c, object? offset, object? length) =>
        Range(c.Data, Int(offset), Int(length)) is { } r ? ByteStatistics.Histogram(r.Span) : null;

    /// <summary>libyara returns undefined for a byte value outside 0..255.</summary>
    private static int? ByteArg(object? o) => Int(o) is >= 0 and <= 255 ? (int)Int(o) : null;

    /// <summary>Bases 10, 8 and 16 as libyara's printf formats (octal and hex print the two's complement); others undefined.</summary>
    private static object? ToStringBase(long value, long radix) => radix switch
    {
        10 => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        8 => Convert.ToString(value, 8),
        16 => ((ulong)value).ToString("x", System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
