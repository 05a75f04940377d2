using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Compliance.Rules.Authoring;
using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Loading;
using Compliance.Rules.Authoring.Parsing;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>
/// The schemas are written by hand; these tests pin them to the code so they cannot drift: the fact types, their fields
/// and the operators each field takes come from the fact catalogue and the loader, the keys from the parsers.
/// </summary>
public partial class RuleSchemaTest
{
    private static readonly string[] FilterKeys = ["any", "all", "not"];

    public static TheoryData<RuleFileKind, string> FilterDefinitions()
    {
        var data = new TheoryData<RuleFileKind, string>();
        foreach (var type in FactCatalog.ObservationTypes)
        {
            data.Add(RuleFileKind.Indicators, type.Name);
        }

        foreach (var kind in Enum.GetValues<SubjectKind>())
        {
            data.Add(RuleFileKind.Indicators, FactCatalog.NameOf(kind));
            data.Add(RuleFileKind.Revision, FactCatalog.NameOf(kind));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FilterDefinitions))]
    public void Schema_FilterOfAFactType_HasExactlyItsFieldsWithTheTestOfTheirKind(RuleFileKind kind, string typeName)
    {
        var type = TypeNamed(typeName);
        var hasDates = type.Fields.Values.Any(f => f.Kind is FieldKind.Date or FieldKind.DateTime);
        var where = Definition(kind, "where." + typeName);

        var keys = PropertyNames(where);

        keys.Should().BeEquivalentTo([.. type.Fields.Keys, .. FilterKeys, .. (hasDates ? new[] { "elapsed" } : [])]);
        foreach (var field in type.Fields.Values)
        {
            var test = where.GetProperty("properties").GetProperty(field.Name).GetProperty("$ref").GetString();
            test.Should().Be("#/$defs/" + ExpectedTest(field), $"{typeName}.{field.Name} holds {field.Describe()}");
        }
    }

    [Fact]
    public void Schema_FactTypes_AreTheCataloguesObservationTypes()
    {
        var names = FactCatalog.ObservationTypes.Select(t => t.Name).ToList();

        foreach (var selection in new[] { "selection", "selection.ratio", "selection.sum", "selection.age", "patch.selection" })
        {
            Strings(Definition(RuleFileKind.Indicators, selection).GetProperty("properties").GetProperty("of").GetProperty("enum"))
                .Should().Equal(names, selection);
        }
    }

    [Fact]
    public void Schema_FieldsNamedInSelectionsAndElapsedTests_AreThoseOfTheRightKind()
    {
        foreach (var type in FactCatalog.ObservationTypes)
        {
            var times = FieldsOf(type, FieldKind.Date, FieldKind.DateTime, FieldKind.Instant);
            var dates = FieldsOf(type, FieldKind.Date, FieldKind.DateTime);

            // A sum adds numbers, or the sizes of sets (每缺一项).
            TypedField(type.Name, "selection.sum").Should().BeEquivalentTo(FieldsOf(type, FieldKind.Integer, FieldKind.Decimal, FieldKind.EnumSet), $"sum over {type.Name}");
            TypedField(type.Name, "selection.age").Should().BeEquivalentTo(times, $"age over {type.Name}");
            if (dates.Count > 0)
            {
                var elapsed = Definition(RuleFileKind.Indicators, "elapsed." + type.Name).GetProperty("properties");
                Strings(elapsed.GetProperty("from").GetProperty("enum")).Should().BeEquivalentTo(dates);
                Strings(elapsed.GetProperty("to").GetProperty("enum")).Should().BeEquivalentTo(dates);
            }
        }

        var pointFields = FactCatalog.ObservationTypes.SelectMany(t => FieldsOf(t, FieldKind.Integer, FieldKind.Decimal)).Distinct();
        var points = Definition(RuleFileKind.Indicators, "points").GetProperty("anyOf")[1].GetProperty("properties");
        Strings(points.GetProperty("from_field").GetProperty("enum")).Should().BeEquivalentTo(pointFields);
    }

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

    [Fact]
    public void Schema_OperatorsOfEachField_AreExactlyThoseTheLoaderAccepts()
    {
        // One indicator per fact type and operator, one field per line; the loader's CR2003 lines are the misfits.
        var operators = FieldOperators.Keys;
        var types = FactCatalog.ObservationTypes.Select(t => (Type: t, Subject: (SubjectKind?)null))
            .Concat(Enum.GetValues<SubjectKind>().Select(k => (Type: FactCatalog.Subject(k), Subject: (SubjectKind?)k)))
            .ToList();
        var yaml = new StringBuilder("indicators:\n");
        var lines = new Dictionary<int, (string Type, string Field, string Operator)>();
        var line = 2;
        void Append(string text)
        {
            yaml.Append(text).Append('\n');
            line += text.Count(c => c == '\n') + 1;
        }

        foreach (var (type, subject) in types)
        {
            foreach (var op in operators)
            {
                Append($"  - id: {type.Name}.{op}\n    name: n\n    kind: veto\n    source: s\n    provenance: confirmed\n    reason: r");
                Append($"    applies_to: {(subject is { } k ? FactCatalog.NameOf(k) : "website")}");
                Append(subject is null ? $"    when:\n      exists:\n        of: {type.Name}\n        where:" : "    when:\n      subject:");
                foreach (var field in type.Fields.Keys)
                {
                    var value = op switch
                    {
                        "within" or "not_within" => "{ calendar_days: 1 }",
                        "present" or "empty" => "true",
                        "in" or "not_in" or "includes_any" or "includes_all" => "[x]",
                        _ => "x",
                    };
                    lines[line] = (type.Name, field, op);
                    Append($"          {field}: {{ {op}: {value} }}");
                }
            }
        }

        using var folders = new TempRuleFolders();
        var folder = folders.Revision("ops", RuleLoadingDiagnosticsTest.BaseRevision, ("ops.yaml", yaml.ToString()));
        var misfits = RuleSet.Read(folder).Diagnostics
            .Where(d => d.Code == RuleDiagnosticCodes.OperatorMismatch)
            .Select(d => lines[d.Location.Line])
            .ToHashSet();

        foreach (var (type, subject) in types)
        {
            foreach (var kind in subject is null ? [RuleFileKind.Indicators] : new[] { RuleFileKind.Indicators, RuleFileKind.Revision })
            {
                var where = Definition(kind, "where." + type.Name).GetProperty("properties");
                foreach (var field in type.Fields.Keys)
                {
                    var accepted = operators.Where(op => !misfits.Contains((type.Name, field, op)));
                    var test = Definition(kind, where.GetProperty(field).GetProperty("$ref").GetString()!["#/$defs/".Length..]);
                    var inSchema = test.GetProperty("anyOf").EnumerateArray().Single(f => f.TryGetProperty("properties", out _));

                    PropertyNames(inSchema).Should().BeEquivalentTo(accepted, $"{type.Name}.{field} in {SchemaFileName(kind)}");
                }
            }
        }
    }

    [Fact]
    public void Schema_Keys_AreExactlyTheKeysTheParsersRead()
    {
        var revision = SchemaJson(RuleFileKind.Revision);
        var indicators = SchemaJson(RuleFileKind.Indicators);

        PropertyNames(revision).Should().BeEquivalentTo(RuleGrammar.Revision.KeyNames);
        PropertyNames(Definition(RuleFileKind.Revision, "scoring")).Should().BeEquivalentTo(RuleGrammar.Scoring.KeyNames);
        PropertyNames(Definition(RuleFileKind.Revision, "rescaling")).Should().BeEquivalentTo(RuleGrammar.Rescaling.KeyNames);
        PropertyNames(Definition(RuleFileKind.Revision, "group")).Should().BeEquivalentTo(RuleGrammar.Group.KeyNames);
        PropertyNames(indicators).Should().BeEquivalentTo(RuleGrammar.IndicatorFile.KeyNames);
        PropertyNames(Definition(RuleFileKind.Indicators, "indicator")).Should().BeEquivalentTo(RuleGrammar.Indicator.KeyNames);
        PropertyNames(Definition(RuleFileKind.Indicators, "override")).Should().BeEquivalentTo(RuleGrammar.Indicator.KeyNames);
        foreach (var condition in new[] { "condition.website", "condition.new_media", "patch.condition" })
        {
            PropertyNames(Definition(RuleFileKind.Indicators, condition)).Should().BeEquivalentTo(RuleGrammar.Condition.KeyNames, condition);
        }

        PropertyNames(Definition(RuleFileKind.Indicators, "points").GetProperty("anyOf")[1]).Should().BeEquivalentTo(RuleGrammar.Points.KeyNames);
        PropertyNames(Definition(RuleFileKind.Indicators, "patch.points").GetProperty("anyOf")[1]).Should().BeEquivalentTo(RuleGrammar.Points.KeyNames);
        PropertyNames(Definition(RuleFileKind.Indicators, "window")).Should().BeEquivalentTo(RuleGrammar.Window.KeyNames);
        PropertyNames(Definition(RuleFileKind.Indicators, "patch.window")).Should().BeEquivalentTo(RuleGrammar.Window.KeyNames);
        PropertyNames(Definition(RuleFileKind.Indicators, "elapsed.Message")).Should().BeEquivalentTo(RuleGrammar.Elapsed.KeyNames);
        PropertyNames(Definition(RuleFileKind.Indicators, "patch.elapsed")).Should().BeEquivalentTo(RuleGrammar.Elapsed.KeyNames);
        PropertyNames(Definition(RuleFileKind.Indicators, "patch.where").GetProperty("additionalProperties").GetProperty("anyOf")[2])
            .Should().BeEquivalentTo([.. FieldOperators.Keys]);
        PropertyNames(Definition(RuleFileKind.Indicators, "selection")).Should().BeEquivalentTo(["of", "where"]);
        PropertyNames(Definition(RuleFileKind.Indicators, "selection.ratio")).Should().BeEquivalentTo(["of", "where", "matching"]);
        PropertyNames(Definition(RuleFileKind.Indicators, "selection.sum")).Should().BeEquivalentTo(["of", "where", "field"]);
        PropertyNames(Definition(RuleFileKind.Indicators, "selection.age")).Should().BeEquivalentTo(["of", "where", "field", "in"]);
        PropertyNames(Definition(RuleFileKind.Indicators, "applicability").GetProperty("anyOf")[1]).Should().BeEquivalentTo(["subject", "where"]);
        Strings(Definition(RuleFileKind.Indicators, "unit").GetProperty("enum")).Should().BeEquivalentTo(RuleChoices.TimeUnits.Names);
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

    /// <summary>Checks a value definition: the enumeration's Chinese labels, or its member names in any case or snake_case.</summary>
    private static void ShouldBeLabelsOrMemberNames(JsonElement definition, Type enumType)
    {
        var value = definition.GetProperty("anyOf");
        var pattern = new Regex(value[1].GetProperty("pattern").GetString()!);

        Strings(value[0].GetProperty("enum")).Should().Equal(EnumLabels.LabelsOf(enumType), enumType.Name);
        foreach (var name in Enum.GetNames(enumType))
        {
            pattern.IsMatch(name).Should().BeTrue(name);
            pattern.IsMatch(name.ToUpperInvariant()).Should().BeTrue(name);
            pattern.IsMatch(name.ToLowerInvariant()).Should().BeTrue(name);
            pattern.IsMatch(FactCatalog.ToSnakeCase(name)).Should().BeTrue(name);
            EnumLabels.TryParse(enumType, FactCatalog.ToSnakeCase(name), out _).Should().BeTrue(name);
        }

        pattern.IsMatch("x" + Enum.GetNames(enumType)[0]).Should().BeFalse();
    }

    private static FactTypeInfo TypeNamed(string name) =>
        FactCatalog.FindObservation(name) ?? FactCatalog.Subject(FactCatalog.ParseSubjectKind(name)!.Value);

    private static string ExpectedTest(FactField field) =>
        "test." + (field.EnumType?.Name ?? field.Kind.ToString().ToLowerInvariant()) + (field.IsNullable ? ".optional" : string.Empty);

    private static List<string> FieldsOf(FactTypeInfo type, params FieldKind[] kinds) =>
        [.. type.Fields.Values.Where(f => kinds.Contains(f.Kind)).Select(f => f.Name)];

    /// <summary>The field names a selection's per-type rule allows for <c>field</c> (none when the type has no such field).</summary>
    private static List<string> TypedField(string typeName, string selection)
    {
        var rule = Definition(RuleFileKind.Indicators, selection).GetProperty("allOf").EnumerateArray()
            .Single(r => r.GetProperty("if").GetProperty("properties").GetProperty("of").GetProperty("const").GetString() == typeName);
        var field = rule.GetProperty("then").GetProperty("properties").GetProperty("field");
        return field.TryGetProperty("enum", out var names) ? Strings(names) : [];
    }

    private static JsonElement Definition(RuleFileKind kind, string name) => SchemaJson(kind).GetProperty("$defs").GetProperty(name);

    private static List<string> PropertyNames(JsonElement schema) => [.. schema.GetProperty("properties").EnumerateObject().Select(p => p.Name)];

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private static string[] PrivateKeys(Type parser, string field) =>
        (string[])(parser.GetField(field, BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{parser.Name}.{field} is gone: point this test at the keys the parser now reads")).GetValue(null)!;

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
