using Semitori.Yara.Patterns;

namespace Semitori.Yara.Tests.Patterns;

/// <summary>Nibble-mask sets and their recognition against the definition, for every value and mask.</summary>
public class ByteSetMaskTests
{
    [Fact]
    public void Masked_holds_exactly_the_bytes_that_agree_on_the_mask_and_is_recognised_as_such()
    {
        for (int mask = 0; mask < 256; mask++)
        {
            for (int value = 0; value < 256; value += 7)
            {
                ByteSet set = ByteSet.Masked((byte)value, (byte)mask);
                for (int b = 0; b < 256; b++)
                {
                    Assert.Equal((b & mask) == (value & mask), set.Contains((byte)b));
                }

                Assert.True(GapMatcher.TryMasked(set, out byte v, out byte m));
                Assert.Equal(mask, m);
                Assert.Equal(value & mask, v);
            }
        }
    }

    [Fact]
    public void Sets_that_are_not_one_mask_are_not_recognised()
    {
        var random = new Random(11);
        int rejected = 0;
        for (int round = 0; round < 2_000; round++)
        {
            var set = ByteSet.Empty;
            int members = random.Next(1, 40);
            for (int i = 0; i < members; i++)
            {
                set = set.With((byte)random.Next(256));
            }

            // Reference: the bits all members share, and whether the set has every combination of the others.
            int ones = 0xFF, zeros = 0xFF, count = 0;
            for (int b = 0; b < 256; b++)
            {
                if (set.Contains((byte)b))
                {
                    (ones, zeros, count) = (ones & b, zeros & ~b, count + 1);
                }
            }

            bool isMask = count == 1 << (8 - System.Numerics.BitOperations.PopCount((uint)(ones | zeros) & 0xFF));
            Assert.Equal(isMask, GapMatcher.TryMasked(set, out byte v, out byte m));
            Assert.True(!isMask || (m == ((ones | zeros) & 0xFF) && v == ones));
            rejected += isMask ? 0 : 1;
        }

        Assert.True(rejected > 1_000 && rejected < 2_000);
    }
}
