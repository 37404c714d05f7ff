using Semitori.Diagnostics;
using Semitori.Yara.Compilation;
using Semitori.Yara.Modules;
using Semitori.Yara.Semantics;
using Semitori.Yara.Syntax;

namespace Semitori.Yara;

/// <summary>
/// Builder of <see cref="CompiledRules"/>: define externals, add sources (text or files, each in
/// a namespace), read <see cref="Diagnostics"/>, then <see cref="Build"/>. Rules with errors
/// are left out of the product; the host decides whether any error is fatal (the yara command
/// refuses to scan, as yara does; a sweep may go on with the rules that compiled).
/// </summary>
public sealed class YaraCompiler
{
    private readonly CompilerOptions _options;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly Dictionary<string, (YaraType Type, int Slot)> _externals = new(StringComparer.Ordinal);
    private readonly List<Value> _externalValues = [];
    private readonly Dictionary<string, IYaraModule> _modules;
    private readonly Dictionary<string, int> _moduleSlots = new(StringComparer.Ordinal);
    private readonly List<CompiledRule> _rules = [];
    private readonly List<CompiledString> _strings = [];
    private readonly Dictionary<(string Ns, string Name), int> _ruleIndex = [];
    private readonly List<(string Ns, string Prefix)> _usedRuleWildcards = [];
    private int _maxLocals;
    private readonly GarbagePacer _pacer = new();

    public YaraCompiler(CompilerOptions? options = null)
    {
        _options = options ?? new CompilerOptions();
        _modules = _options.Modules.ToDictionary(m => m.Name, StringComparer.Ordinal);
        foreach (IYaraModule m in _options.Modules)
        {
            _moduleSlots[m.Name] = _moduleSlots.Count;
        }
    }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.Items;

    public bool HasErrors => _diagnostics.HasErrors;

    public int RuleCount => _rules.Count;

    /// <summary>
    /// Defines an external variable (yara -d). Value types: long/int (integer), double, bool, string.
    /// Must be called before the sources that use it.
    /// </summary>
    public void DefineExternal(string name, object value)
    {
        (YaraType type, Value v) = value switch
        {
            bool b => (YaraType.Bool, Value.Bool(b)),
            int i => (YaraType.Int, Value.Int(i)),
            long l => (YaraType.Int, Value.Int(l)),
            double d => (YaraType.Float, Value.Float(d)),
            float f => (YaraType.Float, Value.Float(f)),
            string s => (YaraType.String, Value.String(System.Text.Encoding.UTF8.GetBytes(s))),
            _ => throw new ArgumentException($"unsupported external type {value.GetType().Name}", nameof(value)),
        };
        if (_externals.TryGetValue(name, out var existing))
        {
            _externals[name] = (type, existing.Slot);
            _externalValues[existing.Slot] = v;
            return;
        }

        _externals[name] = (type, _externalValues.Count);
        _externalValues.Add(v);
    }

    /// <summary>Adds rule text; <paramref name="path"/> names it in diagnostics and anchors relative includes.</summary>
    public void AddSource(string text, string path = "<string>", string ns = "default") =>
        Bind(ParseSource(text, path, _diagnostics), ns, null);

    /// <summary>Adds a rule file; an unreadable file is a diagnostic, not an exception.</summary>
    public void AddFile(string path, string ns = "default")
    {
        if (ReadAndParse(path, _diagnostics) is { } file)
        {
            Bind(file, ns, null);
        }
    }

    /// <summary>
    /// Adds rule files in order, as <see cref="AddFile"/> one after the other would (same rules,
    /// same diagnostics in the same order), parsing them and compiling their strings on up to
    /// <paramref name="threads"/> threads. Files go in batches so that only two batches' syntax
    /// trees are held at once: the one being bound and the one being prepared.
    /// </summary>
    public void AddFiles(IReadOnlyList<(string Path, string Namespace)> files, int threads = 1)
    {
        if (threads <= 1)
        {
            foreach ((string path, string ns) in files)
            {
                AddFile(path, ns);
            }

            return;
        }

        // A pipeline: while this thread binds a batch (binding is sequential: rule order, indexes,
        // diagnostics), the next batch is parsed and its strings compiled on the other threads.
        Task<PreparedBatch> next = Task.Run(() => Prepare(files, 0, threads));
        for (int start = 0; start < files.Count; start += FilesPerBatch)
        {
            PreparedBatch batch = next.GetAwaiter().GetResult();
            int following = start + FilesPerBatch;
            if (following < files.Count)
            {
                next = Task.Run(() => Prepare(files, following, threads));
            }

            for (int i = 0; i < batch.Files.Length; i++)
            {
                _diagnostics.AddRange(batch.Files[i].Diagnostics.Items);
                if (batch.Files[i].File is { } file)
                {
                    Bind(file, files[start + i].Namespace, batch.Strings);
                }
            }
        }
    }

