namespace Semitori.Hunting.Targets;

/// <summary>
/// Enumerates the files under the targets a user named. Never throws for a bad path: an
/// unreadable folder or a dangling link is reported through <c>onError</c> and the walk goes on.
/// Symlinked folders are followed at most once each (by resolved path), so link loops end.
/// Special files (devices, FIFOs) report a length of 0; <see cref="FileLoader"/> never opens
/// a zero-length file, so a FIFO cannot block a sweep.
/// </summary>
public static class FileWalker
{
    public static IEnumerable<string> Walk(IEnumerable<string> targets, FileWalkerOptions options, Action<string, string> onError)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (string target in targets)
        {
            if (File.Exists(target))
            {
                yield return target;
            }
            else if (Directory.Exists(target))
            {
                foreach (string f in WalkDirectory(target, options, visited, onError))
                {
                    yield return f;
                }
            }
            else
            {
                onError(target, "could not open file");
            }
        }
    }

    private static IEnumerable<string> WalkDirectory(string root, FileWalkerOptions options, HashSet<string> visited, Action<string, string> onError)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string dir = pending.Pop();
            string real = ResolveReal(dir);
            if (!visited.Add(real))
            {
                continue;
            }

            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(dir).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                onError(dir, ex.Message);
                continue;
            }

            var subdirs = new List<string>();
            foreach (FileSystemInfo entry in entries)
            {
                string path = Path.Combine(dir, entry.Name);
                if (options.ExcludeFragments.Any(x => path.Contains(x, StringComparison.Ordinal)))
                {
                    continue;
                }

                bool isLink = entry.LinkTarget is not null;
                if (isLink && !options.FollowSymlinks)
                {
                    continue;
                }

                if (entry is DirectoryInfo || (isLink && Directory.Exists(path)))
                {
                    if (options.Recursive)
                    {
                        subdirs.Add(path);
                    }

                    continue;
                }

                if (!IsRegularFile(path, out long length))
                {
                    continue;
                }

                if (options.MaxFileSize > 0 && length > options.MaxFileSize)
                {
                    continue;
                }

                yield return path;
            }

            for (int i = subdirs.Count - 1; i >= 0; i--)
            {
                pending.Push(subdirs[i]);
            }
        }
    }

    private static bool IsRegularFile(string path, out long length)
    {
        length = 0;
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                info = (FileInfo?)info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
            }

            if (!info.Exists)
            {
                return false;
            }

            length = info.Length;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string ResolveReal(string dir)
    {
        try
        {
            var info = new DirectoryInfo(dir);
            return (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName).TrimEnd('/');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Path.GetFullPath(dir);
        }
    }
}
