namespace Semitori.Yara.Patterns;

/// <summary>
/// 1..4 bytes present in every match of some alternative of a pattern. <see cref="MinOffset"/> /
/// <see cref="MaxOffset"/>: possible distance in bytes from the match start to the atom's first
/// byte (<see cref="MaxOffset"/> = -1 when unbounded). <see cref="Quality"/>: YARA-like heuristic
/// (higher is better; about 20 per distinctive byte, see <see cref="AtomExtractor"/>).
/// </summary>
public sealed record Atom(byte[] Bytes, int MinOffset, int MaxOffset, int Quality);
