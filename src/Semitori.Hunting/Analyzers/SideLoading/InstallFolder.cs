namespace Semitori.Hunting.Analyzers.SideLoading;

/// <summary>
/// Whether a folder is one of a program's install folders. Patterns are trailing path segments
/// ("Program Files/VideoLAN/VLC"), compared case-insensitively with '*' standing for one segment
/// (a version folder), so the check works for any drive letter and for paths inside archives.
/// </summary>
public static class InstallFolder
{
    public static bool Matches(string folder, IEnumerable<string> patterns)
    {
        string[] segments = Split(folder);
        return patterns.Any(p => EndsWith(segments, Split(p)));
    }

    /// <summary>The folder of a display path; an archive path <c>a.zip!dir/file</c> gives <c>a.zip/dir</c>.</summary>
    public static string FolderOf(string path)
    {
        string normal = path.Replace('\\', '/').Replace('!', '/');
        int slash = normal.LastIndexOf('/');
        return slash < 0 ? string.Empty : normal[..slash];
    }

    private static string[] Split(string path) =>
        path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool EndsWith(string[] segments, string[] pattern)
    {
        if (pattern.Length == 0 || pattern.Length > segments.Length)
        {
            return false;
        }

        int offset = segments.Length - pattern.Length;
        for (int i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != "*" && !string.Equals(pattern[i], segments[offset + i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
