using Semitori.Diagnostics;
using Semitori.Hunting.Analysis;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// Loaded IOC lists with their load diagnostics, and the analyzers that apply them. The
/// matchers (hash sets, the file-name literal index, the compiled C2 rules) are built on first
/// use and shared by all analyzers and threads.
/// </summary>
public sealed class IocSet
{
    private readonly Lazy<HashIndex> _hashIndex;
    private readonly Lazy<HashIndex> _trustedIndex;
    private readonly Lazy<FilenameIocMatcher> _filenameMatcher;
    private readonly Lazy<C2ContentMatcher> _c2Matcher;

    internal IocSet(HashIoc[] hashes, HashIoc[] trusted, FilenameIoc[] filenames, C2Ioc[] c2, Diagnostic[] diagnostics)
    {
        Hashes = hashes;
        TrustedHashes = trusted;
        Filenames = filenames;
        C2 = c2;
        Diagnostics = diagnostics;
        _hashIndex = new Lazy<HashIndex>(() => new HashIndex(Hashes));
        _trustedIndex = new Lazy<HashIndex>(() => new HashIndex(TrustedHashes));
        _filenameMatcher = new Lazy<FilenameIocMatcher>(() => new FilenameIocMatcher(Filenames));
        _c2Matcher = new Lazy<C2ContentMatcher>(() => new C2ContentMatcher(C2));
    }

    public IReadOnlyList<HashIoc> Hashes { get; }

    /// <summary>Hashes of known-good files: a file matching one gets no IOC finding, and a sweep should drop its other findings too.</summary>
    public IReadOnlyList<HashIoc> TrustedHashes { get; }

    public IReadOnlyList<FilenameIoc> Filenames { get; }

    public IReadOnlyList<C2Ioc> C2 { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool IsEmpty => Hashes.Count == 0 && Filenames.Count == 0 && C2.Count == 0;

    internal HashIndex HashIndex => _hashIndex.Value;

    internal FilenameIocMatcher FilenameMatcher => _filenameMatcher.Value;

    internal C2ContentMatcher C2Matcher => _c2Matcher.Value;

    /// <summary>The lists of the built-in Cicada pack.</summary>
    public static IocSet LoadBuiltIn() => new IocSetBuilder().AddBuiltIn().Build();

    /// <summary>The lists of a Loki/signature-base style <c>iocs</c> folder.</summary>
    public static IocSet LoadDirectory(string path, string? author = null) => new IocSetBuilder().AddDirectory(path, author).Build();

    /// <summary>True when the file's hash is on a trusted (false-positive) list.</summary>
    public bool IsTrusted(FileSubject file) => TrustedHashes.Count > 0 && _trustedIndex.Value.Match(file).Count > 0;

    /// <summary>
    /// One analyzer per kind that has entries: <c>ioc:hash</c>, <c>ioc:filename</c>, <c>ioc:c2</c>.
    /// Each returns nothing for a trusted file.
    /// </summary>
    public IReadOnlyList<IFileAnalyzer> CreateAnalyzers()
    {
        var analyzers = new List<IFileAnalyzer>();
        if (Hashes.Count > 0)
        {
            analyzers.Add(new HashIocAnalyzer(this));
        }

        if (Filenames.Count > 0)
        {
            analyzers.Add(new FilenameIocAnalyzer(this));
        }

        if (C2.Count > 0)
        {
            analyzers.Add(new C2IocAnalyzer(this));
        }

        return analyzers;
    }
}
