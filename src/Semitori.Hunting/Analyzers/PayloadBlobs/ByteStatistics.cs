namespace Semitori.Hunting.Analyzers.PayloadBlobs;

/// <summary>
/// Shannon entropy (bits per byte) and Pearson's chi-square statistic against the uniform byte
/// distribution (255 degrees of freedom), from one histogram.
/// </summary>
public readonly record struct ByteStatistics(long Count, double Entropy, double ChiSquare)
{
    public static ByteStatistics Of(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return new ByteStatistics(0, 0, 0);
        }

        Span<long> histogram = stackalloc long[256];
        histogram.Clear();
        foreach (byte b in data)
        {
            histogram[b]++;
        }

        double n = data.Length;
        double expected = n / 256;
        double entropy = 0, chi = 0;
        foreach (long count in histogram)
        {
            if (count > 0)
            {
                double p = count / n;
                entropy -= p * Math.Log2(p);
            }

            double d = count - expected;
            chi += d * d / expected;
        }

        return new ByteStatistics(data.Length, entropy, chi);
    }
}
