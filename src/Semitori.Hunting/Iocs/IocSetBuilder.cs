using Semitori.Diagnostics;
using Semitori.Hunting.Packs;

namespace Semitori.Hunting.Iocs;

/// <summary>
/// Collects IOC lists (the built-in pack's, folders, single files, text) into an <see cref="IocSet"/>.
/// Each file's kind comes from its name (<see cref="IocFileClassifier"/>). Problems are diagnostics
/// with <c>file:line:col</c>; nothing here throws on bad content.
/// </summary>
public sealed class IocSetBuilder
{
    private readonly List<HashIoc> _hashes = [];
    private readonly List<HashIoc> _trusted = [];
    private readonly List<FilenameIoc> _filenames = [];
    private readonly List<C2Ioc> _c2 = [];
    private readonly DiagnosticBag _diagnostics = new();

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.Items;

    /// <summary>Adds the lists compiled into the binary (packs/cicada/iocs), credited to Semitori.</summary>
    public IocSetBuilder AddBuiltIn()
    {
        foreach ((string path, string text) in BuiltInPack.IocSources())
        {
            AddText(path, text, new IocOrigin(path, BuiltInPack.Author, BuiltInPack.Actor));
        }

        return this;
    }

    /// <summary>Adds every <c>*.txt</c> list in <paramref name="directory"/> (not recursive, as Loki reads its iocs folder).</summary>
    /// <param name="author">Credit for lists that name no author and are not recognised as signature-base.</param>
    public IocSetBuilder AddDirectory(string directory, string? author = null)
    {
        string[] files;
        try
        {
            files = Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            _diagnostics.Error(IocDiagnosticCodes.UnreadableFile, $"cannot list IOC folder: {ex.Message}", new SourceText(directory, string.Empty), default);
            return this;
        }

        foreach (string file in files)
        {
            AddFile(file, author);
        }

        return this;
    }

    /// <summary>Adds one list file; its kind comes from its name.</summary>
    public IocSetBuilder AddFile(string path, string? author = null)
    {
        if (IocFileClassifier.Classify(path) == IocKind.None)
        {
            _diagnostics.Add(new Diagnostic(IocDiagnosticCodes.UnknownFileKind, DiagnosticSeverity.Info,
                "file name has no IOC kind word (hash, filename, c2); skipped", new SourceText(path, string.Empty), default));
            return this;
        }

        string text;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > IocLimits.MaxFileBytes)
            {
                _diagnostics.Error(IocDiagnosticCodes.FileTooLarge, $"IOC file is larger than {IocLimits.MaxFileBytes} bytes; skipped", new SourceText(path, string.Empty), default);
                return this;
            }

            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error(IocDiagnosticCodes.UnreadableFile, $"cannot read IOC file: {ex.Message}", new SourceText(path, string.Empty), default);
            return this;
        }

        return AddText(path, text, new IocOrigin(path, IocAttribution.AuthorOf(path, text, author)));
    }

    /// <summary>Adds a list given as text; <paramref name="path"/> names it in diagnostics and decides its kind.</summary>
    public IocSetBuilder AddText(string path, string text, IocOrigin origin)
    {
        var source = new SourceText(path, text);
        switch (IocFileClassifier.Classify(path))
        {
            case IocKind.Hash:
                _hashes.AddRange(HashIocParser.Parse(source, origin, _diagnostics));
                break;
            case IocKind.TrustedHash:
                _trusted.AddRange(HashIocParser.Parse(source, origin, _diagnostics));
                break;
            case IocKind.Filename:
                _filenames.AddRange(FilenameIocParser.Parse(source, origin, _diagnostics));
                break;
            case IocKind.C2:
                _c2.AddRange(C2IocParser.Parse(source, origin, _diagnostics));
                break;
            default:
                _diagnostics.Add(new Diagnostic(IocDiagnosticCodes.UnknownFileKind, DiagnosticSeverity.Info,
                    "file name has no IOC kind word (hash, filename, c2); skipped", source, default));
                break;
        }

        return this;
    }

    public IocSet Build() => new(_hashes.ToArray(), _trusted.ToArray(), _filenames.ToArray(), _c2.ToArray(), _diagnostics.Items.ToArray());
}
