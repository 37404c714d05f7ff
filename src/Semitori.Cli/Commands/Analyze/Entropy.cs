namespace Semitori.Cli.Commands.Analyze;

/// <summary>Shannon entropy in bits per byte (0 to 8), as YARA's math.entropy; above ~7.2 suggests compression or encryption.</summary>
internal static class Entropy
{
    public static double Of(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return 0;
        }

        Span<long> counts = stackalloc long[256];
        foreach (byte b in data)
        {
            counts[b]++;
        }

        double entropy = 0;
        foreach (long count in counts)
        {
            if (count > 0)
            {
                double p = (double)count / data.Length;
                entropy -= p * Math.Log2(p);
            }
        }

        return Math.Round(entropy, 4);
    }
}
