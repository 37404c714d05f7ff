using System.Numerics;

namespace Semitori.Hunting.Targets;

/// <summary>
/// Read buffers for large files, shared by every <see cref="FileLoader"/> of the process. A
/// loader takes one for a large file and gives it back at its next read, so a few buffers serve
/// all scan threads. A buffer is replaced only when no idle one is large enough; the one it
/// replaces is then collected at once and its memory returned to the system (it sits on the
/// large object heap, which only a full collection frees, and the runtime keeps freed regions
/// committed). Such a collection stops every scan thread; with buffers kept per thread, each
/// thread paid for its own growth steps, so more threads meant more of these pauses.
/// </summary>
internal static class LargeFileBuffers
{
    private static readonly List<byte[]> Idle = [];
    private static readonly Lock Gate = new();

    /// <summary>A buffer of at least <paramref name="length"/> bytes (uninitialised: only the bytes read are ever exposed).</summary>
    public static byte[] Rent(long length)
    {
        bool replaced = false;
        lock (Gate)
        {
            int fit = -1, largest = -1;
            for (int i = 0; i < Idle.Count; i++)
            {
                if (Idle[i].Length >= length && (fit < 0 || Idle[i].Length < Idle[fit].Length))
                {
                    fit = i;
                }

                if (largest < 0 || Idle[i].Length > Idle[largest].Length)
                {
                    largest = i;
                }
            }

            if (fit >= 0)
            {
                byte[] buffer = Idle[fit];
                Idle.RemoveAt(fit);
                return buffer;
            }

            if (largest >= 0)
            {
                Idle.RemoveAt(largest);
                replaced = true;
            }
        }

        if (replaced)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        // A power of two: fewer replacements as larger files come, and the pages past the file
        // are never touched, so they cost address space, not memory.
        long size = Math.Min((long)BitOperations.RoundUpToPowerOf2((ulong)length), FileLoader.MaxFileSize);
        return GC.AllocateUninitializedArray<byte>((int)size);
    }

    public static void Return(byte[] buffer)
    {
        lock (Gate)
        {
            Idle.Add(buffer);
        }
    }
}
