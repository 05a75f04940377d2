using System.Text;
using Compliance.Rules.Authoring.Grammar.Schemas;
using Compliance.Rules.Testing;

namespace Compliance.Rules.Tests.Grammar;

/// <summary>
/// The JSON Schemas under rules/schema that describe the files the tool reads are generated from the grammar: a committed
/// schema that differs from what the generator writes fails here, with the first differing lines and the command that
/// regenerates them.
/// </summary>
public sealed class GeneratedSchemaTest
{
    private const string Command = "eng/generate-schemas.sh";

    // Generated once for the theory's rows: each row compares one file.
    private static readonly Lazy<IReadOnlyList<(string FileName, string Text)>> Generated = new(() => SchemaGenerator.Generate([CaseGrammar.Schema]));

    public static TheoryData<string> GeneratedFiles() => [.. SchemaGenerator.FileNames([CaseGrammar.Schema])];

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void CommittedSchema_IsWhatTheGeneratorWrites(string fileName)
    {
        var generated = Generated.Value.Single(s => s.FileName == fileName).Text;
        var path = Path.Combine(TestPaths.Rules, "schema", fileName);

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;

        committed.Should().NotBeNull($"rules/schema/{fileName} is generated: run {Command} and commit it");
        committed.Should().Be(generated, $"rules/schema/{fileName} differs from what the grammar generates; run {Command} and commit the result. First difference:\n{FirstDifference(committed!, generated)}");
    }

    [Fact]
    public void Generator_WritesTheSameTextTwice()
    {
        var first = Generated.Value;

        var second = SchemaGenerator.Generate([CaseGrammar.Schema]);

        second.Should().Equal(first);
    }

    // A few lines of a unified diff around the first line that differs: '-' committed, '+' generated.
    private static string FirstDifference(string committed, string generated)
    {
        var left = committed.Split('\n');
        var right = generated.Split('\n');
        var at = 0;
        while (at < left.Length && at < right.Length && left[at] == right[at])
        {
            at++;
        }

        var text = new StringBuilder($"@@ line {at + 1} @@\n");
        for (var i = Math.Max(0, at - 2); i < at; i++)
        {
            text.Append("  ").Append(left[i]).Append('\n');
        }

        foreach (var line in left.Skip(at).Take(4))
        {
            text.Append("- ").Append(line).Append('\n');
        }

        foreach (var line in right.Skip(at).Take(4))
        {
            text.Append("+ ").Append(line).Append('\n');
        }

        return text.ToString();
    }
}
