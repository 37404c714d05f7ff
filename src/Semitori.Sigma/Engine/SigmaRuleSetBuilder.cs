using Semitori.Diagnostics;
using Semitori.Sigma.Correlation;
using Semitori.Sigma.Loading;
using Semitori.Sigma.Mapping;
using Semitori.Sigma.Matching;
using YamlDotNet.RepresentationModel;

namespace Semitori.Sigma.Engine;

/// <summary>
/// Collects rule files and compiles them into a <see cref="SigmaRuleSet"/>. Every document ends
/// up either compiled or in <see cref="SigmaRuleSet.Rejected"/> with its diagnostics; nothing is
/// dropped silently.
/// </summary>
public sealed class SigmaRuleSetBuilder
{
    private readonly SigmaOptions _options;
    private readonly List<SourceText> _sources = [];

    public SigmaRuleSetBuilder(SigmaOptions? options = null) => _options = options ?? new SigmaOptions();

    public SigmaRuleSetBuilder AddText(string path, string yaml)
    {
        _sources.Add(new SourceText(path, yaml));
        return this;
    }

    public SigmaRuleSetBuilder AddFile(string path) => AddText(path, File.ReadAllText(path));

    /// <summary>Adds every <c>*.yml</c>/<c>*.yaml</c> below a folder, in a stable order.</summary>
    public SigmaRuleSetBuilder AddDirectory(string directory)
    {
        foreach (string path in Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
                     .Where(p => p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
                     .Order(StringComparer.Ordinal))
        {
            AddFile(path);
        }

        return this;
    }

    /// <summary>Adds the built-in Cicada pack embedded in this assembly.</summary>
    public SigmaRuleSetBuilder AddBuiltInPack()
    {
        System.Reflection.Assembly assembly = typeof(SigmaRuleSetBuilder).Assembly;
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Semitori.Sigma.Packs.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            AddText("builtin:cicada/" + name["Semitori.Sigma.Packs.".Length..], reader.ReadToEnd());
        }

        return this;
    }

    public SigmaRuleSet Build()
    {
        var all = new DiagnosticBag();
        var rejected = new List<SigmaRejectedRule>();
        var documents = new List<SigmaDocument>();
        foreach (SourceText source in _sources)
        {
            var bag = new DiagnosticBag();
            List<SigmaDocument> parsed = SigmaDocumentParser.Parse(source, bag);
            all.AddRange(bag.Items);
            if (bag.HasErrors)
            {
                rejected.Add(new SigmaRejectedRule(source.Path, parsed.FirstOrDefault()?.Rule.Title, bag.Items));
            }

            documents.AddRange(parsed);
        }

        List<SigmaDocument> filters = documents.Where(d => d.Kind == SigmaDocumentKind.Filter).ToList();
        var rules = new List<SigmaCompiledRule>();
        foreach (SigmaDocument document in documents.Where(d => d.Kind == SigmaDocumentKind.Detection))
        {
            var bag = new DiagnosticBag();
            SigmaCompiledRule? compiled = CompileDetection(document, filters, bag);
            all.AddRange(bag.Items);
            if (compiled is null)
            {
                rejected.Add(new SigmaRejectedRule(document.Rule.Source.Path, document.Rule.Title, bag.Items));
            }
            else
            {
                rules.Add(compiled);
            }
        }

        List<SigmaCorrelationRule> correlations = CompileCorrelations(documents, rules, all, rejected);
        return new SigmaRuleSet(rules, correlations, rejected, all.Items.ToList());
    }

    private SigmaCompiledRule? CompileDetection(SigmaDocument document, List<SigmaDocument> filters, DiagnosticBag bag)
    {
        IReadOnlyList<LogSourceVariant>? variants = _options.Mapping.Resolve(document.Rule.LogSource);
        bool mapped = variants is { Count: > 0 };
        if (!mapped)
        {
            bag.Warning(SigmaDiagnosticCodes.UnmappedLogSource, $"no mapping for logsource {document.Rule.LogSource}; the rule is tested against every event",
                document.Rule.Source, YamlHelpers.HeadSpan(YamlHelpers.Get(document.Root, "logsource") ?? document.Root, document.Rule.Source),
                "add an entry with --mapping FILE");
            variants = [LogSourceVariant.Unconstrained];
        }

        List<SigmaDocument> applicable = filters.Where(f => FilterApplies(f, document)).ToList();
        var compiled = new List<(LogSourceVariant, SearchNode)>();
        bool first = true;
        foreach (LogSourceVariant variant in variants!)
        {
            var context = new CompileContext
            {
                Source = document.Rule.Source,
                Diagnostics = first ? bag : null,
                FieldRenames = variant.FieldRenames,
                Placeholders = _options.Placeholders,
            };
            SearchNode? detection = DetectionCompiler.Compile(document.Body, context);
            foreach (SigmaDocument filter in applicable)
            {
                var filterContext = new CompileContext { Source = filter.Rule.Source, Diagnostics = first ? bag : null, FieldRenames = variant.FieldRenames, Placeholders = _options.Placeholders };
                if (DetectionCompiler.Compile(filter.Body, filterContext) is { } filterNode && detection is not null)
                {
                    detection = new AndSearch([detection, filterNode]);
                }
            }

            if (detection is null)
            {
                return null;
            }

            compiled.Add((variant, detection));
            first = false;
        }

        return new SigmaCompiledRule(document.Rule, compiled, mapped);
    }

