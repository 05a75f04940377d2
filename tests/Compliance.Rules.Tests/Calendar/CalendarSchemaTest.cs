using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Compliance.Rules.Calendar;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static Compliance.Rules.Tests.Calendar.CalendarTestData;
using SchemaEvaluationOptions = Json.Schema.EvaluationOptions;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>
/// The JSON Schema that editors use (rules/schema/calendar.schema.json, generated from the grammar) accepts every calendar
/// file and rejects what the loader rejects.
/// </summary>
public partial class CalendarSchemaTest
{
    private static readonly string SchemaPath = Path.Combine(RepoRoot, "rules", "schema", "calendar.schema.json");

    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));

    private static readonly SchemaEvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static TheoryData<string> CalendarFiles() =>
        [.. Directory.GetFiles(CalendarsFolder, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CalendarFiles))]
    public void CalendarFile_ValidatesAgainstTheSchema(string file)
    {
        var document = YamlToJson(File.ReadAllText(Path.Combine(CalendarsFolder, file)));

        var result = Schema.Evaluate(document, Options);

        result.IsValid.Should().BeTrue(Describe(result));
    }

    [Theory]
    [MemberData(nameof(CalendarFiles))]
    public void CalendarFile_FirstLine_PointsEditorsAtTheSchema(string file)
    {
        var firstLine = File.ReadLines(Path.Combine(CalendarsFolder, file)).First();

        firstLine.Should().Be("# yaml-language-server: $schema=../schema/calendar.schema.json");
    }

    [Theory]
    [InlineData("id: cn\nname: N\nyears:\n  - year: 2024\n    notices: []\n    colour: red\n")]
    [InlineData("id: cn\nname: N\nyears:\n  - year: 2024\n    notices: []\n    exceptions:\n      - { date: 2024-10-01, kind: holiday, holiday: 国庆节 }\n")]
    [InlineData("id: cn\nname: N\nyears:\n  - year: 2024\n")]
    [InlineData("id: cn-xj\nname: X\nextends: cn\nyears:\n  - year: 2024\n    exceptions:\n      - { date: 2024-04-10, kind: off, holiday: 肉孜节 }\n")]
    public void Schema_DocumentTheLoaderRejects_IsInvalid(string yaml)
    {
        var result = Schema.Evaluate(YamlToJson(yaml), Options);

        result.IsValid.Should().BeFalse();
    }

    /// <summary>Converts YAML to JSON the way YAML 1.2's core schema reads plain scalars: integers, booleans, otherwise strings.</summary>
    private static JsonElement YamlToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var node = Convert(stream.Documents[0].RootNode);
        return JsonSerializer.SerializeToElement(node);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } s => JsonValue.Create(s.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain } s when Integer().IsMatch(s.Value!) => JsonValue.Create(long.Parse(s.Value!, CultureInfo.InvariantCulture)),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static string Describe(EvaluationResults result) =>
        string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [GeneratedRegex("^-?[0-9]+$")]
    private static partial Regex Integer();
}
