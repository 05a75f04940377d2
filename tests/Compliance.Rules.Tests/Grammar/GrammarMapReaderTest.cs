using Compliance.Rules.Diagnostics;
using Compliance.Rules.Grammar;
using Compliance.Rules.Labels;
using Compliance.Rules.Yaml;
using V = Compliance.Rules.Grammar.GrammarValue;

namespace Compliance.Rules.Tests.Grammar;

/// <summary>A reader takes whether a key must be written from the grammar: the same read reports a missing key or not as the grammar says.</summary>
public sealed class GrammarMapReaderTest
{
    private static readonly Bilingual Text = new("键。", "A key.");

    private static readonly MappingGrammar Thing = new(
        "thing",
        "a thing",
        Text,
        [
            new("id", new V.Text(), Text, KeyPresence.Required),
            new("title", new V.Text(), Text, KeyPresence.RequiredUnlessOverlay),
            new("confidence", new V.Text(), Text, KeyPresence.RequiredInOverlay),
            new("per_unit", new V.Number(), Text),
            new("unit", new V.Number(), Text, KeyPresence.RequiredWith, ["per_unit"]),
            new("any", new V.Text(), Text),
            new("judged_by", new V.Text(), Text),
            new("when", new V.Text(), Text, KeyPresence.RequiredWithout, ["any", "judged_by"]),
            new("note", new V.Text(), Text),
        ]);

    [Theory]
    [InlineData("{ note: x }", false, "id, title, when")]
    [InlineData("{ note: x }", true, "id, confidence, when")]
    [InlineData("{ id: a, title: b, per_unit: 1 }", false, "unit, when")]
    [InlineData("{ id: a, title: b, any: c }", false, "")]
    [InlineData("{ id: a, title: b, judged_by: c }", false, "")]
    [InlineData("{ id: a, title: b, unit: 1, when: w }", false, "")]
    public void String_KeysTheGrammarRequires_AreEachReportedMissingAtTheMapping(string yaml, bool inOverlay, string missing)
    {
        var diagnostics = new List<Diagnostic>();
        var map = YamlMap.From(YamlSource.Parse(yaml, "thing.yaml", diagnostics), "thing.yaml", "a thing", null, diagnostics)!;
        var keys = map.ReadBy(Thing, inOverlay);

        foreach (var key in Thing.KeyNames)
        {
            _ = keys.String(key);
        }

        diagnostics.Where(d => d.Code != DiagnosticCodes.MissingKey.Code || d.Location != new SourceLocation("thing.yaml", 1, 1)).Should().BeEmpty();
        diagnostics.Select(d => d.Message).Should().Equal(missing.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(k => $"a thing needs the key '{k}'"));
    }

    [Fact]
    public void String_WhatGiven_NamesTheMappingInTheMessage()
    {
        var diagnostics = new List<Diagnostic>();
        var map = YamlMap.From(YamlSource.Parse("{ title: b }", "thing.yaml", diagnostics), "thing.yaml", "a thing", null, diagnostics)!;

        _ = map.ReadBy(Thing).String("id", "a thing (its number)");

        diagnostics.Should().ContainSingle().Which.Message.Should().Be("a thing (its number) needs the key 'id'");
    }

    [Fact]
    public void Requires_KeyTheGrammarLacks_Throws()
    {
        var diagnostics = new List<Diagnostic>();
        var map = YamlMap.From(YamlSource.Parse("{ id: a }", "thing.yaml", diagnostics), "thing.yaml", "a thing", null, diagnostics)!;

        var read = () => map.ReadBy(Thing).String("colour");

        read.Should().Throw<KeyNotFoundException>();
    }
}
