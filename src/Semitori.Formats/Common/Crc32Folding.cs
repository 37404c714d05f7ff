using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Semitori.Formats.Common;

/// <summary>
/// The bulk of a reflected CRC-32 (polynomial 0x04C11DB7) by folding 16-byte blocks with
/// carry-less multiplication, then a Barrett reduction: the method of Intel's white paper "Fast
/// CRC Computation for Generic Polynomials Using PCLMULQDQ" (Gopal et al., 2009), with the
/// folding constants of that paper for this polynomial (x^(4·128±32) mod P, reflected, and
/// µ = x^64 / P). Works on the running (inverted) CRC state; the caller finishes the tail.
/// </summary>
internal static class Crc32Folding
{
    private const ulong K1 = 0x154442bd4, K2 = 0x1c6e41596; // fold by 4 blocks (512 bits)
    private const ulong K3 = 0x1751997d0, K4 = 0x0ccaa009e; // fold by 1 block (128 bits)
    private const ulong K5 = 0x163cd6124;                   // 64 → 32 bits
    private const ulong PolyReflected = 0x1db710641, Mu = 0x1f7011641;

    public static bool IsSupported => Pclmulqdq.IsSupported && Sse2.IsSupported;

    /// <summary><paramref name="data"/> is at least 64 bytes and a multiple of 16.</summary>
    public static uint Fold(ReadOnlySpan<byte> data, uint crc)
    {
        Vector128<ulong> x1 = Load(data, 0) ^ Vector128.CreateScalar(crc).AsUInt64();
        Vector128<ulong> x2 = Load(data, 16);
        Vector128<ulong> x3 = Load(data, 32);
        Vector128<ulong> x4 = Load(data, 48);
        int at = 64;
        Vector128<ulong> k1k2 = Vector128.Create(K1, K2);
        while (data.Length - at >= 64)
        {
            x1 = FoldInto(x1, k1k2, Load(data, at));
            x2 = FoldInto(x2, k1k2, Load(data, at + 16));
            x3 = FoldInto(x3, k1k2, Load(data, at + 32));
            x4 = FoldInto(x4, k1k2, Load(data, at + 48));
            at += 64;
        }

        Vector128<ulong> k3k4 = Vector128.Create(K3, K4);
        x1 = FoldInto(x1, k3k4, x2);
        x1 = FoldInto(x1, k3k4, x3);
        x1 = FoldInto(x1, k3k4, x4);
        while (data.Length - at >= 16)
        {
            x1 = FoldInto(x1, k3k4, Load(data, at));
            at += 16;
        }

        // 128 → 64 bits.
        Vector128<ulong> lowMask = Vector128.Create(uint.MaxValue, 0u, uint.MaxValue, 0u).AsUInt64();
        Vector128<ulong> x = Pclmulqdq.CarrylessMultiply(x1, k3k4, 0x10);
        x1 = Sse2.ShiftRightLogical128BitLane(x1.AsByte(), 8).AsUInt64() ^ x;
        x = Sse2.ShiftRightLogical128BitLane(x1.AsByte(), 4).AsUInt64();
        x1 = Pclmulqdq.CarrylessMultiply(x1 & lowMask, Vector128.Create(K5, 0UL), 0x00) ^ x;

        // Barrett reduction to 32 bits.
        Vector128<ulong> poly = Vector128.Create(PolyReflected, Mu);
        x = Pclmulqdq.CarrylessMultiply(x1 & lowMask, poly, 0x10);
        x = Pclmulqdq.CarrylessMultiply(x & lowMask, poly, 0x00);
        return (x1 ^ x).AsUInt32().GetElement(1);
    }

    private static Vector128<ulong> FoldInto(Vector128<ulong> acc, Vector128<ulong> k, Vector128<ulong> next)
        => Pclmulqdq.CarrylessMultiply(acc, k, 0x00) ^ Pclmulqdq.CarrylessMultiply(acc, k, 0x11) ^ next;

    private static Vector128<ulong> Load(ReadOnlySpan<byte> data, int at) => Vector128.Create(data.Slice(at, 16)).AsUInt64();
}
