using System.Text.Json;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using Json.Schema;
using SchemaEvaluationOptions = Json.Schema.EvaluationOptions;

namespace Compliance.Rules.Tests.FactsInput;

/// <summary>The CSV header table and the vocabulary cover every field of every fact type; the facts schema (generated from them) takes what the reader takes.</summary>
public sealed partial class FactsInputTest
{
    private static readonly string SchemaPath = Path.Combine(TestPaths.Rules, "schema", "facts.schema.json");

    public static TheoryData<string> FactTypes() =>
        [.. AllTypes().Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(FactTypes))]
    public void CsvVocabulary_EveryField_HasAChineseHeaderThatNamesOnlyIt(string typeName)
    {
        var type = AllTypes().Single(t => t.Name == typeName);
        var fields = type.InputFields;

        foreach (var field in fields)
        {
            var headers = CsvVocabulary.ChineseHeadersOf(type, field.Name);
            headers.Should().NotBeEmpty($"{typeName}.{field.Name} needs a Chinese column name");
            foreach (var header in headers)
            {
                CsvVocabulary.FieldOf(fields, header).Should().Be(field, $"'{header}' stands for {typeName}.{field.Name} only");
            }
        }
    }

    [Fact]
    public void CsvVocabulary_EveryFactType_HasFileNamesThatNameOnlyIt()
    {
        foreach (var type in AllTypes())
        {
            type.FileNames.Should().NotBeEmpty($"{type.Name} needs a CSV file name");
            foreach (var name in type.FileNames)
            {
                CsvVocabulary.TypeOfFile(name + ".csv").Should().Be(type, $"'{name}.csv' holds {type.Name} facts only");
            }
        }
    }

    [Theory]
    [MemberData(nameof(FactTypes))]
    public void FactVocabulary_EveryFieldOfTheCatalogue_SaysWhatItMeansInChineseAndEnglish(string typeName)
    {
        var type = AllTypes().Single(t => t.Name == typeName);

        var undescribed = type.Fields.Values.Where(field => field.Meaning is not { Chinese.Length: > 0, English.Length: > 0 }).Select(f => f.Name);

        undescribed.Should().BeEmpty($"the generated schemas describe every field of {typeName}");
        type.Meaning.English.Should().NotBeEmpty();
    }

    [Fact]
    public void Schema_DocumentTheReaderReads_IsValid()
    {
        const string json = """
            {
              "websites": [ { "id": "w1", "name": "新疆生产建设兵团", "organiser": "兵团办公厅", "is_portal": true, "provides_external_services": "是", "level": "省级" } ],
              "new_media": [ { "id": "a1", "name": "兵团禁毒", "operator": "兵团公安局禁毒总队", "account_type": "微信订阅号", "unit": "兵团公安局", "status": "正常" } ],
              "observations": {
                "message": [ { "id": "m1", "subject_id": "w1", "channel": "我为政府网站找错", "received": "2024-06-14 10:30", "answered": null } ],
                "publication": [ { "id": "p1", "subject_id": "a1", "column_id": null, "published": "2024-06-10", "title": "禁毒宣传" } ],
                "service_guide": [ { "id": "g1", "subject_id": "w1", "item_name": "户籍迁移", "missing_elements": ["设定依据", "办理材料"] } ],
                "availability_probe": [ { "id": "p1", "subject_id": "w1", "at": "2024-06-20T08:00:00+08:00", "reached": true, "response_time": "800ms" } ]
              }
            }
            """;
        _folder.Write("facts.json", json);

        var schemaResult = Schema().Evaluate(JsonDocument.Parse(json).RootElement, new SchemaEvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var readerResult = Compliance.Rules.Facts.Input.FactsInput.Read(_folder.File("facts.json"));

        schemaResult.IsValid.Should().BeTrue();
        readerResult.Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{ "websites": [ { "id": "w1", "name": "站点", "organiser": "办公厅", "is_portal": true, "provides_external_services": true } ] }""")]
    [InlineData("""{ "new_media": [ { "id": "a1", "name": "n", "operator": "o", "account_type": "t", "unit": "u", "status": "正常", "colour": "red" } ] }""")]
    [InlineData("""{ "observations": { "message": [ { "id": "m1", "subject_id": "w1", "channel": "微博", "received": "2024-06-14" } ] } }""")]
    [InlineData("""{ "observations": { "publication": [ { "id": "p1", "subject_id": "a1", "published": "2024/06/10", "title": "t" } ] } }""")]
    [InlineData("""{ "observations": { "Colum": [] } }""")]
    public void Schema_DocumentTheReaderRejects_IsInvalid(string json)
    {
        var result = Schema().Evaluate(JsonDocument.Parse(json).RootElement, new SchemaEvaluationOptions { RequireFormatValidation = true });

        result.IsValid.Should().BeFalse();
    }

    private static readonly Lazy<JsonSchema> FactsSchema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    private static JsonSchema Schema() => FactsSchema.Value;

    private static IEnumerable<FactTypeInfo> AllTypes() =>
        Enum.GetValues<SubjectKind>().Select(FactCatalog.Subject).Concat(FactCatalog.ObservationTypes);
}
