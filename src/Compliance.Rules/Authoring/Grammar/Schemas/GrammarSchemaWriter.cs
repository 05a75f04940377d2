using System.Text.Json.Nodes;
using Compliance.Rules.Grammar;
using Compliance.Rules.Labels;
using V = Compliance.Rules.Grammar.GrammarValue;

namespace Compliance.Rules.Authoring.Grammar.Schemas;

/// <summary>
/// Writes the JSON Schema of the files the grammar describes: each mapping as an object that knows exactly its keys
/// (<c>additionalProperties: false</c>) with each key's description, its required keys, its alternatives, and each value
/// as the kind of value the grammar says; the language's constructs (applicabilities, conditions, filters) are expanded
/// from the fact catalogue by the other parts of this class.
/// </summary>
/// <remarks>
/// A mapping written in an override (<see cref="MappingGrammar.IsPatch"/>) is a change merged onto the base's, so its
/// nested mappings are written as patches (<c>patch.…</c>: every key optional, no alternatives), while the items of its
/// lists, which replace the base's, are written whole. One writer serves one document; it is not thread-safe.
/// </remarks>
internal sealed partial class GrammarSchemaWriter
{
    private readonly SchemaDocument _document;
    private readonly Dictionary<string, MappingGrammar> _ownMappings;

    /// <summary>Initializes a new instance of the <see cref="GrammarSchemaWriter"/> class.</summary>
    /// <param name="document">The schema the definitions go into.</param>
    /// <param name="ownMappings">The mappings of the document's grammar that the language's table does not hold.</param>
    public GrammarSchemaWriter(SchemaDocument document, IEnumerable<MappingGrammar> ownMappings)
    {
        _document = document;
        _ownMappings = ownMappings.ToDictionary(m => m.Name, StringComparer.Ordinal);
    }

    /// <summary>Writes the root of a document: its mapping, with the keys an overlay need not write required only outside overlays.</summary>
    /// <param name="grammar">The document's mapping.</param>
    /// <param name="overlayKey">The key that makes a document an overlay (<c>extends</c>), if documents of the kind may be overlays.</param>
    /// <returns>The root schema.</returns>
    public JsonObject Root(MappingGrammar grammar, string? overlayKey)
    {
        var root = Body(grammar, patch: false);
        if (overlayKey is null)
        {
            return root;
        }

        var rules = root["allOf"] as JsonArray ?? [];
        var notOverlay = PresenceRules(grammar, KeyPresence.RequiredUnlessOverlay);
        if (notOverlay is not null)
        {
            rules.Add(new JsonObject { ["if"] = new JsonObject { ["not"] = Required(overlayKey) }, ["then"] = notOverlay });
        }

        var overlay = PresenceRules(grammar, KeyPresence.RequiredInOverlay);
        if (overlay is not null)
        {
            rules.Add(new JsonObject { ["if"] = Required(overlayKey), ["then"] = overlay });
        }

        if (rules.Count > 0 && root["allOf"] is null)
        {
            root["allOf"] = rules;
        }

        return root;
    }

    /// <summary>Refers to a mapping's definition, writing it when first referred to.</summary>
    /// <param name="grammar">The mapping.</param>
    /// <param name="patch">Whether it is written as a change to the base's (every key optional).</param>
    /// <returns>The reference.</returns>
    public JsonObject Mapping(MappingGrammar grammar, bool patch)
    {
        patch &= !grammar.IsPatch;
        return _document.Ref(patch ? "patch." + grammar.Name : grammar.Name, () => Body(grammar, patch));
    }

    private JsonObject Body(MappingGrammar grammar, bool patch)
    {
        if (Construct(grammar, patch) is { } special)
        {
            return special;
        }

        var nested = patch || grammar.IsPatch;
        var properties = new JsonObject();
        foreach (var key in grammar.Keys)
        {
            properties[key.Name] = Key(key, nested);
        }

        var body = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["description"] = Text(grammar.Description),
        };
        var required = grammar.Keys.Where(k => k.Presence == KeyPresence.Required && !(patch && !grammar.IsPatch)).Select(k => k.Name).ToList();
        if (required.Count > 0)
        {
            body["required"] = Names(required);
        }

