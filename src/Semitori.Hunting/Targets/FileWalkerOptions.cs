namespace Semitori.Hunting.Targets;

/// <summary>How <see cref="FileWalker"/> walks folders.</summary>
public sealed class FileWalkerOptions
{
    /// <summary>Descend into sub-folders (yara -r).</summary>
    public bool Recursive { get; init; }

    /// <summary>Follow symbolic links (yara follows them unless -N); loops are detected either way.</summary>
    public bool FollowSymlinks { get; init; } = true;

    /// <summary>Skip files larger than this many bytes when walking a folder (yara -z); 0 = no limit.</summary>
    public long MaxFileSize { get; init; }

    /// <summary>Glob-free excludes: any path containing one of these fragments is skipped.</summary>
    public IReadOnlyList<string> ExcludeFragments { get; init; } = [];
}
