using System.Text.Json;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Reads a JSON facts document as a stream: the sections and lists are walked token by token, and only one fact at a
/// time is built into a small node tree and read by <see cref="FactDocumentReader"/>, so that a document of hundreds
/// of megabytes never exists in memory as a whole and its facts are reported at the same positions as YAML's.
/// </summary>
/// <remarks>
/// A problem that stops the reading (JSON that is not well-formed, nesting deeper than
/// <see cref="InputLimits.MaxFactsNestingDepth"/>) is reported at its position, after the problems of the facts
/// before it.
/// </remarks>
internal static class JsonFactsReader
{
    private const string DocumentWhat = "a facts document (websites, new_media, supervisors, observations)";

    /// <summary>Reads a JSON facts document into a collector.</summary>
    /// <param name="stream">The file's bytes (checked to be UTF-8 beforehand).</param>
    /// <param name="file">The file, for diagnostics.</param>
    /// <param name="collector">Receives the facts and diagnostics.</param>
    public static void Read(Stream stream, string file, FactCollector collector)
    {
        var reader = new JsonTokenReader(stream, file);
        try
        {
            if (reader.IsEmpty())
            {
                collector.Diagnostics.Add(Diagnostic.Create(DiagnosticCodes.MissingField, "the facts document is empty", SourceLocation.OfFile(file)));
                collector.Incomplete = true;
                return;
            }

            reader.Read(out var first);
            if (first.Type != JsonTokenType.StartObject)
            {
                collector.Diagnostics.Add(Diagnostic.Create(DiagnosticCodes.WrongType, $"expected {DocumentWhat} (a mapping of keys to values), found {Describe(first)}", first.At));
                collector.Incomplete = true;
                return;
            }

            ReadMembers(reader, collector.Diagnostics, (key, value) =>
            {
                if (key.Text == "observations")
                {
                    ReadObservations(reader, value, file, collector);
                }
                else if (key.Text == CoverageDeclaration.Key)
                {
                    ReadObserved(reader, value, collector);
                }
                else if (FactDocumentReader.SubjectSection(key.Text!, out var group) is { } type)
                {
                    ReadList(reader, key.Text!, value, type, group, file, collector);
                }
                else
                {
                    collector.Diagnostics.Add(FactDocumentReader.UnknownSection(key.Text!, key.At));
                    reader.Skip(value);
                }
            });

            while (reader.Read(out _))
            {
                // Anything after the document is refused by the reader.
            }
        }
        catch (JsonFactsException ex)
        {
            collector.Diagnostics.Add(ex.Diagnostic!);
            collector.Incomplete = true;
        }
    }

