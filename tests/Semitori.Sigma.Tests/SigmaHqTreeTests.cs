using Semitori.Sigma.Engine;
using Xunit.Abstractions;

namespace Semitori.Sigma.Tests;

/// <summary>
/// The whole SigmaHQ <c>rules/windows</c> tree loads: every rule is either compiled or rejected
/// with a diagnostic, and the two counts add up to the number of rule files.
/// </summary>
public class SigmaHqTreeTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Every_windows_rule_is_evaluated_or_rejected_with_a_reason()
    {
        string tree = Path.Combine(SharedData.Sigma, "rules", "windows");
        int files = Directory.EnumerateFiles(tree, "*.yml", SearchOption.AllDirectories).Count();
        SigmaRuleSet set = new SigmaRuleSetBuilder().AddDirectory(tree).Build();

        output.WriteLine($"files {files}: evaluated {set.Rules.Count}, rejected {set.Rejected.Count}, " +
                         $"unmapped logsource {set.Rules.Count(r => !r.LogSourceMapped)}");
        foreach (SigmaRejectedRule rejected in set.Rejected)
        {
            output.WriteLine($"REJECTED {rejected.Reason}");
        }

        Assert.Equal(files, set.Rules.Count + set.Rejected.Count);
        Assert.All(set.Rejected, r => Assert.NotEmpty(r.Reasons));
        Assert.Empty(set.Rejected);
    }
}
