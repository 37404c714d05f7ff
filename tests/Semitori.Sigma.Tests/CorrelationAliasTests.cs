using Semitori.Diagnostics;
using Semitori.Sigma.Correlation;
using Semitori.Sigma.Engine;
using Semitori.Sigma.Events;

namespace Semitori.Sigma.Tests;

/// <summary>
/// Correlation <c>aliases</c> (Sigma correlation specification, "Field Name Aliases"): one
/// group-by name reads a different field in the events of each referenced rule. The scenario is
/// the specification's own: the address is the destination in one rule's events and the source
/// in the other's.
/// </summary>
public class CorrelationAliasTests
{
    private static readonly DateTime T0 = new(2026, 11, 26, 8, 0, 0, DateTimeKind.Utc);

    private const string BaseRules = """
        title: Internal Error
        id: 00000000-0000-0000-0000-00000000a001
        name: internal_error
        logsource:
            product: test
        detection:
            selection:
                status: 500
            condition: selection
        level: low
        ---
        title: New Connection
        id: 00000000-0000-0000-0000-00000000a002
        name: new_network_connection
        logsource:
            product: test
        detection:
            selection:
                kind: connection
            condition: selection
        level: low
        """;

    private static string Correlation(string groupBy, string aliases) => $"""
        ---
        title: Error Then Connection From The Same Address
        id: 00000000-0000-0000-0000-00000000a003
        correlation:
            type: temporal
            rules:
                - internal_error
                - new_network_connection
            group-by:
        {groupBy}
            timespan: 10s
        {aliases}
        level: high
        """;

    private const string InternalIpAliases = """
            aliases:
                internal_ip:
                    internal_error: destination.ip
                    new_network_connection: source.ip
        """;

    private static SigmaRuleSet Build(string groupBy, string aliases)
        => new SigmaRuleSetBuilder().AddText("alias.yml", BaseRules + "\n" + Correlation(groupBy, aliases)).Build();

    private static DictionaryEvent Error(string destination, int second = 0, string host = "web1")
        => new(new Dictionary<string, object?> { ["status"] = 500L, ["destination.ip"] = destination, ["source.ip"] = "192.0.2.1", ["host"] = host }, T0.AddSeconds(second));

    private static DictionaryEvent Connection(string source, int second = 1, string host = "web1")
        => new(new Dictionary<string, object?> { ["kind"] = "connection", ["source.ip"] = source, ["destination.ip"] = "192.0.2.9", ["host"] = host }, T0.AddSeconds(second));

    private static List<SigmaDetection> Run(SigmaRuleSet set, params DictionaryEvent[] events)
    {
        var matcher = new SigmaMatcher(set);
        var correlator = new SigmaCorrelator(set);
        foreach (DictionaryEvent evt in events)
        {
            matcher.Match(evt).ForEach(r => correlator.Observe(r, evt));
        }

        return correlator.Complete();
    }

    [Fact]
    public void An_alias_groups_events_whose_value_sits_in_different_fields()
    {
        SigmaRuleSet set = Build("        - internal_ip", InternalIpAliases);
        Assert.Empty(set.Rejected);
        Assert.DoesNotContain(set.Diagnostics, d => d.Code == SigmaDiagnosticCodes.InvalidCorrelation);

        SigmaDetection detection = Assert.Single(Run(set, Error("10.0.0.5"), Connection("10.0.0.5")));
        Assert.Equal("10.0.0.5", detection.GroupKey);
        Assert.Equal(2, detection.Events.Count);

        // Different addresses in the aliased fields: no common group.
        Assert.Empty(Run(set, Error("10.0.0.5"), Connection("10.0.0.6")));
    }

    [Fact]
    public void Without_the_alias_the_same_events_do_not_correlate()
    {
        // Grouping by one literal field reads the wrong side of one of the two events.
        SigmaRuleSet set = Build("        - destination.ip", string.Empty);
        Assert.Empty(set.Rejected);
        Assert.Empty(Run(set, Error("10.0.0.5"), Connection("10.0.0.5")));
    }

    [Fact]
    public void Aliases_combine_with_plain_group_by_fields()
    {
        SigmaRuleSet set = Build("        - internal_ip\n        - host", InternalIpAliases);
        Assert.Empty(set.Rejected);
        SigmaDetection detection = Assert.Single(Run(set, Error("10.0.0.5", host: "web1"), Connection("10.0.0.5", host: "web1")));
        Assert.Equal("10.0.0.5\u001Fweb1", detection.GroupKey);
        Assert.Empty(Run(set, Error("10.0.0.5", host: "web1"), Connection("10.0.0.5", host: "web2")));
    }

    [Fact]
    public void The_parsed_aliases_are_kept_on_the_rule()
    {
        SigmaCorrelationRule correlation = Assert.Single(Build("        - internal_ip", InternalIpAliases).Correlations);
        IReadOnlyDictionary<string, string> byRule = correlation.Aliases["internal_ip"];
        Assert.Equal("destination.ip", byRule["internal_error"]);
        Assert.Equal("source.ip", byRule["new_network_connection"]);
    }

    [Fact]
    public void An_alias_naming_a_rule_the_correlation_does_not_reference_is_rejected()
    {
        const string aliases = """
                aliases:
                    internal_ip:
                        internal_eror: destination.ip
                        new_network_connection: source.ip
            """;
        SigmaRuleSet set = Build("        - internal_ip", aliases);
        Assert.Empty(set.Correlations);
        Diagnostic error = Assert.Single(Assert.Single(set.Rejected).Reasons, d => d.IsError);
        Assert.Equal(SigmaDiagnosticCodes.InvalidCorrelation, error.Code);
        Assert.Contains("internal_eror", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_aliases_are_rejected_and_unused_or_partial_ones_warned()
    {
        SigmaRuleSet scalar = Build("        - internal_ip", "    aliases: internal_ip");
        Assert.Empty(scalar.Correlations);
        Assert.Contains(Assert.Single(scalar.Rejected).Reasons, d => d.IsError && d.Code == SigmaDiagnosticCodes.InvalidCorrelation);

        SigmaRuleSet unused = Build("        - host", InternalIpAliases);
        Assert.Single(unused.Correlations);
        Assert.Contains(unused.Diagnostics, d => !d.IsError && d.Message.Contains("not used in group-by", StringComparison.Ordinal));

        const string partial = """
                aliases:
                    internal_ip:
                        internal_error: destination.ip
            """;
        SigmaRuleSet half = Build("        - internal_ip", partial);
        Assert.Single(half.Correlations);
        Assert.Contains(half.Diagnostics, d => !d.IsError && d.Message.Contains("no field for rule 'new_network_connection'", StringComparison.Ordinal));
    }
}
