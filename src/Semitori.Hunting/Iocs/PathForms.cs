namespace Semitori.Hunting.Iocs;

/// <summary>
/// The spellings of one display path that file-name regexes are tried on. signature-base writes
/// Windows paths (<c>\\Temp\\x\.exe</c>) and a few Unix ones (<c>/dev/shm/…</c>); rather than rewrite
/// the regexes as Loki does on Linux, the path is offered as written, with '\' separators and
/// with '/' separators. The archive separator '!' (<c>a.zip!dir/x.exe</c>) counts as a folder
/// separator in both rewritten forms, as <see cref="Analysis.FileSubject.Name"/> treats it.
/// </summary>
internal readonly struct PathForms
{
    public PathForms(string path)
    {
        if (path.Length > IocLimits.MaxPathLength)
        {
            path = path[..IocLimits.MaxPathLength];
        }

        Original = path;
        Windows = path.Replace('/', '\\').Replace('!', '\\');
        Unix = path.Replace('\\', '/').Replace('!', '/');
        Folded = RegexLiteral.Fold(path);
        HasDrive = path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':';
    }

    public string Original { get; }

    public string Windows { get; }

    public string Unix { get; }

    /// <summary>Prefilter key: lower case, every separator folded to '\'.</summary>
    public string Folded { get; }

    /// <summary>True for <c>C:\…</c>-style paths; the others also try the patterns without their drive prefix.</summary>
    public bool HasDrive { get; }

    public bool AnyMatch(BoundedRegex regex, BoundedRegex? driveless)
    {
        if (Matches(regex))
        {
            return true;
        }

        return !HasDrive && driveless is not null && Matches(driveless);
    }

    private bool Matches(BoundedRegex regex) =>
        regex.IsMatch(Original)
        || (Windows != Original && regex.IsMatch(Windows))
        || (Unix != Original && regex.IsMatch(Unix));
}
