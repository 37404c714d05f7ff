namespace Semitori.Yara.Semantics;

/// <summary>
/// A static type: a primitive, or a module structure/array/dictionary/function. Module
/// declarations are trees of these, so the binder can check <c>pe.sections[0].name</c>.
/// </summary>
public sealed class YaraType
{
    public static readonly YaraType Bool = new(TypeKind.Bool);
    public static readonly YaraType Int = new(TypeKind.Int);
    public static readonly YaraType Float = new(TypeKind.Float);
    public static readonly YaraType String = new(TypeKind.String);
    public static readonly YaraType Regex = new(TypeKind.Regex);

    private YaraType(TypeKind kind, IReadOnlyDictionary<string, YaraType>? fields = null, YaraType? element = null, IReadOnlyList<FunctionOverload>? overloads = null)
    {
        Kind = kind;
        Fields = fields ?? new Dictionary<string, YaraType>();
        Element = element;
        Overloads = overloads ?? [];
    }

    public TypeKind Kind { get; }

    /// <summary>The fields of a structure.</summary>
    public IReadOnlyDictionary<string, YaraType> Fields { get; }

    /// <summary>The element type of an array or dictionary.</summary>
    public YaraType? Element { get; }

    /// <summary>The overloads of a function.</summary>
    public IReadOnlyList<FunctionOverload> Overloads { get; }

    public bool IsNumeric => Kind is TypeKind.Int or TypeKind.Float;

    public static YaraType Struct(IReadOnlyDictionary<string, YaraType> fields) => new(TypeKind.Struct, fields: fields);

    public static YaraType ArrayOf(YaraType element) => new(TypeKind.Array, element: element);

    public static YaraType DictionaryOf(YaraType element) => new(TypeKind.Dictionary, element: element);

    public static YaraType Function(params FunctionOverload[] overloads) => new(TypeKind.Function, overloads: overloads);

    public override string ToString() => Kind switch
    {
        TypeKind.Array => $"array of {Element}",
        TypeKind.Dictionary => $"dictionary of {Element}",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
