namespace Semitori.Sigma.Tests;

public class AssemblyLoadsTests
{
    [Fact]
    public void Project_builds_and_its_test_assembly_loads()
    {
        Assert.Equal("Semitori.Sigma.Tests", typeof(AssemblyLoadsTests).Assembly.GetName().Name);
    }
}
