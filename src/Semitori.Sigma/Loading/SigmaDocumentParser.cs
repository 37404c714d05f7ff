using Semitori.Diagnostics;
using Semitori.Sigma.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Semitori.Sigma.Loading;

/// <summary>Reads the YAML of a rule file into documents, reporting shape problems with spans.</summary>
internal static class SigmaDocumentParser
{
    public static List<SigmaDocument> Parse(SourceText source, DiagnosticBag diagnostics)
    {
        var documents = new List<SigmaDocument>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(source.Text));
        }
        catch (YamlException e)
        {
            int start = (int)Math.Min(e.Start.Index, source.Text.Length);
            diagnostics.Error(SigmaDiagnosticCodes.YamlSyntax, $"invalid YAML: {e.InnerException?.Message ?? e.Message}", source, new TextSpan(start, 1),
                "check indentation and quoting; values containing ': ' or starting with '*' must be quoted");
            return documents;
        }

        foreach (YamlDocument document in stream.Documents)
        {
            if (document.RootNode is not YamlMappingNode root)
            {
                diagnostics.Error(SigmaDiagnosticCodes.MissingOrInvalidKey, "a Sigma document must be a mapping", source, YamlHelpers.SpanOf(document.RootNode));
                continue;
            }

            if (ParseDocument(root, source, diagnostics) is { } parsed)
            {
                documents.Add(parsed);
            }
        }

        return documents;
    }

    private static SigmaDocument? ParseDocument(YamlMappingNode root, SourceText source, DiagnosticBag diagnostics)
    {
        (SigmaDocumentKind kind, YamlMappingNode? body) = FindBody(root);
        if (body is null)
        {
            diagnostics.Error(SigmaDiagnosticCodes.MissingOrInvalidKey, "the rule has no 'detection' (or 'correlation', 'filter') mapping", source,
                YamlHelpers.HeadSpan(root, source), "a detection rule needs 'detection:' with search identifiers and a 'condition:'");
            return null;
        }

        string? title = YamlHelpers.GetString(root, "title");
        if (title is null)
        {
            diagnostics.Warning(SigmaDiagnosticCodes.MissingOrInvalidKey, "the rule has no 'title'", source, YamlHelpers.HeadSpan(root, source));
        }

        YamlMappingNode? logsource = YamlHelpers.Get(root, "logsource") as YamlMappingNode;
        var rule = new SigmaRule
        {
            Title = title ?? Path.GetFileNameWithoutExtension(source.Path),
            Id = YamlHelpers.GetString(root, "id"),
            Name = YamlHelpers.GetString(root, "name"),
            Status = YamlHelpers.GetString(root, "status"),
            Description = YamlHelpers.GetString(root, "description"),
            Author = YamlHelpers.GetString(root, "author"),
            Level = ParseLevel(YamlHelpers.GetString(root, "level")),
            Tags = YamlHelpers.GetStrings(root, "tags"),
            References = YamlHelpers.GetStrings(root, "references"),
            Fields = YamlHelpers.GetStrings(root, "fields"),
            LogSource = logsource is null
                ? new SigmaLogSource(null, null, null)
                : new SigmaLogSource(YamlHelpers.GetString(logsource, "product"), YamlHelpers.GetString(logsource, "category"), YamlHelpers.GetString(logsource, "service")),
            Source = source,
        };
        return new SigmaDocument { Rule = rule, Kind = kind, Root = root, Body = body };
    }

    private static (SigmaDocumentKind, YamlMappingNode?) FindBody(YamlMappingNode root)
    {
        if (YamlHelpers.Get(root, "detection") is YamlMappingNode detection)
        {
            return (SigmaDocumentKind.Detection, detection);
        }

        if (YamlHelpers.Get(root, "correlation") is YamlMappingNode correlation)
        {
            return (SigmaDocumentKind.Correlation, correlation);
        }

        return (SigmaDocumentKind.Filter, YamlHelpers.Get(root, "filter") as YamlMappingNode);
    }

    public static SigmaLevel ParseLevel(string? level) => SigmaLevelText.Parse(level);
}
