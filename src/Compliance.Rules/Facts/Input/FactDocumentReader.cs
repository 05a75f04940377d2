using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Reads a batch of facts written as YAML or JSON (JSON is read as YAML, so both keep line and column):
/// <c>websites:</c>, <c>new_media:</c> and <c>supervisors:</c> lists of subjects, and <c>observations:</c> mapping each fact type
/// (<c>Column</c>, <c>Message</c>…) to a list of facts. Fields are the snake_case names of the records' properties.
/// </summary>
/// <remarks>
/// Every problem is reported at once with file, line, column and field: unknown keys, missing required fields,
/// unreadable values, duplicate ids and observations naming an unknown subject. A document with errors yields no batch.
/// </remarks>
internal static class FactDocumentReader
{
    /// <summary>The top-level keys of a facts document.</summary>
    public static readonly string[] DocumentKeys = ["websites", "new_media", "supervisors", "observations"];

    private static readonly IReadOnlyDictionary<string, FactTypeInfo> SubjectSections = new Dictionary<string, FactTypeInfo>(StringComparer.Ordinal)
    {
        ["websites"] = FactCatalog.Subject(SubjectKind.Website),
        ["new_media"] = FactCatalog.Subject(SubjectKind.NewMedia),
        ["supervisors"] = FactCatalog.Subject(SubjectKind.Supervisor),
    };

    /// <summary>Reads a facts document from text.</summary>
    /// <param name="text">The YAML or JSON text.</param>
    /// <param name="file">The file name for diagnostics.</param>
    /// <returns>The batch, or every problem found.</returns>
    public static LoadResult<FactBatch> Read(string text, string file)
    {
        var diagnostics = new List<Diagnostic>();
        var root = YamlSource.Parse(text, file, diagnostics);
        var map = YamlMap.From(root, file, "a facts document (websites, new_media, supervisors, observations)", null, diagnostics);
        if (map is null)
        {
            if (diagnostics.Count == 0)
            {
                diagnostics.Add(Diagnostic.Error(FactsDiagnosticCodes.MissingField, "the facts document is empty", SourceLocation.OfFile(file)));
            }

            return LoadResult<FactBatch>.Failed(diagnostics);
        }

        return Read(map, DocumentKeys);
    }

    /// <summary>Reads the facts held by a mapping (a whole document, or the facts part of a regression case).</summary>
    /// <param name="map">The mapping.</param>
    /// <param name="allowedKeys">The keys the mapping may hold (the facts keys and any others its caller reads).</param>
    /// <returns>The batch, or every problem found.</returns>
    public static LoadResult<FactBatch> Read(YamlMap map, IReadOnlyCollection<string> allowedKeys)
    {
        map.RejectUnknownKeys(allowedKeys, "a facts document");
        var subjects = new List<(Subject? Subject, YamlMap Map)>();
        foreach (var (section, type) in SubjectSections)
        {
            foreach (var (fact, subjectMap) in ReadItems(map, section, type))
            {
                subjects.Add(((Subject?)fact, subjectMap));
            }
        }

        var observations = new List<(Observation? Observation, YamlMap Map, string TypeName)>();
        if (map.Get("observations") is { } observationsNode && map.Nested(observationsNode, "the observations (fact type: list)") is { } byType)
        {
            foreach (var typeName in byType.Keys)
            {
                var type = FactCatalog.FindObservation(typeName);
                if (type is null)
                {
                    map.Diagnostics.Add(Diagnostic.Error(
                        FactsDiagnosticCodes.UnknownFactType,
                        $"unknown fact type '{typeName}'{YamlMap.Suggest(typeName, FactCatalog.ObservationTypes.Select(t => t.Name))}; the fact types are: {FactCatalog.ObservationTypeList}",
                        byType.KeyLocation(typeName)));
                    continue;
                }

                foreach (var (fact, factMap) in ReadItems(byType, typeName, type))
                {
                    observations.Add(((Observation?)fact, factMap, type.Name));
                }
            }
        }

        CheckIdentities(map.Diagnostics, subjects, observations);
        if (map.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return LoadResult<FactBatch>.Failed(map.Diagnostics);
        }

        return FactBatch.Create(subjects.Select(s => s.Subject!), observations.Select(o => o.Observation!), map.File);
    }

