namespace Semitori.Formats.DotNet;

/// <summary>
/// What <see cref="IlDecoder.Decode"/> produced: the instructions read in order, whether the whole
/// code was decoded, and otherwise where and why decoding stopped.
/// </summary>
/// <param name="Instructions">Instructions in code order.</param>
/// <param name="Complete">True when decoding reached the end of the code exactly.</param>
/// <param name="StopOffset">Offset where decoding ended (the code size when complete).</param>
/// <param name="Problem">Why decoding stopped early, or null.</param>
public sealed record IlDecodeResult(IReadOnlyList<IlInstruction> Instructions, bool Complete, int StopOffset, string? Problem);
