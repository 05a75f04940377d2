using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Reads a batch of facts written as YAML or JSON (JSON is read as YAML, so both keep line and column):
/// <c>websites:</c>, <c>new_media:</c> and <c>supervisors:</c> lists of subjects, and <c>observations:</c> mapping each fact type
/// (<c>column</c>, <c>message</c>…) to a list of facts. Fields are the snake_case names of the records' properties.
/// </summary>
/// <remarks>
/// Every problem is reported at once with file, line, column and field: unknown keys, missing required fields,
/// unreadable values, duplicate ids and observations naming an unknown subject. A document with errors yields no batch.
/// </remarks>
internal static class FactDocumentReader
{
    /// <summary>The top-level keys of a facts document.</summary>
    public static readonly ImmutableArray<string> DocumentKeys = FactsGrammar.Document.KeyNames;

    /// <summary>Reads a facts document from text.</summary>
    /// <param name="text">The YAML or JSON text.</param>
    /// <param name="file">The file name for diagnostics.</param>
    /// <returns>The batch, or every problem found.</returns>
    public static LoadResult<FactBatch> Read(string text, string file)
    {
        var collector = new FactCollector(new List<Diagnostic>());
        var root = YamlSource.Parse(text, file, collector.Diagnostics);
        ReadDocument(root, file, collector);
        return collector.Build(file);
    }

    /// <summary>Reads the facts held by a mapping (the facts part of a regression case).</summary>
    /// <param name="map">The mapping.</param>
    /// <param name="allowedKeys">The keys the mapping may hold (the facts keys and any others its caller reads).</param>
    /// <returns>The batch, or every problem found.</returns>
    public static LoadResult<FactBatch> Read(YamlMap map, IReadOnlyCollection<string> allowedKeys)
    {
        map.RejectUnknownKeys(allowedKeys, "a facts document");
        var collector = new FactCollector(map.Diagnostics);
        ReadSections(map, collector);
        return collector.Build(map.File);
    }

    /// <summary>
    /// Reads a whole facts document into a collector: a key that is not a section is an unknown section (CR3007), an
    /// empty document an error.
    /// </summary>
    /// <param name="root">The document's root node, or <see langword="null"/> when it is empty or could not be parsed.</param>
    /// <param name="file">The file, for diagnostics.</param>
    /// <param name="collector">Receives the facts and diagnostics.</param>
    public static void ReadDocument(YamlNode? root, string file, FactCollector collector)
    {
        var map = YamlMap.From(root, file, "a facts document (websites, new_media, supervisors, observations)", null, collector.Diagnostics);
        if (map is null)
        {
            if (!collector.Diagnostics.Any(d => d.Location.File == file))
            {
                collector.Diagnostics.Add(Diagnostic.Create(DiagnosticCodes.MissingField, "the facts document is empty", SourceLocation.OfFile(file)));
            }

            collector.Incomplete = true;
            return;
        }

        foreach (var key in map.Keys.Where(k => !DocumentKeys.Contains(k)))
        {
            collector.Diagnostics.Add(UnknownSection(key, map.KeyLocation(key)));
        }

        ReadSections(map, collector);
    }

