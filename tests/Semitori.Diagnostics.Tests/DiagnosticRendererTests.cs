namespace Semitori.Diagnostics.Tests;

public sealed class DiagnosticRendererTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(5, 1, 6)]
    [InlineData(9, 2, 1)]
    [InlineData(14, 2, 6)]
    [InlineData(1000, 3, 6)]
    public void Offsets_map_to_one_based_lines_and_columns(int offset, int line, int column)
    {
        var source = new SourceText("r.yar", "rule a {\ncondition\n true");
        Assert.Equal(new LinePosition(line, column), source.GetPosition(offset));
    }

    [Fact]
    public void A_diagnostic_renders_header_source_line_caret_and_help()
    {
        var source = new SourceText("bad.yar", "rule x {\n  condition: y\n}\n");
        var d = new Diagnostic("YR301", DiagnosticSeverity.Error, "undefined identifier \"y\"", source, new TextSpan(22, 1), "declare it first");
        string expected = string.Join('\n',
            "bad.yar:2:14: error YR301: undefined identifier \"y\"",
            "  |",
            "2 |   condition: y",
            "  |              ^",
            "  = help: declare it first",
            string.Empty);
        Assert.Equal(expected, DiagnosticRenderer.Render(d));
    }

    [Fact]
    public void Carets_cover_the_span_but_stay_on_its_line()
    {
        var source = new SourceText("f", "abc defgh\nnext");
        string rendered = DiagnosticRenderer.Render(new Diagnostic("X1", DiagnosticSeverity.Warning, "m", source, new TextSpan(4, 100)));
        Assert.Contains("  | " + new string(' ', 4) + new string('^', 5) + "\n", rendered);
        Assert.StartsWith("f:1:5: warning X1: m", rendered);
    }

    [Fact]
    public void The_bag_counts_errors_apart_from_warnings()
    {
        var bag = new DiagnosticBag();
        bag.Warning("W1", "slow", null, default);
        Assert.False(bag.HasErrors);
        bag.Error("E1", "bad", null, default);
        bag.Error("E2", "worse", null, default);
        Assert.True(bag.HasErrors);
        Assert.Equal(2, bag.ErrorCount);
        Assert.Equal(3, bag.Count);
    }
}
