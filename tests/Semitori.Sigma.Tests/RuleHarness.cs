using Semitori.Sigma.Engine;
using Semitori.Sigma.Events;

namespace Semitori.Sigma.Tests;

/// <summary>Builds one-rule sets from a detection body and runs them on synthetic events.</summary>
internal static class RuleHarness
{
    public static SigmaRuleSet Build(string detection, string logsource = "    product: test")
    {
        string yaml = $"title: Test\nid: 00000000-0000-0000-0000-000000000001\nlogsource:\n{logsource}\ndetection:\n{detection}\nlevel: high\n";
        return new SigmaRuleSetBuilder().AddText("test.yml", yaml).Build();
    }

    public static bool Matches(string detection, params (string Field, object? Value)[] fields)
    {
        SigmaRuleSet set = Build(detection);
        Assert.True(set.Rules.Count == 1, string.Join("\n", set.Diagnostics));
        return new SigmaMatcher(set).Match(Event(fields)).Count == 1;
    }

    public static DictionaryEvent Event(params (string Field, object? Value)[] fields)
        => new(fields.ToDictionary(f => f.Field, f => f.Value));
}
