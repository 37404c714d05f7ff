namespace Semitori.Formats.DotNet;

/// <summary>
/// A method body (ECMA-335 II.25.4): its header fields and its CIL code bytes. Offsets are file
/// offsets, so evidence can point into the file. <see cref="IsTruncated"/> is set when the header
/// claimed more code than the file holds; <see cref="Code"/> then has only the bytes present.
/// </summary>
/// <param name="Rva">The method's RVA as the MethodDef row gives it.</param>
/// <param name="HeaderOffset">File offset of the body header.</param>
/// <param name="CodeOffset">File offset of the first code byte.</param>
/// <param name="IsFat">True for a 12-byte fat header, false for a 1-byte tiny header.</param>
/// <param name="MaxStack">Declared evaluation stack depth (8 for tiny headers).</param>
/// <param name="DeclaredCodeSize">Code size as the header states it.</param>
/// <param name="LocalVarSigToken">StandAloneSig token of the locals (0 when none).</param>
/// <param name="InitLocals">The CorILMethod_InitLocals flag.</param>
/// <param name="HasMoreSections">The CorILMethod_MoreSects flag (exception handling sections follow; not read here).</param>
/// <param name="Code">The code bytes present in the file.</param>
/// <param name="IsTruncated">The declared code ran past the file or past <see cref="MethodBodyReader.MaxCodeSize"/>.</param>
public sealed record DotNetMethodBody(
    uint Rva,
    long HeaderOffset,
    long CodeOffset,
    bool IsFat,
    ushort MaxStack,
    uint DeclaredCodeSize,
    uint LocalVarSigToken,
    bool InitLocals,
    bool HasMoreSections,
    ReadOnlyMemory<byte> Code,
    bool IsTruncated)
{
    /// <summary>Decodes <see cref="Code"/> (see <see cref="IlDecoder"/>).</summary>
    public IlDecodeResult Decode(int maxInstructions = IlDecoder.MaxInstructions) => IlDecoder.Decode(Code.Span, maxInstructions);

    /// <summary>File offset of the instruction at code offset <paramref name="ilOffset"/>.</summary>
    public long FileOffsetOf(int ilOffset) => CodeOffset + ilOffset;
}