    /// <summary>One batch of rule files, parsed, with their strings compiled.</summary>
    private sealed record PreparedBatch((RuleFileSyntax? File, DiagnosticBag Diagnostics)[] Files, PrecompiledStrings Strings);

    private PreparedBatch Prepare(IReadOnlyList<(string Path, string Namespace)> files, int start, int threads)
    {
        int count = Math.Min(FilesPerBatch, files.Count - start);
        var parsed = new (RuleFileSyntax? File, DiagnosticBag Diagnostics)[count];
        ParallelLoop.For(count, threads, i =>
        {
            var diagnostics = new DiagnosticBag();
            parsed[i] = (ReadAndParse(files[start + i].Path, diagnostics), diagnostics);
        });

        var strings = new List<(StringSyntax, SourceText)>();
        foreach ((RuleFileSyntax? file, _) in parsed)
        {
            foreach (RuleSyntax rule in file?.Rules ?? [])
            {
                strings.AddRange(rule.Strings.Select(s => (s, rule.Source)));
            }
        }

        return new PreparedBatch(parsed, PrecompiledStrings.Compile(strings, threads));
    }

    /// <summary>Rule files parsed and string-compiled together by <see cref="AddFiles"/>.</summary>
    private const int FilesPerBatch = 32;

    private RuleFileSyntax? ReadAndParse(string path, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.IncludeNotFound, $"cannot read rule file: {ex.Message}", new SourceText(path, string.Empty), default);
            return null;
        }

        return ParseSource(text, path, diagnostics);
    }

    private RuleFileSyntax ParseSource(string text, string path, DiagnosticBag diagnostics)
    {
        var source = new SourceText(path, text);
        var includeStack = new List<string> { Path.GetFullPath(path.StartsWith('<') ? Directory.GetCurrentDirectory() + "/" + "__inline__" : path) };
        return Parse(source, includeStack, diagnostics);
    }

    private void Bind(RuleFileSyntax file, string ns, PrecompiledStrings? precompiled)
    {
        var binder = new Binder(_diagnostics, _externals, _modules, _moduleSlots, _rules, _strings, _ruleIndex, _usedRuleWildcards);
        binder.BindFile(file, ns, _pacer, precompiled);
        _maxLocals = Math.Max(_maxLocals, binder.MaxLocals);
    }

    private RuleFileSyntax Parse(SourceText source, List<string> includeStack, DiagnosticBag diagnostics)
    {
        Func<string, TextSpan, SourceText, IReadOnlyList<RuleSyntax>>? resolver = null;
        if (_options.AllowIncludes)
        {
            resolver = (relative, span, from) => ResolveInclude(relative, span, from, includeStack, diagnostics);
        }

        return new Parser(source, diagnostics, resolver).ParseFile();
    }

    private IReadOnlyList<RuleSyntax> ResolveInclude(string relative, TextSpan span, SourceText from, List<string> includeStack, DiagnosticBag diagnostics)
    {
        string baseDir = Path.GetDirectoryName(includeStack[^1]) ?? ".";
        string full = Path.GetFullPath(Path.IsPathRooted(relative) ? relative : Path.Combine(baseDir, relative));
        if (includeStack.Count > _options.MaxIncludeDepth)
        {
            diagnostics.Error(DiagnosticCodes.IncludeTooDeep, $"includes nested more than {_options.MaxIncludeDepth} levels", from, span);
            return [];
        }

        if (includeStack.Contains(full))
        {
            diagnostics.Error(DiagnosticCodes.IncludeCycle, $"circular include of \"{relative}\"", from, span);
            return [];
        }

        string text;
        try
        {
            text = File.ReadAllText(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.IncludeNotFound, $"can't open include file: {relative}", from, span, ex.Message);
            return [];
        }

        includeStack.Add(full);
        try
        {
            return Parse(new SourceText(full, text), includeStack, diagnostics).Rules;
        }
        finally
        {
            includeStack.RemoveAt(includeStack.Count - 1);
        }
    }

    /// <summary>
    /// Freezes what compiled so far into an immutable, thread-safe rule set. Atoms are planned
    /// and indexed on up to <paramref name="threads"/> threads (the result does not depend on it).
    /// </summary>
    public CompiledRules Build(int threads = 1) =>
        new([.. _rules], [.. _strings], [.. _externalValues], _externals.ToDictionary(e => e.Key, e => e.Value.Slot), [.. _modules.Values.OrderBy(m => _moduleSlots[m.Name])], _maxLocals, threads);
}
