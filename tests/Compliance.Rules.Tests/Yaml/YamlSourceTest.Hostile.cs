using Compliance.Rules.Diagnostics;
using Compliance.Rules.Tests.Hostile;
using Compliance.Rules.Yaml;

namespace Compliance.Rules.Tests.Yaml;

/// <summary>
/// Hostile YAML refused while it is read (issue 10): nesting beyond the limit, alias bombs, alias cycles and foreign
/// tags are positioned diagnostics, and repeated keys are all reported without stopping the read.
/// </summary>
public partial class YamlSourceTest
{
    [Theory]
    [InlineData(65)]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Parse_NestedBeyondTheLimit_ReportsCR0006AtTheFirstListTooDeep(int depth)
    {
        var diagnostics = new List<Diagnostic>();

        var root = HangGuard.Run("nesting", () => YamlSource.Parse(HostileYaml.DeepFlow("a", depth), "x.yaml", diagnostics));

        root.Should().BeNull();
        var error = diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be("CR0006");
        error.Location.Should().Be(new SourceLocation("x.yaml", 1, 3 + InputLimits.YamlMaxDepth), "the mapping is level 1, so the 64th '[' (column 67) is level 65");
        error.Message.Should().Contain("more than 64 levels deep");
    }

    [Fact]
    public void Parse_NestedToTheLimit_IsRead()
    {
        var diagnostics = new List<Diagnostic>();

        var root = YamlSource.Parse(HostileYaml.DeepFlow("a", InputLimits.YamlMaxDepth - 1), "x.yaml", diagnostics);

        diagnostics.Should().BeEmpty();
        root.Should().NotBeNull();
    }

    [Fact]
    public void Parse_BillionLaughs_ReportsCR0007AtTheAliasThatCrossesTheBound()
    {
        var diagnostics = new List<Diagnostic>();

        var root = HangGuard.Run("the alias bomb", () => YamlSource.Parse(HostileYaml.AliasBomb("a"), "x.yaml", diagnostics));

        root.Should().BeNull();
        var error = diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be("CR0007");
        error.Message.Should().Contain("billion laughs");
        error.Location.Line.Should().Be(6, "items 1–3 add 110 + 1,110 + 11,110 nodes; each alias of item 4 (line 6) adds 11,111 more, and its eighth crosses 100,000");
    }

    [Fact]
    public void Parse_AliasInsideTheNodeItNames_ReportsCR0007InsteadOfAnEndlessTree()
    {
        var diagnostics = new List<Diagnostic>();

        var root = YamlSource.Parse("a: &x [1, *x]\n", "x.yaml", diagnostics);

        root.Should().BeNull();
        var error = diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be("CR0007");
        error.Location.Should().Be(new SourceLocation("x.yaml", 1, 11));
    }

    [Fact]
    public void Parse_MoreAliasesThanTheLimit_ReportsCR0007()
    {
        var yaml = "a: &x 1\nb: [" + string.Join(", ", Enumerable.Repeat("*x", InputLimits.YamlMaxAliases + 1)) + "]\n";
        var diagnostics = new List<Diagnostic>();

        YamlSource.Parse(yaml, "x.yaml", diagnostics);

        var error = diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be("CR0007");
        error.Message.Should().Contain("more than 1,000 aliases");
    }

    [Fact]
    public void Parse_SharedAnchorsAsInTheCaseFiles_AreRead()
    {
        var diagnostics = new List<Diagnostic>();

        var root = YamlSource.Parse("site: &site { id: D, name: 局 }\ncases:\n  - *site\n  - *site\n", "x.yaml", diagnostics);

        diagnostics.Should().BeEmpty();
        root.Should().NotBeNull();
    }

    [Fact]
    public void Parse_TagsOutsideTheCoreSchema_ReportsCR0010AtEveryTag()
    {
        const string yaml = """
            a: !!python/object:os.system echo
            b: !include other.yaml
            c: !!binary aGVsbG8=
            d: !!str 5
            e: !!int 5
            f: !<tag:example.com,2024:x> y
            """;
        var diagnostics = new List<Diagnostic>();

        YamlSource.Parse(yaml, "x.yaml", diagnostics);

        diagnostics.Select(d => $"{d.Code} {d.Location.Line}:{d.Location.Column}").Should().Equal(
            "CR0010 1:4", "CR0010 2:4", "CR0010 3:4", "CR0010 6:4");
        diagnostics[0].Message.Should().StartWith("the tag '!!python/object:os.system' is not allowed");
        diagnostics[1].Message.Should().StartWith("the tag '!include' is not allowed");
    }

    [Fact]
    public void Parse_ThreeKeysGivenTwice_ReportsThreeCR0005AndKeepsTheFirstValues()
    {
        const string yaml = """
            a: 1
            a: 2
            b: { c: 1, c: [2, 3] }
            d:
              e: 1
              e:
                f: 2
              g: 3
            """;
        var diagnostics = new List<Diagnostic>();

        var root = YamlSource.Parse(yaml, "x.yaml", diagnostics);

        diagnostics.Select(d => $"{d.Code} {d.Location.Line}:{d.Location.Column} {d.Message}").Should().Equal(
            "CR0005 2:1 key 'a' is given twice",
            "CR0005 3:12 key 'c' is given twice",
            "CR0005 6:3 key 'e' is given twice");
        var mapping = root.Should().BeOfType<YamlDotNet.RepresentationModel.YamlMappingNode>().Subject;
        mapping["a"].ToString().Should().Be("1");
        mapping["d"].Should().BeOfType<YamlDotNet.RepresentationModel.YamlMappingNode>().Which.Children.Should().HaveCount(2, "e: 1 and g: 3 stay");
    }

    [Theory]
    [InlineData("k: [\ra, b]\n")]
    [InlineData("k: [a, \u0085b]\n")]
    [InlineData("k: {a: \u2028b}\n")]
    [InlineData("- [x, \ry]\n")]
    public void Parse_StrayLineBreakBeforeAPlainScalarInAFlowCollection_ReportsCR0001InsteadOfThrowing(string yaml)
    {
        // Found by the fuzzer (Hostile/Fuzz): YamlDotNet's scanner throws InvalidOperationException here, not a YamlException.
        var diagnostics = new List<Diagnostic>();

        var root = YamlSource.Parse(yaml, "x.yaml", diagnostics);

        root.Should().BeNull();
        var error = diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be("CR0001");
        error.Location.Line.Should().Be(2, "the scanner stops just after the stray line break");
        error.Message.Should().Contain("stray line-break character");
    }
}
