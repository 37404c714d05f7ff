namespace Semitori.Yara.Patterns;

/// <summary>
/// Per-thread working memory of <see cref="PikeVm"/>: two ordered thread lists, the closure stack
/// and generation marks, grown to the largest program seen on the thread and then reused, so
/// matching allocates nothing after warm-up.
/// </summary>
internal sealed class PikeScratch
{
    [ThreadStatic]
    private static PikeScratch? t_instance;

    public int[] Current = [];
    public int[] Next = [];
    public int[] Stack = [];
    public int[] Marks = [];
    public int Generation;

    public static PikeScratch For(int programLength)
    {
        var scratch = t_instance ??= new PikeScratch();
        if (scratch.Marks.Length < programLength)
        {
            int size = Math.Max(programLength, 64);
            scratch.Current = new int[size];
            scratch.Next = new int[size];
            scratch.Stack = new int[(2 * size) + 2];
            scratch.Marks = new int[size];
            scratch.Generation = 0;
        }

        return scratch;
    }

    /// <summary>A fresh mark value; marks equal to it mean "already in the list being built".</summary>
    public int NextGeneration()
    {
        if (Generation == int.MaxValue)
        {
            Array.Clear(Marks);
            Generation = 0;
        }

        return ++Generation;
    }
}
