using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Compliance.Rules.Authoring.Grammar.Schemas;

/// <summary>
/// One JSON Schema being written: its root and the definitions (<c>$defs</c>) its parts refer to, each written once, in
/// the order they are first referred to.
/// </summary>
/// <remarks>One document serves one generation; it is not thread-safe.</remarks>
internal sealed class SchemaDocument
{
    private const string DraftUri = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The address the schemas are published under; relative references between them resolve against it.</summary>
    public const string BaseUri = "https://compliance-rules.example/schema/";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly JsonObject _definitions = [];
    private readonly HashSet<string> _started = new(StringComparer.Ordinal);

    /// <summary>Refers to a definition, writing it first when this is the first reference.</summary>
    /// <param name="name">The definition's name, such as <c>where.column</c>.</param>
    /// <param name="write">Writes the definition; it may refer to further definitions, and to itself.</param>
    /// <returns>The reference: <c>{ "$ref": "#/$defs/name" }</c>.</returns>
    public JsonObject Ref(string name, Func<JsonObject> write)
    {
        if (_started.Add(name))
        {
            _definitions[name] = null;
            _definitions[name] = write();
        }

        return new JsonObject { ["$ref"] = "#/$defs/" + name };
    }

    /// <summary>Writes the document's text: the root with its definitions last, two-space indentation, Chinese as it is, one newline at the end.</summary>
    /// <param name="fileName">The schema's file name, which gives its <c>$id</c>.</param>
    /// <param name="title">The schema's title.</param>
    /// <param name="root">The root schema's keywords.</param>
    /// <returns>The JSON text.</returns>
    public string Write(string fileName, string title, JsonObject root)
    {
        var document = new JsonObject
        {
            ["$schema"] = DraftUri,
            ["$id"] = BaseUri + fileName,
            ["title"] = title,
        };
        foreach (var (key, value) in root.ToList())
        {
            root.Remove(key);
            document[key] = value;
        }

        if (_definitions.Count > 0)
        {
            document["$defs"] = _definitions;
        }

        return document.ToJsonString(Options).ReplaceLineEndings("\n") + "\n";
    }
}
