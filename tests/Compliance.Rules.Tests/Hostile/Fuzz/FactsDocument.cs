using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Compliance.Rules.Facts;
using Compliance.Rules.Labels;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Tests.Hostile.Fuzz;

/// <summary>
/// Writes a batch as a JSON or YAML facts document (rules/schema/facts.schema.json), so the fuzzer has shipped-shaped
/// documents to damage: every field of every fact in snake_case, empty values left out, categories by their names (policy_documents).
/// </summary>
internal static class FactsDocument
{
    private static readonly LocalDateTimePattern DateTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    /// <summary>Writes the batch as JSON.</summary>
    /// <param name="batch">The batch.</param>
    /// <returns>The document.</returns>
    public static string Json(FactBatch batch) =>
        JsonSerializer.Serialize(Sections(batch), new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Writes the batch as YAML: block sections, one flow mapping per fact, every text double-quoted.</summary>
    /// <param name="batch">The batch.</param>
    /// <returns>The document.</returns>
    public static string Yaml(FactBatch batch)
    {
        var yaml = new StringBuilder();
        foreach (var (section, content) in Sections(batch))
        {
            yaml.Append(section).Append(':');
            if (content is Dictionary<string, List<Dictionary<string, object>>> observations)
            {
                yaml.Append('\n');
                foreach (var (type, facts) in observations)
                {
                    yaml.Append("  ").Append(type).Append(":\n");
                    AppendList(yaml, facts, "    ");
                }
            }
            else if (content is List<string> names)
            {
                yaml.Append(" [").Append(string.Join(", ", names)).Append("]\n");
            }
            else
            {
                yaml.Append('\n');
                AppendList(yaml, (List<Dictionary<string, object>>)content, "  ");
            }
        }

        return yaml.ToString();
    }

    private static void AppendList(StringBuilder yaml, List<Dictionary<string, object>> facts, string indent)
    {
        foreach (var fact in facts)
        {
            yaml.Append(indent).Append("- { ")
                .Append(string.Join(", ", fact.Select(f => $"{f.Key}: {YamlValue(f.Value)}")))
                .Append(" }\n");
        }
    }

    private static string YamlValue(object value) => value switch
    {
        string text => JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
        bool b => b ? "true" : "false",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object>().Select(YamlValue)) + "]",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static Dictionary<string, object> Sections(FactBatch batch)
    {
        var sections = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, kind) in new[] { ("websites", SubjectKind.Website), ("new_media", SubjectKind.NewMedia), ("supervisors", SubjectKind.Supervisor) })
        {
            var subjects = batch.Subjects.Where(s => s.Kind == kind).Select(Fields).ToList();
            if (subjects.Count > 0)
            {
                sections[name] = subjects;
            }
        }

        sections["observations"] = batch.Observations
            .GroupBy(o => FactCatalog.For(o.GetType()).Name)
            .ToDictionary(g => g.Key, g => g.Select(Fields).ToList(), StringComparer.Ordinal);
        if (!batch.DeclaredObserved.IsDefaultOrEmpty)
        {
            sections["observed"] = batch.DeclaredObserved.ToList();
        }

        return sections;
    }

    private static Dictionary<string, object> Fields(object fact)
    {
        var fields = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var field in FactCatalog.For(fact.GetType()).Fields.Values.Where(f => f.Name != "kind").OrderBy(f => f.Name == "id" ? 0 : 1))
        {
            if (Value(field.Property.GetValue(fact)) is { } value)
            {
                fields[field.Name] = value;
            }
        }

        return fields;
    }

    private static object? Value(object? value) => value switch
    {
        null => null,
        LocalDate date => LocalDatePattern.Iso.Format(date),
        LocalDateTime time => DateTime.Format(time),
        Instant instant => InstantPattern.ExtendedIso.Format(instant),
        Duration duration => string.Create(CultureInfo.InvariantCulture, $"{(long)duration.TotalMilliseconds}ms"),
        Enum member => EnumVocabulary.NameOf(member),
        IEnumerable list and not string => list.Cast<object>().Select(Value).ToList(),
        _ => value,
    };
}
