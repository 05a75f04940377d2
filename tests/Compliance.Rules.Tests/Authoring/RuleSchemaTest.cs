using System.Text.Json;
using Json.Schema;
using SchemaEvaluationOptions = Json.Schema.EvaluationOptions;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>
/// The JSON Schemas editors use for rule files (rules/schema/revision.schema.json, indicators.schema.json and, for the
/// regression cases, tests.schema.json): every rule file validates and names its schema, the schemas know exactly the fact types, fields and keys the loader reads,
/// and they reject what the loader rejects.
/// </summary>
public partial class RuleSchemaTest
{
    private static readonly string SchemaFolder = Path.Combine(TestPaths.Rules, "schema");

    private static readonly SchemaEvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static readonly Lazy<JsonSchema> RevisionSchema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath(RuleFileKind.Revision))));

    private static readonly Lazy<JsonSchema> IndicatorsSchema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath(RuleFileKind.Indicators))));

    private static readonly Lazy<JsonSchema> TestsSchema = new(() =>
    {
        // tests.schema.json takes the facts part from facts.schema.json by a relative $ref, which the library resolves
        // against the $id and looks up in a schema registry when the schema is built. Building a schema registers it, and a
        // registry refuses a second copy (the facts tests build their own), so both go into a registry of their own.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        _ = JsonSchema.FromText(File.ReadAllText(Path.Combine(SchemaFolder, "facts.schema.json")), options);
        return JsonSchema.FromText(File.ReadAllText(SchemaPath(RuleFileKind.Tests)), options);
    });

    internal static string SchemaFileName(RuleFileKind kind) => kind switch
    {
        RuleFileKind.Revision => "revision.schema.json",
        RuleFileKind.Indicators => "indicators.schema.json",
        _ => "tests.schema.json",
    };

    internal static string SchemaPath(RuleFileKind kind) => Path.Combine(SchemaFolder, SchemaFileName(kind));

    /// <summary>Validates YAML text against a schema and lists the failures, one line each (empty when valid).</summary>
    internal static IReadOnlyList<string> Violations(RuleFileKind kind, string yaml)
    {
        var schema = kind switch
        {
            RuleFileKind.Revision => RevisionSchema.Value,
            RuleFileKind.Indicators => IndicatorsSchema.Value,
            _ => TestsSchema.Value,
        };
        var result = schema.Evaluate(YamlAsJson.Convert(yaml), Options);
        if (result.IsValid)
        {
            return [];
        }

        return [.. (result.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation} ({detail.EvaluationPath}): {error.Value}"))];
    }

    /// <summary>Reads a schema file as a JSON document, for structural checks.</summary>
    internal static JsonElement SchemaJson(RuleFileKind kind)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SchemaPath(kind)));
        return document.RootElement.Clone();
    }
}
