using Semitori.Yara.Scanning;

namespace Semitori.Yara.Semantics;

/// <summary>
/// A bound, type-checked condition node that evaluates itself (a tree-walking interpreter:
/// conditions are small and run once per file, after the string search which dominates).
/// </summary>
internal abstract class BoundExpr
{
    protected BoundExpr(YaraType type)
    {
        Type = type;
    }

    public YaraType Type { get; }

    /// <summary>True when the value is known at compile time (constant folding).</summary>
    public virtual bool IsConstant => false;

    /// <summary>
    /// True when the value depends only on the bytes, filesize and externals — no string match,
    /// module, rule or loop variable — so it can be evaluated before the string search
    /// (<see cref="RuleGuards"/>).
    /// </summary>
    public virtual bool ReadsDataOnly => false;

    /// <summary>
    /// A text equal for two expressions only when they always have the same value, or null. Guards
    /// with one key (thousands of rules test <c>uint16(0) == 0x5a4d</c>) are evaluated once per file.
    /// </summary>
    public virtual string? Key => null;

    public abstract Value Eval(ScanContext ctx);
}

internal sealed class ConstantExpr(YaraType type, Value value) : BoundExpr(type)
{
    public override bool ReadsDataOnly => true;

    public Value Value { get; } = value;

    public override bool IsConstant => true;

    public override string? Key => Value.Kind switch
    {
        ValueKind.Int => Value.I.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ValueKind.Bool => Value.IsTrue ? "true" : "false",
        ValueKind.String => "\"" + Convert.ToHexString(Value.Bytes) + "\"",
        _ => null,
    };

    public override Value Eval(ScanContext ctx) => Value;
}

internal sealed class FilesizeExpr() : BoundExpr(YaraType.Int)
{
    public override bool ReadsDataOnly => true;

    public override string? Key => "filesize";

    public override Value Eval(ScanContext ctx) => Value.Int(ctx.Filesize);
}

internal sealed class EntrypointExpr() : BoundExpr(YaraType.Int)
{
    public override Value Eval(ScanContext ctx)
    {
        if (!ctx.EntryPointComputed)
        {
            ctx.EntryPoint = EntryPointLocator.Find(ctx.Data.Span);
            ctx.EntryPointComputed = true;
        }

        return ctx.EntryPoint is { } ep ? Value.Int(ep) : Value.Undefined;
    }
}

internal sealed class ExternalExpr(YaraType type, int slot) : BoundExpr(type)
{
    public override bool ReadsDataOnly => true;

    public override Value Eval(ScanContext ctx) => ctx.Externals[slot];
}

internal sealed class LocalExpr(YaraType type, int slot) : BoundExpr(type)
{
    public int Slot { get; } = slot;

    public override Value Eval(ScanContext ctx) => ctx.Locals[Slot];
}

internal sealed class RuleRefExpr(int ruleIndex) : BoundExpr(YaraType.Bool)
{
    public override Value Eval(ScanContext ctx) => Value.Bool(ctx.RuleResults[ruleIndex]);
}

/// <summary><c>int8(x)</c> … <c>uint32be(x)</c>: reads at an offset; out of range is undefined.</summary>
internal sealed class IntReadExpr(BoundExpr offset, int size, bool signed, bool bigEndian) : BoundExpr(YaraType.Int)
{
    public override bool ReadsDataOnly => offset.ReadsDataOnly;

    public override string? Key => offset.Key is { } o ? $"{(signed ? "int" : "uint")}{size * 8}{(bigEndian ? "be" : "")}({o})" : null;

    public override Value Eval(ScanContext ctx)
    {
        Value o = offset.Eval(ctx);
        if (o.Kind != ValueKind.Int || o.I < 0 || o.I > ctx.Filesize - size)
        {
            return Value.Undefined;
        }

        ReadOnlySpan<byte> s = ctx.Data.Span.Slice((int)o.I, size);
        long v = size switch
        {
            1 => signed ? (sbyte)s[0] : s[0],
            2 => bigEndian
                ? (signed ? System.Buffers.Binary.BinaryPrimitives.ReadInt16BigEndian(s) : System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(s))
                : (signed ? System.Buffers.Binary.BinaryPrimitives.ReadInt16LittleEndian(s) : System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(s)),
            _ => bigEndian
                ? (signed ? System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(s) : System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(s))
                : (signed ? System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(s) : System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(s)),
        };
        return Value.Int(v);
    }
}
