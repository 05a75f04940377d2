using Compliance.Rules.Diagnostics;
using Compliance.Rules.Yaml;

namespace Compliance.Rules.Tests.Yaml;

public partial class YamlSourceTest
{
    [Theory]
    [InlineData("a:\n\tb: 1\n", 2, 1)]
    [InlineData("a: 1\nb:\n  c: 2\n  \td: 3\n", 4, 3)]
    public void Parse_TabIndentation_PointsAtTheTab(string text, int line, int column)
    {
        var diagnostics = new List<Diagnostic>();

        var root = YamlSource.Parse(text, "x.yaml", diagnostics);

        root.Should().BeNull();
        var error = diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be("CR0001");
        error.Location.Should().Be(new SourceLocation("x.yaml", line, column));
        error.Message.Should().Contain("indent with spaces");
    }

    [Fact]
    public void Parse_UnclosedQuote_KeepsTheParsersPosition()
    {
        var diagnostics = new List<Diagnostic>();

        YamlSource.Parse("a: 1\nb: \"open\n", "x.yaml", diagnostics);

        var error = diagnostics.Should().ContainSingle().Which;
        error.Location.Should().Be(new SourceLocation("x.yaml", 2, 4), "the quote opens at line 2, column 4");
        error.Message.Should().NotContain("tabs");
    }
}
