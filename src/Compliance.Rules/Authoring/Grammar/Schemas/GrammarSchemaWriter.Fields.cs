using System.Text.Json.Nodes;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Values;
using Compliance.Rules.Grammar;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Authoring.Grammar.Schemas;

/// <summary>Filters on the facts of one type (<c>where.column</c>), the tests each field takes and the values it holds.</summary>
internal sealed partial class GrammarSchemaWriter
{
    /// <summary>Refers to the filter on the facts of a type (or the subject's own fields), with exactly its fields and the tests each takes.</summary>
    /// <param name="type">The fact type.</param>
    /// <returns>The reference to <c>where.&lt;type&gt;</c>.</returns>
    public JsonObject Where(FactTypeInfo type) => _document.Ref("where." + type.Name, () =>
    {
        var properties = new JsonObject();
        foreach (var field in type.Fields.Values.OrderBy(f => f.Property.MetadataToken))
        {
            var test = Test(field);
            test["description"] = Text(field.Meaning);
            properties[field.Name] = test;
        }

        var hasDates = FieldRoles.Of(type, FieldRoles.Elapsed).Any();
        foreach (var key in RuleGrammar.Filter.Keys.Where(k => hasDates || k.Name != "elapsed"))
        {
            var schema = key.Value switch
            {
                GrammarValue.ListOf => new JsonObject { ["type"] = "array", ["items"] = Where(type) },
                GrammarValue.Mapping => Elapsed(type),
                _ => Where(type),
            };
            schema["description"] = Text(key.Description);
            properties[key.Name] = schema;
        }

        var connectives = string.Join(", ", RuleGrammar.Filter.KeyNames.Where(k => hasDates || k != "elapsed"));
        var label = type.Meaning.Chinese;
        return new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["description"] = $"对{label}（{type.Name}）的过滤：字段名: 检验，全部成立；另有 {connectives.Replace(", ", "、", StringComparison.Ordinal)}。\nA filter on {type.Name} ({label}): field: test, all of which must hold; plus {connectives}.",
            ["properties"] = properties,
        };
    });

    private JsonObject Elapsed(FactTypeInfo type) => _document.Ref("elapsed." + type.Name, () =>
    {
        var body = Body(RuleGrammar.Elapsed, patch: false);
        var fields = FieldRoles.Of(type, FieldRoles.Elapsed).ToList();
        foreach (var key in RuleGrammar.Elapsed.Keys.Where(k => k.Value is GrammarValue.Construct { Kind: ConstructKind.ElapsedField }))
        {
            body["properties"]![key.Name]!["enum"] = Names(fields);
        }

        return body;
    });

    // The test of a field: a value, a list (where the field takes one) or a mapping of the operators that fit it.
    private JsonObject Test(FactField field)
    {
        var name = "test." + (field.EnumType?.Name ?? field.Kind.ToString().ToLowerInvariant()) + (field.IsNullable ? ".optional" : string.Empty);
        return _document.Ref(name, () =>
        {
            var operators = FieldOperators.All.Where(o => o.Fits(field)).ToList();
            var listed = FieldOperators.ForList(field).Fits(field);
            var properties = new JsonObject();
            foreach (var op in operators)
            {
                var argument = op.Argument switch
                {
                    OperatorArgument.Values => new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = FieldValue(field) },
                    OperatorArgument.Flag => new JsonObject { ["type"] = "boolean" },
                    OperatorArgument.Window => Mapping(RuleGrammar.Window, patch: false),
                    OperatorArgument.WholeComparison => Mapping(RuleGrammar.Size, patch: false),
                    _ => FieldValue(field),
                };
                argument["description"] = Text(op.Description);
                properties[op.Key] = argument;
            }

            var forms = new JsonArray { FieldValue(field) };
            if (listed)
            {
                forms.Add(new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = FieldValue(field) });
            }

            forms.Add(new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["minProperties"] = 1, ["properties"] = properties });
            var (chinese, english) = KindWords(field);
            var keys = string.Join(", ", operators.Select(o => o.Key));
            return new JsonObject
            {
                ["description"] = listed
                    ? $"对{chinese}字段的检验：一个值（{ValueMeaning(field).Chinese}）、值的列表（{ListMeaning(field).Chinese}），或运算符映射（全部成立）：{keys.Replace(", ", "、", StringComparison.Ordinal)}。\nA test on {english} field: a value ({ValueMeaning(field).English}), a list of values ({ListMeaning(field).English}), or a mapping of operators (all must hold): {keys}."
                    : $"对{chinese}字段的检验：一个值（{ValueMeaning(field).Chinese}），或运算符映射（全部成立）：{keys.Replace(", ", "、", StringComparison.Ordinal)}。\nA test on {english} field: a value ({ValueMeaning(field).English}) or a mapping of operators (all must hold): {keys}.",
                ["anyOf"] = forms,
            };
        });
    }

    private static Bilingual ValueMeaning(FactField field) => field.Kind == FieldKind.EnumSet ? new("集合包含该值", "the set holds it") : new("等于", "equals");

    private static Bilingual ListMeaning(FactField field) => field.Kind == FieldKind.EnumSet ? new("包含其中任一值", "it holds any of them") : new("等于其中之一", "one of them");

    private static (string Chinese, string English) KindWords(FactField field) => field.Kind switch
    {
        FieldKind.Text => ("文本", "a text"),
        FieldKind.Boolean => ("是/否", "a true/false"),
        FieldKind.Integer => ("整数", "a whole-number"),
        FieldKind.Decimal => ("数值", "a number"),
        FieldKind.Date => ("日期", "a date"),
        FieldKind.DateTime => ("日期时间", "a date-and-time"),
        FieldKind.Instant => ("时刻", "an instant"),
        FieldKind.Duration => ("时长", "a duration"),
        FieldKind.Enum => ("类别", "a category"),
        _ => ("类别集合", "a set-of-categories"),
    };

    // A value as a rule file writes it for a field (for a set, one of its categories).
    private JsonObject FieldValue(FactField field) => field.EnumType is { } enumType
        ? CategoryValue(enumType, null)
        : _document.Ref("value." + field.Kind.ToString().ToLowerInvariant(), () => field.Kind switch
        {
            FieldKind.Text => new JsonObject { ["type"] = AnyScalar(), ["description"] = "文本。\nText." },
            FieldKind.Boolean => new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "boolean" }, new JsonObject { ["type"] = "string", ["pattern"] = Pattern(field) }), ["description"] = "true 或 false，也可写“是”“否”。\ntrue or false (also 是/否)." },
            FieldKind.Integer => new JsonObject { ["type"] = "integer", ["description"] = "整数。\nA whole number." },
            FieldKind.Decimal => new JsonObject { ["type"] = "number", ["description"] = "数值。\nA number." },
            FieldKind.Date => new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = Pattern(field), ["description"] = "日期，如 2024-06-27。\nA date such as 2024-06-27." },
            FieldKind.DateTime => new JsonObject { ["type"] = "string", ["pattern"] = Pattern(field), ["description"] = "北京时间的日期和时间，如 2024-06-14 10:30 或 2024-06-14T10:30:15（秒可省略；只写日期即为零点）。\nA Beijing local date and time such as 2024-06-14 10:30 or 2024-06-14T10:30:15 (seconds optional; a date alone is midnight)." },
            FieldKind.Instant => new JsonObject { ["type"] = "string", ["pattern"] = Pattern(field), ["description"] = "带时区偏移的时刻，如 2024-06-14T10:30:00+08:00 或 2024-06-14T02:30:00Z。\nAn instant with its offset such as 2024-06-14T10:30:00+08:00 or 2024-06-14T02:30:00Z." },
            _ => new JsonObject { ["type"] = "string", ["pattern"] = Pattern(field), ["description"] = "时长，如 15s、800ms、2m、1h。\nA duration such as 15s, 800ms, 2m or 1h." },
        });

    // The forms the field's codec reads, the same in rule files and facts.
    private static string Pattern(FactField field) => FieldCodec.For(field).Pattern!;

    /// <summary>Refers to the values of a category: its Chinese labels, or its names in any letter case, with or without underscores.</summary>
    /// <param name="enumType">The enumeration.</param>
    /// <param name="meaning">What it is, when its vocabulary does not say.</param>
    /// <returns>The reference to <c>value.&lt;enum&gt;</c>.</returns>
    private JsonObject CategoryValue(Type enumType, Bilingual? meaning) => _document.Ref("value." + enumType.Name, () => Category(enumType, meaning));

    /// <summary>
    /// Gets the schema of the values of a category, from its words (<see cref="EnumVocabulary"/>): its Chinese labels, or
    /// its names in any letter case, with or without underscores (<c>policy_documents</c>, <c>PolicyDocuments</c>).
    /// </summary>
    /// <param name="enumType">The enumeration.</param>
    /// <param name="meaning">What it is, when its vocabulary does not say.</param>
    /// <returns>The schema.</returns>
    internal static JsonObject Category(Type enumType, Bilingual? meaning)
    {
        var terms = EnumVocabulary.Of(enumType);
        var what = terms.Meaning ?? meaning ?? throw new InvalidOperationException($"the vocabulary of {enumType.Name} does not say what it is");
        var labels = terms.Labels.ToList();
        var pascal = terms.Names.Select(PascalCase);
        return new JsonObject
        {
            ["description"] = $"{what.Chinese}。写中文标签：{string.Join("、", labels)}；也可写成员名（不区分大小写）或其 snake_case 形式。\n{what.English}. Write the Chinese label; the member name ({string.Join(", ", pascal)}, any letter case) or its snake_case form loads too.",
            ["anyOf"] = new JsonArray(
                new JsonObject { ["enum"] = Names(labels) },
                new JsonObject { ["type"] = "string", ["pattern"] = NamePattern(terms.Names) }),
        };
    }

    // The name written as one word with capitals (policy_documents → PolicyDocuments), which the schema shows as the
    // "member name" spelling; it is derived from the name, so it is the same in every file whatever C# calls the member.
    private static string PascalCase(string name) =>
        string.Concat(name.Split('_', '-').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    // Each name in any letter case, each underscore optional: what EnumTerms.TryParse reads besides the label.
    private static string NamePattern(IEnumerable<string> names) =>
        "^(" + string.Join("|", names.Select(n => string.Concat(n.Select(c => c is '_' or '-' ? $"{c}?" : char.IsAsciiLetter(c) ? $"[{char.ToUpperInvariant(c)}{c}]" : c.ToString())))) + ")$";
}
