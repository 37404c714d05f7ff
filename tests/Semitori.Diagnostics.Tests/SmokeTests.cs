namespace Semitori.Diagnostics.Tests;

public class AssemblyLoadsTests
{
    [Fact]
    public void Project_builds_and_its_test_assembly_loads()
    {
        Assert.Equal("Semitori.Diagnostics.Tests", typeof(AssemblyLoadsTests).Assembly.GetName().Name);
    }
}
