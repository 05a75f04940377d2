using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Compliance.Rules.Authoring;
using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Loading;
using Compliance.Rules.Authoring.Parsing;
using Compliance.Rules.Facts;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>
/// The schemas are generated from the grammar (GeneratedSchemaTest keeps the committed ones equal to it); these tests
/// check what the generated schemas give editors: every key described in Chinese and English, unknown keys rejected as
/// the loader rejects them, and category values written as the loader reads them.
/// </summary>
public partial class RuleSchemaTest
{
    [Fact]
    public void Schema_CategoryValues_AreTheLabelsAndAcceptMemberNamesInAnyCaseAndSnakeCase()
    {
        var enums = FactCatalog.ObservationTypes.Concat([FactCatalog.Subject(SubjectKind.Website), FactCatalog.Subject(SubjectKind.NewMedia)])
            .SelectMany(t => t.Fields.Values)
            .Where(f => f.EnumType is not null)
            .Select(f => f.EnumType!)
            .Distinct();

        foreach (var enumType in enums)
        {
            ShouldBeLabelsOrMemberNames(Definition(RuleFileKind.Indicators, "value." + enumType.Name), enumType);
        }
    }

    [Theory]
    [InlineData(RuleFileKind.Revision)]
    [InlineData(RuleFileKind.Indicators)]
    [InlineData(RuleFileKind.Tests)]
    public void Schema_EveryKey_HasAChineseAndEnglishDescription(RuleFileKind kind)
    {
        var missing = KeyedSchemas(SchemaJson(kind), "#")
            .SelectMany(s => s.Schema.GetProperty("properties").EnumerateObject().Select(p => (Path: s.Path + "/properties/" + p.Name, p.Value)))
            .Where(p => !IsBilingual(p.Value))
            .Select(p => p.Path);

        missing.Should().BeEmpty();
    }

    [Theory]
    [InlineData(RuleFileKind.Revision)]
    [InlineData(RuleFileKind.Indicators)]
    [InlineData(RuleFileKind.Tests)]
    public void Schema_EveryMappingWithKeys_RejectsUnknownKeysAsTheLoaderDoes(RuleFileKind kind)
    {
        var open = KeyedSchemas(SchemaJson(kind), "#")
            .Where(s => !(s.Schema.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind == JsonValueKind.False)
                && !s.Schema.TryGetProperty("propertyNames", out _))
            .Select(s => s.Path);

        open.Should().BeEmpty();
    }

    /// <summary>Checks a value definition: the enumeration's Chinese labels, or its names in any case, with or without underscores, as the loader reads them.</summary>
    private static void ShouldBeLabelsOrMemberNames(JsonElement definition, Type enumType)
    {
        var value = definition.GetProperty("anyOf");
        var pattern = new Regex(value[1].GetProperty("pattern").GetString()!);
        var terms = EnumVocabulary.Of(enumType);

        Strings(value[0].GetProperty("enum")).Should().Equal(terms.Labels, enumType.Name);
        foreach (var name in terms.Names)
        {
            var joined = name.Replace("_", string.Empty, StringComparison.Ordinal);
            foreach (var spelling in new[] { name, name.ToUpperInvariant(), joined, joined.ToUpperInvariant() })
            {
                pattern.IsMatch(spelling).Should().BeTrue(spelling);
                EnumVocabulary.TryParse(enumType, spelling, out _).Should().BeTrue(spelling);
            }
        }

        pattern.IsMatch("x" + terms.Names.First()).Should().BeFalse();
        EnumVocabulary.TryParse(enumType, "x" + terms.Names.First(), out _).Should().BeFalse();
    }

    private static JsonElement Definition(RuleFileKind kind, string name) => SchemaJson(kind).GetProperty("$defs").GetProperty(name);

    private static List<string> PropertyNames(JsonElement schema) => [.. schema.GetProperty("properties").EnumerateObject().Select(p => p.Name)];

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>Finds every schema that declares keys, except inside if/then/else/not, which only constrain keys declared elsewhere.</summary>
    private static IEnumerable<(string Path, JsonElement Schema)> KeyedSchemas(JsonElement node, string path)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in node.EnumerateArray())
            {
                foreach (var found in KeyedSchemas(item, $"{path}/{index++}"))
                {
                    yield return found;
                }
            }

            yield break;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        if (node.TryGetProperty("properties", out _))
        {
            yield return (path, node);
        }

        foreach (var child in node.EnumerateObject().Where(c => c.Name is not ("if" or "then" or "else" or "not")))
        {
            foreach (var found in KeyedSchemas(child.Value, path + "/" + child.Name))
            {
                yield return found;
            }
        }
    }

    private static bool IsBilingual(JsonElement property) =>
        property.TryGetProperty("description", out var description)
        && description.GetString() is { } text
        && text.Split('\n') is [var chinese, var english, ..]
        && chinese.Any(c => c is >= '\u4e00' and <= '\u9fff')
        && english.Any(char.IsAsciiLetter);
}