    private static IEnumerable<(object? Fact, YamlMap Map)> ReadItems(YamlMap map, string key, FactTypeInfo type)
    {
        var node = map.Get(key);
        if (node is null)
        {
            yield break;
        }

        if (node is not YamlSequenceNode list)
        {
            map.Error(node, $"'{key}' must be a list of {type.Name} facts", FactsDiagnosticCodes.InvalidValue);
            yield break;
        }

        var constructor = new FactConstructor(type);
        foreach (var item in list.Children)
        {
            var itemMap = map.Nested(item, $"a {type.Name} fact");
            if (itemMap is null)
            {
                continue;
            }

            var subject = itemMap.Get("id") is YamlScalarNode { Value: { } id } ? id : null;
            itemMap = itemMap.WithSubject(subject);
            yield return (ReadFact(itemMap, constructor), itemMap);
        }
    }

    private static object? ReadFact(YamlMap map, FactConstructor constructor)
    {
        var allowed = constructor.Fields.Select(f => f.Name).ToList();
        map.RejectUnknownKeys(allowed, $"a {constructor.Type.Name} fact");
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var ok = true;
        foreach (var field in constructor.Fields)
        {
            var node = map.Get(field.Name);
            if (node is null || node is YamlScalarNode { Value: null or "" or "~" or "null" } && node is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.DoubleQuoted and not YamlDotNet.Core.ScalarStyle.SingleQuoted })
            {
                if (constructor.Required.Contains(field.Name))
                {
                    map.Diagnostics.Add(Diagnostic.Error(
                        FactsDiagnosticCodes.MissingField,
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
                    map.Error(node, error, FactsDiagnosticCodes.InvalidValue);
                }
            }
            else
            {
                map.Error(node, $"'{field.Name}' must be {FactValueReader.Expected(field)}, found {YamlMap.Describe(node)}", FactsDiagnosticCodes.InvalidValue);
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

            if (!EnumLabels.TryParse(field.EnumType!, text, out var value))
            {
                map.Error(member, $"'{text}' is not one of: {string.Join(", ", EnumLabels.LabelsOf(field.EnumType!))}", FactsDiagnosticCodes.InvalidValue);
                return null;
            }

            read.Add(value!);
        }

        return FactValueReader.ToSet(field, read);
    }

    private static void CheckIdentities(ICollection<Diagnostic> diagnostics, List<(Subject? Subject, YamlMap Map)> subjects, List<(Observation? Observation, YamlMap Map, string TypeName)> observations)
    {
        // Checked on the ids as written, so that a fact with another bad field still has its identity checked.
        var subjectIds = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var (_, subjectMap) in subjects)
        {
            if (Text(subjectMap, "id") is not { } id)
            {
                continue;
            }

            var at = subjectMap.ValueLocation("id");
            if (!subjectIds.TryAdd(id, at))
            {
                diagnostics.Add(Diagnostic.Error(FactsDiagnosticCodes.DuplicateSubject, $"subject id '{id}' is used twice (first at {subjectIds[id]})", at, id));
            }
        }

        var observationIds = new Dictionary<(string, string), SourceLocation>();
        foreach (var (_, map, type) in observations)
        {
            if (Text(map, "id") is { } id)
            {
                var idAt = map.ValueLocation("id");
                if (!observationIds.TryAdd((type, id), idAt))
                {
                    diagnostics.Add(Diagnostic.Error(
                        FactsDiagnosticCodes.DuplicateObservation,
                        $"{type} id '{id}' is used twice (first at {observationIds[(type, id)]})",
                        idAt,
                        id));
                }
            }

            if (Text(map, "subject_id") is { } subjectId && !subjectIds.ContainsKey(subjectId))
            {
                diagnostics.Add(Diagnostic.Error(
                    FactsDiagnosticCodes.UnknownSubject,
                    $"{type} '{Text(map, "id")}' names subject '{subjectId}', which no website or new-media account of the batch has{YamlMap.Suggest(subjectId, subjectIds.Keys)}",
                    map.ValueLocation("subject_id"),
                    Text(map, "id")));
            }
        }
    }

    private static string? Text(YamlMap map, string key) => map.Get(key) is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

}