    // Reads the members of the object just opened, handing each key and its first value token to an action that must
    // read or skip the value; a key given twice is reported and its value skipped.
    private static void ReadMembers(JsonTokenReader reader, ICollection<Diagnostic> diagnostics, Action<JsonToken, JsonToken> member)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read(out var key) && key.Type == JsonTokenType.PropertyName)
        {
            reader.Read(out var value);
            if (!seen.Add(key.Text!))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.DuplicateKey, $"key '{key.Text}' is given twice", key.At));
                reader.Skip(value);
                continue;
            }

            member(key, value);
        }
    }

    // "observed": "all" or a list of observation type names.
    private static void ReadObserved(JsonTokenReader reader, JsonToken value, FactCollector collector)
    {
        if (value.Type == JsonTokenType.String && CoverageDeclaration.IsAll(value.Text))
        {
            collector.Declare(CoverageDeclaration.AllTypes);
            return;
        }

        if (value.Type != JsonTokenType.StartArray)
        {
            collector.Diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.InvalidCoverage, $"'{CoverageDeclaration.Key}' must be a list of observation types, or \"all\"; found {Describe(value)}", value.At));
            reader.Skip(value);
            return;
        }

        while (reader.Read(out var item) && item.Type != JsonTokenType.EndArray)
        {
            if (item.Type != JsonTokenType.String)
            {
                collector.Diagnostics.Add(Diagnostic.Create(DiagnosticCodes.InvalidCoverage, $"expected an observation type's name, found {Describe(item)}", item.At));
                reader.Skip(item);
                continue;
            }

            if (CoverageDeclaration.Resolve(item.Text!, item.At, collector.Diagnostics) is { } name)
            {
                collector.Declare([name]);
            }
        }
    }

    private static void ReadObservations(JsonTokenReader reader, JsonToken value, string file, FactCollector collector)
    {
        if (value.Type != JsonTokenType.StartObject)
        {
            collector.Diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.WrongType, $"expected the observations (fact type: list) (a mapping of keys to values), found {Describe(value)}", value.At));
            reader.Skip(value);
            return;
        }

        ReadMembers(reader, collector.Diagnostics, (typeKey, list) =>
        {
            var type = FactCatalog.FindObservation(typeKey.Text!, typeKey.At, collector.Diagnostics);
            if (type is null)
            {
                collector.Diagnostics.Add(FactDocumentReader.UnknownObservationType(typeKey.Text!, typeKey.At));
                reader.Skip(list);
                return;
            }

            ReadList(reader, typeKey.Text!, list, type, 0, file, collector);
        });
    }

    private static void ReadList(JsonTokenReader reader, string key, JsonToken value, FactTypeInfo type, int group, string file, FactCollector collector)
    {
        if (value.Type != JsonTokenType.StartArray)
        {
            collector.Diagnostics.Add(Diagnostic.Create(DiagnosticCodes.FactsInvalidValue, $"'{key}' must be a list of {type.Name} facts", value.At));
            reader.Skip(value);
            return;
        }

        var constructor = new FactConstructor(type);
        while (reader.Read(out var item) && item.Type != JsonTokenType.EndArray)
        {
            // One fact at a time: its nodes and their positions are garbage once it has been read.
            var sourceMap = new SourceMap();
            var node = Build(reader, item, sourceMap, collector.Diagnostics);
            if (YamlMap.From(node, file, $"a {type.Name} fact", null, collector.Diagnostics, sourceMap) is { } itemMap)
            {
                FactDocumentReader.ReadItem(itemMap, constructor, group, collector);
            }
        }
    }

    // Builds the value that starts with a token as YAML nodes (JSON is YAML), registering every node's position.
    // The recursion is bounded: the token reader refuses nesting deeper than InputLimits.MaxFactsNestingDepth.
    private static YamlNode Build(JsonTokenReader reader, JsonToken token, SourceMap sourceMap, ICollection<Diagnostic> diagnostics)
    {
        YamlNode node;
        switch (token.Type)
        {
            case JsonTokenType.StartObject:
                var mapping = new YamlMappingNode();
                while (reader.Read(out var key) && key.Type == JsonTokenType.PropertyName)
                {
                    reader.Read(out var first);
                    var value = Build(reader, first, sourceMap, diagnostics);
                    var keyNode = new YamlScalarNode(key.Text) { Style = ScalarStyle.DoubleQuoted };
                    sourceMap.Register(keyNode, key.At);
                    if (mapping.Children.ContainsKey(keyNode))
                    {
                        diagnostics.Add(Diagnostic.Create(DiagnosticCodes.DuplicateKey, $"key '{key.Text}' is given twice", key.At));
                        continue;
                    }

                    mapping.Add(keyNode, value);
                }

                node = mapping;
                break;
            case JsonTokenType.StartArray:
                var sequence = new YamlSequenceNode();
                while (reader.Read(out var item) && item.Type != JsonTokenType.EndArray)
                {
                    sequence.Add(Build(reader, item, sourceMap, diagnostics));
                }

                node = sequence;
                break;
            default:
                if (token.Text is { Length: > InputLimits.MaxFactsValueChars })
                {
                    diagnostics.Add(Diagnostic.Create(
                        DiagnosticCodes.TooLarge,
                        $"a value of {token.Text.Length:N0} characters is longer than the {InputLimits.MaxFactsValueChars:N0} a facts value may have",
                        token.At));
                }

                node = new YamlScalarNode(token.Text) { Style = token.Type == JsonTokenType.String ? ScalarStyle.DoubleQuoted : ScalarStyle.Plain };
                break;
        }

        sourceMap.Register(node, token.At);
        return node;
    }

    private static string Describe(JsonToken token) => token.Type switch
    {
        JsonTokenType.StartArray => "a list",
        JsonTokenType.StartObject => "a mapping",
        _ => $"the value '{token.Text}'",
    };
}
