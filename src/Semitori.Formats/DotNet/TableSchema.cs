namespace Semitori.Formats.DotNet;

/// <summary>
/// Column layouts of the ECMA-335 tables (II.22) and coded index definitions (II.24.2.6). A column
/// is a fixed width (2 or 4), a heap index, a simple table index or a coded index; widths of the
/// last three depend on heap sizes and row counts and are resolved by <see cref="MetadataTables"/>.
/// </summary>
internal static class TableSchema
{
    public enum Kind : byte { U16, U32, Strings, Guid, Blob, Table, Coded }

    public readonly record struct Column(Kind Kind, int Target = 0);

    public enum Coded
    {
        TypeDefOrRef, HasConstant, HasCustomAttribute, HasFieldMarshal, HasDeclSecurity, MemberRefParent,
        HasSemantics, MethodDefOrRef, MemberForwarded, Implementation, CustomAttributeType, ResolutionScope, TypeOrMethodDef,
    }

    /// <summary>Tables a coded index can point into, by tag; -1 marks an unused tag.</summary>
    public static readonly int[][] CodedTables =
    [
        [0x02, 0x01, 0x1B],
        [0x04, 0x08, 0x17],
        [0x06, 0x04, 0x01, 0x02, 0x08, 0x09, 0x0A, 0x00, 0x0E, 0x17, 0x14, 0x11, 0x1A, 0x1B, 0x20, 0x23, 0x26, 0x27, 0x28, 0x2A, 0x2C, 0x2B],
        [0x04, 0x08],
        [0x02, 0x06, 0x20],
        [0x02, 0x01, 0x1A, 0x06, 0x1B],
        [0x14, 0x17],
        [0x06, 0x0A],
        [0x04, 0x06],
        [0x26, 0x23, 0x27],
        [-1, -1, 0x06, 0x0A, -1],
        [0x00, 0x1A, 0x23, 0x01],
        [0x02, 0x06],
    ];

    /// <summary>Tag bits of each coded index kind.</summary>
    public static readonly int[] CodedTagBits = [2, 2, 5, 1, 2, 3, 1, 1, 1, 2, 3, 2, 1];

    private static Column U16 => new(Kind.U16);
    private static Column U32 => new(Kind.U32);
    private static Column Str => new(Kind.Strings);
    private static Column Guid => new(Kind.Guid);
    private static Column Blob => new(Kind.Blob);
    private static Column T(MetadataTable table) => new(Kind.Table, (int)table);
    private static Column C(Coded coded) => new(Kind.Coded, (int)coded);

    /// <summary>Columns per table number 0x00..0x2C.</summary>
    public static readonly Column[][] Tables =
    [
        [U16, Str, Guid, Guid, Guid],
        [C(Coded.ResolutionScope), Str, Str],
        [U32, Str, Str, C(Coded.TypeDefOrRef), T(MetadataTable.Field), T(MetadataTable.MethodDef)],
        [T(MetadataTable.Field)],
        [U16, Str, Blob],
        [T(MetadataTable.MethodDef)],
        [U32, U16, U16, Str, Blob, T(MetadataTable.Param)],
        [T(MetadataTable.Param)],
        [U16, U16, Str],
        [T(MetadataTable.TypeDef), C(Coded.TypeDefOrRef)],
        [C(Coded.MemberRefParent), Str, Blob],
        [U16, C(Coded.HasConstant), Blob],
        [C(Coded.HasCustomAttribute), C(Coded.CustomAttributeType), Blob],
        [C(Coded.HasFieldMarshal), Blob],
        [U16, C(Coded.HasDeclSecurity), Blob],
        [U16, U32, T(MetadataTable.TypeDef)],
        [U32, T(MetadataTable.Field)],
        [Blob],
        [T(MetadataTable.TypeDef), T(MetadataTable.Event)],
        [T(MetadataTable.Event)],
        [U16, Str, C(Coded.TypeDefOrRef)],
        [T(MetadataTable.TypeDef), T(MetadataTable.Property)],
        [T(MetadataTable.Property)],
        [U16, Str, Blob],
        [U16, T(MetadataTable.MethodDef), C(Coded.HasSemantics)],
        [T(MetadataTable.TypeDef), C(Coded.MethodDefOrRef), C(Coded.MethodDefOrRef)],
        [Str],
        [Blob],
        [U16, C(Coded.MemberForwarded), Str, T(MetadataTable.ModuleRef)],
        [U32, T(MetadataTable.Field)],
        [U32, U32],
        [U32],
        [U32, U16, U16, U16, U16, U32, Blob, Str, Str],
        [U32],
        [U32, U32, U32],
        [U16, U16, U16, U16, U32, Blob, Str, Str, Blob],
        [U32, T(MetadataTable.AssemblyRef)],
        [U32, U32, U32, T(MetadataTable.AssemblyRef)],
        [U32, Str, Blob],
        [U32, U32, Str, Str, C(Coded.Implementation)],
        [U32, U32, Str, C(Coded.Implementation)],
        [T(MetadataTable.TypeDef), T(MetadataTable.TypeDef)],
        [U16, U16, C(Coded.TypeOrMethodDef), Str],
        [C(Coded.MethodDefOrRef), Blob],
        [T(MetadataTable.GenericParam), C(Coded.TypeDefOrRef)],
    ];
}
