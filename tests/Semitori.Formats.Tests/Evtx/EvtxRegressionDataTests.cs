using System.Text;
using System.Text.Json;
using Semitori.Formats.Evtx;
using Xunit.Abstractions;

namespace Semitori.Formats.Tests.Evtx;

/// <summary>
/// Every EVTX under SigmaHQ's regression_data: the record count equals libevtx's, and every
/// record rendered in the shipped JSON (the evtx crate's shape) equals our JSON for the record
/// with the same EventRecordID, value for value.
/// </summary>
public class EvtxRegressionDataTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Record_counts_equal_evtxexport_for_every_regression_file()
    {
        var mismatches = new List<string>();
        foreach ((string relative, int expected) in RegressionCounts.ByPath)
        {
            using EvtxReader reader = EvtxReader.FromFile(Path.Combine(SharedData.RegressionData, relative));
            int count = reader.ReadRecords().Count();
            if (count != expected)
            {
                mismatches.Add($"{relative}: {count} != {expected}");
            }
        }

        output.WriteLine($"{RegressionCounts.ByPath.Count - mismatches.Count}/{RegressionCounts.ByPath.Count} files agree");
        Assert.Empty(mismatches);
        Assert.Equal(RegressionCounts.ByPath.Count, Directory.EnumerateFiles(SharedData.RegressionData, "*.evtx", SearchOption.AllDirectories).Count());
    }

    [SharedDataFact]
    public void Json_rendering_equals_the_shipped_rendering_for_every_record()
    {
        int compared = 0;
        var failures = new List<string>();
        foreach (string jsonPath in Directory.EnumerateFiles(SharedData.RegressionData, "*.json", SearchOption.AllDirectories))
        {
            string evtxPath = Path.ChangeExtension(jsonPath, ".evtx");
            if (!File.Exists(evtxPath))
            {
                continue;
            }

            // Exported logs renumber the record header; the rendered EventRecordID is the key.
            var ours = new Dictionary<string, string>();
            using (EvtxReader reader = EvtxReader.FromFile(evtxPath))
            {
                foreach (EvtxRecord record in reader.ReadRecords())
                {
                    ours.TryAdd(record.Fields()["EventRecordID"].ToText(), record.ToJson());
                }
            }

            foreach (JsonElement expected in ReadConcatenated(File.ReadAllBytes(jsonPath)))
            {
                compared++;
                string id = expected.GetProperty("Event").GetProperty("System").GetProperty("EventRecordID").GetRawText();
                if (!ours.TryGetValue(id, out string? json))
                {
                    failures.Add($"{jsonPath}: record {id} missing");
                    continue;
                }

                using JsonDocument actual = JsonDocument.Parse(json);
                string? difference = JsonDiff.Find(expected, actual.RootElement, "$");
                if (difference is not null
                    && !KnownDifferences.Any(k => k.JsonFile == Path.GetFileName(jsonPath) && difference.StartsWith(k.Path, StringComparison.Ordinal)))
                {
                    failures.Add($"{Path.GetFileName(jsonPath)} record {id}: {difference}");
                }
            }
        }

        output.WriteLine($"{compared - failures.Count}/{compared} records equal");
        foreach (string failure in failures.Take(20))
        {
            output.WriteLine(failure);
        }

        Assert.True(compared >= 200, $"only {compared} records compared");
        Assert.Empty(failures);
    }

    /// <summary>
    /// Differences in the shipped data itself, each checked by hand against the EVTX bytes:
    /// the EVTX of rules 2ddef153… and 5b80a791… stores "Program\u2002Files" (an EN SPACE) where
    /// the JSON beside it has a plain space; the EVTX of ad691d92… stores "Explorer.EXE" where
    /// its JSON (rendered by another tool version, with nanosecond timestamps) has "Explorer.exe".
    /// </summary>
    private static readonly (string JsonFile, string Path)[] KnownDifferences =
    [
        ("2ddef153-167b-4e89-86b6-757a9e65dcac.json", "$.Event.EventData.CurrentDirectory:"),
        ("5b80a791-ad9b-4b75-bcc1-ad4e1e89c200.json", "$.Event.EventData.CurrentDirectory:"),
        ("ad691d92-15f2-4181-9aa4-723c74f9ddc3.json", "$.Event.EventData.ParentCommandLine:"),
    ];

    private static List<JsonElement> ReadConcatenated(byte[] bytes)
    {
        var result = new List<JsonElement>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            using var document = JsonDocument.ParseValue(ref reader);
            result.Add(document.RootElement.Clone());
        }

        return result;
    }
}
