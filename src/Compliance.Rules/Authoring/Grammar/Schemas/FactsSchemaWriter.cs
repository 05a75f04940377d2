using System.Text.Json.Nodes;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Values;

namespace Compliance.Rules.Authoring.Grammar.Schemas;

/// <summary>
/// Writes the JSON Schema of a facts document (<c>facts.schema.json</c>): its sections from the grammar, and each fact
/// type's fields from the fact vocabulary (<see cref="FactVocabulary"/>, bound by the catalogue), with what they mean and
/// their first Chinese CSV header.
/// </summary>
/// <remarks>One writer serves one document; it is not thread-safe.</remarks>
internal sealed class FactsSchemaWriter
{
    /// <summary>The file name of the facts schema, which the case schema refers to.</summary>
    public const string FileName = "facts.schema.json";

    private readonly SchemaDocument _document;

    /// <summary>Initializes a new instance of the <see cref="FactsSchemaWriter"/> class.</summary>
    /// <param name="document">The schema the definitions go into.</param>
    public FactsSchemaWriter(SchemaDocument document) => _document = document;

    /// <summary>Writes the root of a facts document.</summary>
    /// <returns>The root schema.</returns>
    public JsonObject Root()
    {
        var grammar = FactsGrammar.Document;
        var properties = new JsonObject();
        foreach (var key in grammar.Keys)
        {
            var schema = key.Name switch
            {
                FactsGrammar.ObservationsKey => Observations(),
                _ when FactsGrammar.SubjectSection(key.Name) is { } subject => new JsonObject { ["type"] = "array", ["items"] = Fact(subject) },
                _ => new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["const"] = "all" }, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } }) },
            };
            schema["description"] = GrammarSchemaWriter.Text(key.Description);
            properties[key.Name] = schema;
        }

        return new JsonObject
        {
            ["description"] = GrammarSchemaWriter.Text(grammar.Description),
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
    }

    private JsonObject Observations()
    {
        var types = new JsonObject();
        foreach (var type in FactCatalog.ObservationTypes)
        {
            var meaning = type.Meaning;
            types[type.Name] = new JsonObject { ["type"] = "array", ["description"] = meaning.Chinese + "\n" + meaning.English, ["items"] = Fact(type) };
        }

        return new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = types };
    }

    private JsonObject Fact(FactTypeInfo type) => _document.Ref(type.Name, () =>
    {
        var properties = new JsonObject();
        foreach (var field in type.InputFields)
        {
            var value = Value(field);
            var meaning = field.Meaning;
            var header = field.Headers[0];
            value["description"] = $"{meaning.Chinese}（CSV 列名：{header}）\n{meaning.English} CSV header: {header}.";
            properties[field.Name] = value;
        }

        var title = type.Meaning;
        return new JsonObject
        {
            ["type"] = "object",
            ["title"] = title.Chinese + " " + title.English,
            ["additionalProperties"] = false,
            ["required"] = GrammarSchemaWriter.Names(type.InputFields.Where(f => f.IsRequired).Select(f => f.Name)),
            ["properties"] = properties,
        };
    });

    // A field as facts write it: JSON and YAML take strings for dates and times, 是/否 for booleans, labels or names for categories.
    private JsonObject Value(FactField field)
    {
        var value = field.Kind switch
        {
            FieldKind.Text => new JsonObject { ["type"] = "string" },
            FieldKind.Enum => Category(field.EnumType!),
            FieldKind.EnumSet => new JsonObject
            {
                ["oneOf"] = new JsonArray(
                    new JsonObject { ["type"] = "array", ["items"] = Category(field.EnumType!) },
                    new JsonObject { ["type"] = "string", ["description"] = "以“、”或“;”分隔的类别。\nCategories separated by '、' or ';'." }),
            },
            _ => Scalar(field.Kind),
        };
        return field.IsNullable ? new JsonObject { ["anyOf"] = new JsonArray(value, new JsonObject { ["type"] = "null" }) } : value;
    }

    private JsonObject Category(Type enumType) => _document.Ref(enumType.Name, () => GrammarSchemaWriter.Category(enumType, null));

    private JsonObject Scalar(FieldKind kind) => kind switch
    {
        FieldKind.Boolean => _document.Ref("boolean", () => new JsonObject
        {
            ["description"] = "true/false，也可写“是”“否”。\ntrue or false (also 是/否).",
            ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "boolean" }, new JsonObject { ["enum"] = GrammarSchemaWriter.Names([.. FlagCodec.TrueWords, .. FlagCodec.FalseWords]) }),
        }),
        FieldKind.Integer => _document.Ref("integer", () => new JsonObject
        {
            ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "integer" }, new JsonObject { ["type"] = "string", ["pattern"] = WholeCodec.Instance.Pattern }),
        }),
        FieldKind.Decimal => _document.Ref("number", () => new JsonObject
        {
            ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "number" }, new JsonObject { ["type"] = "string", ["pattern"] = NumberCodec.Instance.Pattern }),
        }),
        FieldKind.Date => _document.Ref("date", () => new JsonObject
        {
            ["type"] = "string",
            ["format"] = "date",
            ["description"] = "日期，如 2024-06-27。\nA date such as 2024-06-27.",
        }),
        FieldKind.DateTime => _document.Ref("localDateTime", () => new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = DateTimeCodec.Instance.Pattern,
            ["description"] = "北京时间，如 2024-06-14 10:30 或 2024-06-14T10:30:15（秒可省略；只写日期即为零点）。\nA Beijing local time such as 2024-06-14 10:30 or 2024-06-14T10:30:15 (seconds optional; a date alone is midnight).",
        }),
        FieldKind.Instant => _document.Ref("instant", () => new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = InstantCodec.Instance.Pattern,
            ["description"] = "带时区偏移的时刻，如 2024-06-20T08:00:00+08:00。\nAn instant with its offset such as 2024-06-20T08:00:00+08:00.",
        }),
        _ => _document.Ref("duration", () => new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = DurationCodec.Instance.Pattern,
            ["description"] = "时长，如 15s、800ms、2m、1h。\nA duration such as 15s, 800ms, 2m or 1h.",
        }),
    };
}