    // A meta-filter names the rules it applies to by id or name (Sigma filters specification).
    private static bool FilterApplies(SigmaDocument filter, SigmaDocument rule)
    {
        IReadOnlyList<string> targets = YamlHelpers.GetStrings(filter.Body, "rules");
        return targets.Any(t => t == rule.Rule.Id || t == rule.Rule.Name);
    }

    /// <summary>
    /// An alias entry must name a rule the correlation references (else it can never apply), and a
    /// referenced rule an alias does not list reads a field named like the alias (warned, since the
    /// group value is then probably empty).
    /// </summary>
    private static void CheckAliases(SigmaCorrelationRule correlation, SigmaDocument document, List<SigmaCompiledRule> rules, DiagnosticBag bag)
    {
        if (correlation.Aliases.Count == 0)
        {
            return;
        }

        TextSpan at = YamlHelpers.HeadSpan(YamlHelpers.Get(document.Body, "aliases") ?? document.Body, document.Rule.Source);
        List<SigmaCompiledRule> referenced = rules.Where(r => correlation.RuleReferences.Any(x => x == r.Rule.Id || x == r.Rule.Name)).ToList();
        foreach ((string alias, IReadOnlyDictionary<string, string> byRule) in correlation.Aliases)
        {
            foreach (string ruleName in byRule.Keys.Where(k => !referenced.Any(r => r.Rule.Name == k || r.Rule.Id == k)))
            {
                bag.Error(SigmaDiagnosticCodes.InvalidCorrelation, $"alias '{alias}' names rule '{ruleName}', which the correlation does not reference", document.Rule.Source, at,
                    "alias entries are keyed by the 'name' of a rule listed under 'rules'");
            }

            foreach (SigmaCompiledRule rule in referenced.Where(r => !(r.Rule.Name is { } n && byRule.ContainsKey(n)) && !(r.Rule.Id is { } i && byRule.ContainsKey(i))))
            {
                bag.Warning(SigmaDiagnosticCodes.InvalidCorrelation, $"alias '{alias}' gives no field for rule '{rule.Rule.Name ?? rule.Rule.Id}'; its events are grouped by a field named '{alias}'", document.Rule.Source, at);
            }
        }
    }

    private static List<SigmaCorrelationRule> CompileCorrelations(List<SigmaDocument> documents, List<SigmaCompiledRule> rules, DiagnosticBag all, List<SigmaRejectedRule> rejected)
    {
        var correlations = new List<SigmaCorrelationRule>();
        foreach (SigmaDocument document in documents.Where(d => d.Kind == SigmaDocumentKind.Correlation))
        {
            var bag = new DiagnosticBag();
            SigmaCorrelationRule? correlation = CorrelationParser.Parse(document, bag);
            if (correlation is not null)
            {
                foreach (string reference in correlation.RuleReferences)
                {
                    List<SigmaCompiledRule> targets = rules.Where(r => r.Rule.Id == reference || r.Rule.Name == reference).ToList();
                    if (targets.Count == 0)
                    {
                        bag.Error(SigmaDiagnosticCodes.InvalidCorrelation, $"correlation references '{reference}', which is not a loaded rule", document.Rule.Source,
                            YamlHelpers.HeadSpan(YamlHelpers.Get(document.Body, "rules") ?? document.Body, document.Rule.Source),
                            "load the referenced rule too, or fix its id/name");
                    }

                    foreach (SigmaCompiledRule target in targets)
                    {
                        target.Generate = target.Generate && correlation.Generate;
                    }
                }

                CheckAliases(correlation, document, rules, bag);
            }

            all.AddRange(bag.Items);
            if (correlation is null || bag.HasErrors)
            {
                rejected.Add(new SigmaRejectedRule(document.Rule.Source.Path, document.Rule.Title, bag.Items));
            }
            else
            {
                correlations.Add(correlation);
            }
        }

        return correlations;
    }
}
