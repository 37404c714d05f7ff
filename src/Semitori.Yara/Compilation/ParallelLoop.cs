namespace Semitori.Yara.Compilation;

/// <summary>A loop over independent items, on up to N threads, or plainly on the caller's thread for one.</summary>
internal static class ParallelLoop
{
    public static void For(int count, int threads, Action<int> body)
    {
        if (threads <= 1)
        {
            for (int i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
    }
}