    /// <summary>Reports a key of a facts document that is none of its sections.</summary>
    /// <param name="key">The key.</param>
    /// <param name="at">Where it is.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic UnknownSection(string key, SourceLocation at) => Diagnostic.Create(
        DiagnosticCodes.FactsUnknownFactType,
        $"unknown section '{key}' in a facts document{YamlMap.Suggest(key, DocumentKeys)}; expected one of: {string.Join(", ", DocumentKeys)}",
        at);

    /// <summary>Gets the fact type of a subject section (<c>websites</c>, <c>new_media</c>, <c>supervisors</c>) and its place in the batch.</summary>
    /// <param name="section">The section's key.</param>
    /// <param name="group">The section's place among the subject sections.</param>
    /// <returns>The fact type, or <see langword="null"/> when the key is no subject section.</returns>
    public static FactTypeInfo? SubjectSection(string section, out int group)
    {
        group = DocumentKeys.IndexOf(section);
        return FactsGrammar.SubjectSection(section);
    }

    /// <summary>Reports an observation type that the catalogue does not have.</summary>
    /// <param name="typeName">The name written.</param>
    /// <param name="at">Where it is.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic UnknownObservationType(string typeName, SourceLocation at) => Diagnostic.Create(
        DiagnosticCodes.FactsUnknownFactType,
        $"unknown fact type '{typeName}'{YamlMap.Suggest(FactCatalog.ToSnakeCase(typeName), FactCatalog.ObservationTypes.Select(t => t.Name))}; the fact types are: {FactCatalog.ObservationTypeList}",
        at);

    /// <summary>Reads one fact (a mapping of fields) and adds it, or its identity when a value is wrong, to a collector.</summary>
    /// <param name="itemMap">The fact's mapping.</param>
    /// <param name="constructor">The fact type's constructor.</param>
    /// <param name="group">The subject section's place, for a subject.</param>
    /// <param name="collector">Receives the fact.</param>
    public static void ReadItem(YamlMap itemMap, FactConstructor constructor, int group, FactCollector collector)
    {
        var subject = itemMap.Get("id") is YamlScalarNode { Value: { } id } ? id : null;
        itemMap = itemMap.WithSubject(subject);
        var fact = ReadFact(itemMap, constructor);
        collector.Add(
            constructor.Type,
            fact,
            group,
            constructor.Type.Name,
            Text(itemMap, "id"),
            itemMap.ValueLocation("id"),
            Text(itemMap, "subject_id"),
            itemMap.ValueLocation("subject_id"));
    }

    private static void ReadSections(YamlMap map, FactCollector collector)
    {
        collector.Declare(CoverageDeclaration.Read(map));
        foreach (var section in DocumentKeys)
        {
            if (SubjectSection(section, out var group) is { } type)
            {
                ReadItems(map, section, type, group, collector);
            }
        }

        if (map.Get(FactsGrammar.ObservationsKey) is { } observationsNode && map.Nested(observationsNode, "the observations (fact type: list)") is { } byType)
        {
            foreach (var typeName in byType.Keys)
            {
                var type = FactCatalog.FindObservation(typeName, byType.KeyLocation(typeName), map.Diagnostics);
                if (type is null)
                {
                    map.Diagnostics.Add(UnknownObservationType(typeName, byType.KeyLocation(typeName)));
                    continue;
                }

                ReadItems(byType, typeName, type, 0, collector);
            }
        }
    }

    private static void ReadItems(YamlMap map, string key, FactTypeInfo type, int group, FactCollector collector)
    {
        var node = map.Get(key);
        if (node is null)
        {
            return;
        }

        if (node is not YamlSequenceNode list)
        {
            map.Error(node, $"'{key}' must be a list of {type.Name} facts", DiagnosticCodes.FactsInvalidValue);
            return;
        }

        var constructor = new FactConstructor(type);
        foreach (var item in list.Children)
        {
            if (map.Nested(item, $"a {type.Name} fact") is { } itemMap)
            {
                ReadItem(itemMap, constructor, group, collector);
            }
        }
    }

    private static object? ReadFact(YamlMap map, FactConstructor constructor)
    {
        RejectUnknownFields(map, constructor);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var ok = true;
        foreach (var field in constructor.Fields)
        {
            var node = map.Get(field.Name);
            if (node is null || node is YamlScalarNode { Value: null or "" or "~" or "null" } && node is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.DoubleQuoted and not YamlDotNet.Core.ScalarStyle.SingleQuoted })
            {
                if (constructor.Required.Contains(field.Name))
                {
                    map.Diagnostics.Add(Diagnostic.Create(
                        DiagnosticCodes.MissingField,
                        $"{constructor.Type.Name} needs '{field.Name}' ({FactValueReader.Expected(field)})",
                        node is null ? map.Location : map.At(node),
                        map.Subject));
                    ok = false;
                }

                continue;
            }

            object? value;
            if (field.Kind == FieldKind.EnumSet && node is YamlSequenceNode members)
            {
                value = ReadSet(map, field, members);
            }
            else if (node is YamlScalarNode { Value: { } text })
            {
                var error = FactValueReader.TryRead(field, text.Trim(), out value);
                if (error is not null)
                {
                    map.Error(node, error, DiagnosticCodes.FactsInvalidValue);
                }
            }
            else
            {
                map.Error(node, $"'{field.Name}' must be {FactValueReader.Expected(field)}, found {YamlMap.Describe(node)}", DiagnosticCodes.FactsInvalidValue);
                value = null;
            }

            if (value is null)
            {
                ok = false;
                continue;
            }

            values[field.Name] = value;
        }

        return ok ? constructor.Create(values) : null;
    }

    private static object? ReadSet(YamlMap map, FactField field, YamlSequenceNode members)
    {
        var read = new List<object>();
        foreach (var member in members.Children)
        {
            var text = map.ScalarText(member, field.Name, "a category label");
            if (text is null)
            {
                return null;
            }

            if (!EnumVocabulary.TryParse(field.EnumType!, text, out var value))
            {
                map.Error(member, $"'{text}' is not one of: {string.Join(", ", EnumVocabulary.LabelsOf(field.EnumType!))}", DiagnosticCodes.FactsInvalidValue);
                return null;
            }

            read.Add(value!);
        }

        return FactValueReader.ToSet(field, read);
    }

    // Unknown fields of a fact are facts errors (CR3004), not the YAML format's unknown keys (CR0002).
    private static void RejectUnknownFields(YamlMap map, FactConstructor constructor)
    {
        foreach (var key in map.Keys)
        {
            if (!constructor.Fields.Any(f => f.Name == key))
            {
                var names = constructor.Fields.Select(f => f.Name).ToList();
                map.Diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.FactsUnknownField,
                    $"unknown field '{key}' in a {constructor.Type.Name} fact{YamlMap.Suggest(key, names)}; expected one of: {string.Join(", ", names.Order(StringComparer.Ordinal))}",
                    map.KeyLocation(key),
                    map.Subject));
            }
        }
    }

    private static string? Text(YamlMap map, string key) => map.Get(key) is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;
}