        body["properties"] = properties;
        if (!patch)
        {
            Alternatives(grammar, body);
            Rules(grammar, body);
        }

        return grammar.Shorthand is { } shorthand
            ? new JsonObject { ["description"] = Text(grammar.Description), ["anyOf"] = new JsonArray(Value(shorthand, patch), Without(body, "description")) }
            : body;
    }

    private JsonObject Key(GrammarKey key, bool patch)
    {
        // A section of a facts document is described once, by the facts schema.
        var schema = key.Value is V.Construct { Kind: ConstructKind.FactsSection }
            ? new JsonObject { ["$ref"] = FactsSchemaWriter.FileName + "#/properties/" + key.Name }
            : Value(key.Value, patch);
        schema["description"] = key.Value is V.Template ? Text(key.Description) + "\n" + TemplateHelp() : Text(key.Description);
        return schema;
    }

    /// <summary>Writes the schema of a value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="patch">Whether a mapping it is, or holds directly, is written as a change to the base's.</param>
    /// <returns>The schema.</returns>
    private JsonObject Value(GrammarValue value, bool patch) => value switch
    {
        V.Text text => text.MinLength > 0 ? new JsonObject { ["type"] = AnyScalar(), ["minLength"] = text.MinLength } : new JsonObject { ["type"] = AnyScalar() },
        V.Template => new JsonObject { ["type"] = AnyScalar(), ["pattern"] = TemplatePattern },
        V.Pattern p => p.Examples.IsDefaultOrEmpty
            ? new JsonObject { ["type"] = "string", ["pattern"] = p.Regex }
            : new JsonObject { ["type"] = "string", ["pattern"] = p.Regex, ["examples"] = Names(p.Examples) },
        V.Flag => new JsonObject { ["type"] = "boolean" },
        V.Whole w => Bounded(new JsonObject { ["type"] = "integer" }, w.Minimum, w.Maximum),
        V.Number n => n.Minimum is { } min
            ? new JsonObject { ["type"] = "number", [n.ExclusiveMinimum ? "exclusiveMinimum" : "minimum"] = min }
            : new JsonObject { ["type"] = "number" },
        V.Date => DateValue(),
        V.Choice c => new JsonObject { ["enum"] = Names(c.Of.Names) },
        V.Category c => CategoryValue(c.EnumType, c.Meaning),
        V.Mapping m => Mapping(Named(m.Name), patch || m.Partial),
        V.ListOf l => l.MinItems > 0
            ? new JsonObject { ["type"] = "array", ["minItems"] = l.MinItems, ["items"] = Value(l.Item, false) }
            : new JsonObject { ["type"] = "array", ["items"] = Value(l.Item, false) },
        V.OneOrList o => new JsonObject { ["anyOf"] = new JsonArray(Value(o.Item, false), new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Value(o.Item, false) }) },
        V.Named n => NamedValues(n, patch),
        V.Either e => new JsonObject { ["anyOf"] = new JsonArray([.. e.Forms.Select(f => Value(f, patch))]) },
        V.Construct c => Construct(c.Kind, patch),
        _ => throw new InvalidOperationException($"the schema writer does not know {value.GetType().Name}"),
    };

    private JsonObject NamedValues(V.Named named, bool patch)
    {
        var schema = new JsonObject { ["type"] = "object" };
        if (named.NamePattern is not null)
        {
            var names = new JsonObject { ["pattern"] = named.NamePattern };
            if (!named.ReservedNames.IsDefaultOrEmpty)
            {
                names["not"] = new JsonObject { ["enum"] = Names(named.ReservedNames) };
            }

            schema["propertyNames"] = names;
        }

        schema["additionalProperties"] = Value(named.Value, patch && !named.ReplacedWhole);
        return schema;
    }

    // Alternatives: exactly one of them (oneOf), at most one (no two together), at least one (anyOf).
    private static void Alternatives(MappingGrammar grammar, JsonObject body)
    {
        var rules = new JsonArray();
        foreach (var group in grammar.Alternatives)
        {
            switch (group.Count)
            {
                case AlternativeCount.ExactlyOne:
                    rules.Add(new JsonObject { ["oneOf"] = new JsonArray([.. group.Keys.Select(k => (JsonNode)Required(k))]) });
                    break;
                case AlternativeCount.AtLeastOne:
                    rules.Add(new JsonObject { ["anyOf"] = new JsonArray([.. group.Keys.Select(k => (JsonNode)Required(k))]) });
                    break;
                default:
                    rules.Add(new JsonObject { ["not"] = new JsonObject { ["anyOf"] = new JsonArray([.. Pairs(group.Keys).Select(p => (JsonNode)Required(p.A, p.B))]) } });
                    break;
            }
        }

        if (rules.Count > 0)
        {
            body["allOf"] = rules;
        }
    }

    // The keys a document requires only outside overlays (or only in them), down through its mappings and lists.
    private JsonObject? PresenceRules(MappingGrammar grammar, KeyPresence presence)
    {
        var rules = new JsonObject();
        var required = grammar.Keys.Where(k => k.Presence == presence).Select(k => k.Name).ToList();
        if (required.Count > 0)
        {
            rules["required"] = Names(required);
        }

        var properties = new JsonObject();
        foreach (var key in grammar.Keys)
        {
            var (inner, inList) = key.Value switch
            {
                V.Mapping m => (Named(m.Name), false),
                V.ListOf { Item: V.Mapping m } => (Named(m.Name), true),
                _ => (null, false),
            };
            if (inner is not null && PresenceRules(inner, presence) is { } nested)
            {
                properties[key.Name] = inList ? new JsonObject { ["items"] = nested } : nested;
            }
        }

        if (properties.Count > 0)
        {
            rules["properties"] = properties;
        }

        return rules.Count > 0 ? rules : null;
    }

    private static IEnumerable<(string A, string B)> Pairs(IReadOnlyList<string> keys) =>
        keys.SelectMany((a, i) => keys.Skip(i + 1).Select(b => (a, b)));

    private static JsonObject Bounded(JsonObject schema, long? minimum, long? maximum)
    {
        if (minimum is { } min)
        {
            schema["minimum"] = min;
        }

        if (maximum is { } max)
        {
            schema["maximum"] = max;
        }

        return schema;
    }

    private static JsonObject Without(JsonObject schema, string keyword)
    {
        schema.Remove(keyword);
        return schema;
    }

    /// <summary>Gets a schema that requires some keys.</summary>
    /// <param name="keys">The keys.</param>
    /// <returns><c>{ "required": [keys] }</c>.</returns>
    internal static JsonObject Required(params string[] keys) => new() { ["required"] = Names(keys) };

    /// <summary>Gets a JSON array of names.</summary>
    /// <param name="names">The names.</param>
    /// <returns>The array.</returns>
    internal static JsonArray Names(IEnumerable<string> names) => new([.. names.Select(n => (JsonNode)n)]);

    /// <summary>Gets a description: the Chinese line, then the English line.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The description.</returns>
    internal static string Text(Bilingual text) => text.Description;

    // A scalar read as text: YAML's plain 12 and true are numbers and booleans to a JSON Schema validator.
    private static JsonArray AnyScalar() => Names(["string", "number", "boolean"]);

    // A mapping named by a value: the document's own grammar's, or the language's.
    private MappingGrammar Named(string name) => _ownMappings.TryGetValue(name, out var own) ? own : LanguageGrammar.Mapping(name);
}
