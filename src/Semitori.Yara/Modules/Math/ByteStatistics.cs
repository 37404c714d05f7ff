namespace Semitori.Yara.Modules.Math;

/// <summary>
/// The statistics of libyara's math module (after John Walker's <c>ent</c>). The string forms
/// read the bytes as C <c>char</c>, which is signed on the platforms yara is built for, so
/// bytes ≥ 0x80 count as negative there; the data forms read them unsigned.
/// </summary>
internal static class ByteStatistics
{
    public static uint[] Histogram(ReadOnlySpan<byte> data)
    {
        var h = new uint[256];
        foreach (byte b in data)
        {
            h[b]++;
        }

        return h;
    }

    public static double Entropy(ReadOnlySpan<byte> data)
    {
        uint[] h = Histogram(data);
        double entropy = 0;
        foreach (uint n in h)
        {
            if (n != 0)
            {
                double x = (double)n / data.Length;
                entropy -= x * System.Math.Log2(x);
            }
        }

        return entropy;
    }

    public static double Mean(ReadOnlySpan<byte> data)
    {
        double sum = 0;
        foreach (byte b in data)
        {
            sum += b;
        }

        return sum / data.Length;
    }

    public static double MeanSigned(byte[] data)
    {
        double sum = 0;
        foreach (byte b in data)
        {
            sum += (sbyte)b;
        }

        return sum / data.Length;
    }

    public static double Deviation(ReadOnlySpan<byte> data, double mean)
    {
        double sum = 0;
        foreach (byte b in data)
        {
            sum += System.Math.Abs(b - mean);
        }

        return sum / data.Length;
    }

    public static double DeviationSigned(byte[] data, double mean)
    {
        double sum = 0;
        foreach (byte b in data)
        {
            sum += System.Math.Abs((sbyte)b - mean);
        }

        return sum / data.Length;
    }

    /// <summary>Serial correlation with the last byte wrapped onto the first, -100000 when the denominator is 0.</summary>
    public static double SerialCorrelation(ReadOnlySpan<byte> data, bool signed)
    {
        double t1 = 0, t2 = 0, t3 = 0, last = 0, first = 0;
        for (int i = 0; i < data.Length; i++)
        {
            double u = signed ? (sbyte)data[i] : data[i];
            if (i == 0)
            {
                first = u;
            }

            t1 += last * u;
            t2 += u;
            t3 += u * u;
            last = u;
        }

        if (data.Length > 0)
        {
            t1 += last * first;
        }

        t2 *= t2;
        double scc = data.Length * t3 - t2;
        return scc == 0 ? -100000 : (data.Length * t1 - t2) / scc;
    }

    /// <summary>Relative error of the Monte Carlo estimate of π from 6-byte points; undefined (null) under 6 bytes.</summary>
    public static double? MonteCarloPi(ReadOnlySpan<byte> data, bool signed)
    {
        double incirc = System.Math.Pow(System.Math.Pow(256.0, 3.0) - 1, 2.0);
        Span<uint> monte = stackalloc uint[6];
        int count = 0, inside = 0;
        for (int i = 0; i < data.Length; i++)
        {
            monte[i % 6] = signed ? unchecked((uint)(sbyte)data[i]) : data[i];
            if (i % 6 == 5)
            {
                double mx = 0, my = 0;
                count++;
                for (int j = 0; j < 3; j++)
                {
                    mx = (mx * 256.0) + monte[j];
                    my = (my * 256.0) + monte[j + 3];
                }

                if ((mx * mx) + (my * my) <= incirc)
                {
                    inside++;
                }
            }
        }

        if (count == 0)
        {
            return null;
        }

        double mpi = 4.0 * ((double)inside / count);
        return System.Math.Abs((mpi - System.Math.PI) / System.Math.PI);
    }

    /// <summary>libyara divides in single precision here; an empty range is undefined (its test-math.c).</summary>
    public static double? Percentage(uint[] histogram, int value)
    {
        long total = 0;
        foreach (uint n in histogram)
        {
            total += n;
        }

        return total == 0 ? null : (double)((float)histogram[value] / (float)total);
    }

    /// <summary>The most frequent byte, the lowest on ties.</summary>
    public static long Mode(uint[] histogram)
    {
        int best = 0;
        for (int i = 1; i < 256; i++)
        {
            if (histogram[i] > histogram[best])
            {
                best = i;
            }
        }

        return best;
    }
}
