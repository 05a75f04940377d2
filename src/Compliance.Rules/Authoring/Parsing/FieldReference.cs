using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Grammar;
using Compliance.Rules.Yaml;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>
/// Resolves the field names a rule file writes (as filter keys, or as values of <c>field</c>, <c>from</c>, <c>to</c>)
/// against a fact type, reporting an unknown name with a suggestion and the type's fields, and a field of the wrong kind.
/// </summary>
internal static class FieldReference
{
    /// <summary>Resolves a field name.</summary>
    /// <param name="map">The mapping the name is written in, for diagnostics.</param>
    /// <param name="type">The fact type.</param>
    /// <param name="name">The field name.</param>
    /// <param name="at">Where the name is written.</param>
    /// <returns>The field, or <see langword="null"/> after reporting it unknown.</returns>
    public static FactField? Resolve(YamlMap map, FactTypeInfo type, string name, SourceLocation at)
    {
        if (type.Fields.TryGetValue(name, out var field))
        {
            return field;
        }

        map.Diagnostics.Add(Diagnostic.Create(
            DiagnosticCodes.RuleUnknownField,
            $"{type.Name} has no field '{MessageExcerpt.Of(name)}'{YamlMap.Suggest(name, type.Fields.Keys)}; its fields are: {type.FieldList}",
            at,
            map.Subject));
        return null;
    }

    /// <summary>Reads a key whose value names a field of a fitting kind (<c>field: published</c>).</summary>
    /// <param name="keys">The mapping, read by its grammar (which says whether the key must be present).</param>
    /// <param name="type">The fact type.</param>
    /// <param name="key">The key holding the field name.</param>
    /// <param name="what">What the mapping is, for the missing-key message.</param>
    /// <param name="fits">Which field kinds the key accepts.</param>
    /// <param name="expected">The accepted kinds in words, for the message.</param>
    /// <returns>The field, or <see langword="null"/> when absent or after reporting an error.</returns>
    public static FactField? Named(GrammarMapReader keys, FactTypeInfo type, string key, string what, Func<FieldKind, bool> fits, string expected)
    {
        var map = keys.Map;
        var name = keys.String(key, what);
        if (name is null)
        {
            return null;
        }

        var field = Resolve(map, type, name, map.ValueLocation(key));
        if (field is not null && !fits(field.Kind))
        {
            map.Error(map.Get(key)!, $"'{key}' must name a field holding {expected}; '{MessageExcerpt.Of(name)}' holds {field.Describe()}", DiagnosticCodes.OperatorMismatch);
            return null;
        }

        return field;
    }
}
