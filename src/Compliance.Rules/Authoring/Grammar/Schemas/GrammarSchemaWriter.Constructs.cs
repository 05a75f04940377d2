using System.Text.Json.Nodes;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;
using Compliance.Rules.Grammar;

namespace Compliance.Rules.Authoring.Grammar.Schemas;

/// <summary>
/// The constructs of the rule language that the fact catalogue shapes: applicabilities and conditions typed by subject
/// kind, selections typed by fact type, thresholds, and what the loader checks beyond keys.
/// </summary>
internal sealed partial class GrammarSchemaWriter
{
    /// <summary>The pattern of an ISO date.</summary>
    internal const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    // The syntax of a template: literal text, {{ and }}, and placeholders {name}, {name:format}, {date+Nd:format}.
    private const string TemplatePattern = @"^(?:[^{}]|\{\{|\}\}|\{\s*[A-Za-z0-9_.]+\s*(?:[+-][0-9]+d)?(?::[^}]+)?\})*$";

    private static IEnumerable<SubjectKind> SubjectKinds => Enum.GetValues<SubjectKind>();

    private static IEnumerable<string> SubjectKindNames => SubjectKinds.Select(FactCatalog.NameOf);

    private JsonObject Construct(ConstructKind kind, bool patch) => kind switch
    {
        ConstructKind.Applicability => Applicability(patch),
        ConstructKind.Condition or ConstructKind.FactFilter or ConstructKind.SubjectFilter when patch => Mapping(LanguageGrammar.MappingOf(new GrammarValue.Construct(kind))!, patch: true),
        ConstructKind.Condition or ConstructKind.FactFilter or ConstructKind.SubjectFilter => new JsonObject { ["type"] = "object" },
        ConstructKind.FactType => new JsonObject { ["enum"] = Names(FactCatalog.ObservationTypes.Select(t => t.Name)) },
        ConstructKind.SummedField => FieldNames(FieldRoles.Summed),
        ConstructKind.DatedField => FieldNames(FieldRoles.Dated),
        ConstructKind.ElapsedField => FieldNames(FieldRoles.Elapsed),
        ConstructKind.PointsField => FieldNames(FieldRoles.Points),
        ConstructKind.Threshold => _document.Ref("threshold", () => new JsonObject
        {
            ["description"] = "阈值：count、age 为非负整数；ratio 为 0–1 之间的数或 0%–100% 的百分数；sum 为数或百分数。\nThe threshold: a whole number ≥ 0 for count and age; a number from 0 to 1 or a percentage from 0% to 100% for ratio; a number or percentage for sum.",
            ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "number" }, new JsonObject { ["type"] = "string", ["pattern"] = "^[-+]?[0-9]+(\\.[0-9]+)?%$" }),
        }),
        ConstructKind.WholeThreshold => new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
        ConstructKind.Score => new JsonObject
        {
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "null" },
                new JsonObject { ["type"] = "number" },
                new JsonObject { ["type"] = "string", ["pattern"] = @"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$" }),
        },
        ConstructKind.ObservedTypes => new JsonObject
        {
            ["anyOf"] = new JsonArray(new JsonObject { ["const"] = "all" }, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } }),
        },
        _ => throw new InvalidOperationException($"{kind} is written by the document that holds it"),
    };

    // The mappings whose schema the catalogue shapes; the others are written from their keys alone.
    private JsonObject? Construct(MappingGrammar grammar, bool patch) =>
        grammar == RuleGrammar.Filter && patch ? PatchWhere()
        : grammar == RuleGrammar.Applicability ? Applicability(patch)
        : null;

    /// <summary>Gets a date.</summary>
    /// <returns>The reference to <c>date</c>.</returns>
    private JsonObject DateValue() => _document.Ref("date", () => new JsonObject
    {
        ["type"] = "string",
        ["format"] = "date",
        ["pattern"] = DatePattern,
        ["description"] = "日期，如 2024-06-27。\nA date such as 2024-06-27.",
    });

    private JsonObject Applicability(bool patch) => _document.Ref(patch ? "patch.applicability" : "applicability", () =>
    {
        var grammar = RuleGrammar.Applicability;
        var mapping = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
        };
        if (!patch)
        {
            mapping["required"] = Names(grammar.Keys.Where(k => k.Required).Select(k => k.Name));
        }

        var subject = new JsonObject
        {
            ["anyOf"] = new JsonArray(new JsonObject { ["enum"] = Names(SubjectKindNames) }, new JsonObject { ["type"] = "string", ["pattern"] = RuleGrammar.SelectorNamePattern }),
            ["description"] = Text(grammar["subject"].Description),
        };
        var where = patch ? Mapping(RuleGrammar.Filter, patch: true) : new JsonObject { ["type"] = "object" };
        where["description"] = Text(grammar["where"].Description);
        mapping["properties"] = new JsonObject { ["subject"] = subject, ["where"] = where };
        if (!patch)
        {
            mapping["allOf"] = new JsonArray([.. SubjectKinds.Select(k => (JsonNode)When("subject", FactCatalog.NameOf(k), new JsonObject { ["where"] = Where(FactCatalog.Subject(k)) }))]);
        }

        return new JsonObject
        {
            ["description"] = Text(grammar.Description),
            ["anyOf"] = new JsonArray(
                new JsonObject
                {
                    ["enum"] = Names(SubjectKindNames),
                    ["description"] = "对象类别：website（政府网站）、new_media（政务新媒体）或 supervisor（监管单位）。\nA subject kind: website (政府网站), new_media (政务新媒体) or supervisor (监管单位).",
                },
                mapping,
                new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = RuleGrammar.SelectorNamePattern,
                    ["not"] = new JsonObject { ["enum"] = Names(SubjectKindNames) },
                    ["description"] = "revision.yaml 的 selectors 中定义的选择器名称，如 portal、active_account。\nThe name of a selector defined under selectors in revision.yaml, such as portal or active_account.",
                }),
        };
    });

    /// <summary>Refers to the condition of an indicator that applies to subjects of a kind.</summary>
    /// <param name="kind">The subject kind.</param>
    /// <returns>The reference to <c>condition.&lt;kind&gt;</c>.</returns>
    private JsonObject Condition(SubjectKind kind) => _document.Ref("condition." + FactCatalog.NameOf(kind), () =>
    {
        var body = Body(RuleGrammar.Condition, patch: false);
        var properties = (JsonObject)body["properties"]!;
        properties["all"]!["items"] = Condition(kind);
        var subject = Where(FactCatalog.Subject(kind));
        subject["description"] = properties["subject"]!["description"]!.GetValue<string>();
        properties["subject"] = subject;
        body["description"] = $"条件（{FactCatalog.Subject(kind).Meaning.Chinese}）：恰好一种形式 {string.Join("、", RuleGrammar.ConditionForms)}，聚合形式另加一个比较。\nA condition ({FactCatalog.NameOf(kind)}): exactly one of {string.Join(", ", RuleGrammar.ConditionForms)}, with a comparison for the aggregates.";
        body["allOf"] = new JsonArray(ConditionRules());
        return body;
    });

    // What the loader checks of a condition beyond its keys: exactly one form; a comparison with the forms that measure
    // and none with the others; when_empty with age only; whole numbers for counts and ages, 0–1 for ratios.
    private JsonObject ConditionRules() => _document.Ref("conditionRules", () =>
    {
        var comparisons = ComparisonOperator.Keys.ToList();
        var rules = new JsonArray
        {
            new JsonObject
            {
                ["if"] = new JsonObject { ["anyOf"] = new JsonArray([.. RuleGrammar.ComparedForms.Select(f => (JsonNode)Required(f))]) },
                ["then"] = new JsonObject { ["oneOf"] = new JsonArray([.. comparisons.Select(c => (JsonNode)Required(c))]) },
                ["else"] = new JsonObject { ["not"] = new JsonObject { ["anyOf"] = new JsonArray([.. comparisons.Select(c => (JsonNode)Required(c))]) } },
            },
            new JsonObject
            {
                ["if"] = Required(RuleGrammar.AgeForm),
                ["then"] = Required("when_empty"),
                ["else"] = new JsonObject { ["not"] = Required("when_empty") },
            },
            new JsonObject
            {
                ["if"] = new JsonObject { ["anyOf"] = new JsonArray([.. RuleGrammar.WholeNumberForms.Select(f => (JsonNode)Required(f))]) },
                ["then"] = new JsonObject
                {
                    ["properties"] = new JsonObject(comparisons.Select(c => KeyValuePair.Create(c, (JsonNode?)new JsonObject { ["type"] = "integer", ["minimum"] = c == ComparisonOperator.Lt.Key ? 1 : 0 }))),
                },
            },
            new JsonObject
            {
                ["if"] = Required(RuleGrammar.RatioForm),
                ["then"] = new JsonObject
                {
                    ["properties"] = new JsonObject(comparisons.Select(c => KeyValuePair.Create(c, (JsonNode?)new JsonObject
                    {
                        ["anyOf"] = new JsonArray(
                            new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1 },
                            new JsonObject { ["type"] = "string", ["pattern"] = "^\\+?(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)%$" }),
                    }))),
                },
            },
        };
        return new JsonObject
        {
            ["description"] = "条件的结构规则：恰好一种形式；count、ratio、sum、age 须有且仅有一个比较，其他形式不带比较；when_empty 只用于 age 且为必填。\nThe shape rules of a condition: exactly one form; count, ratio, sum and age take exactly one comparison and the other forms none; when_empty belongs to age only, where it is required.",
            ["oneOf"] = new JsonArray([.. RuleGrammar.ConditionForms.Select(f => (JsonNode)Required(f))]),
            ["allOf"] = rules,
        };
    });

    // The rules of a mapping beyond its keys and alternatives.
    private void Rules(MappingGrammar grammar, JsonObject body)
    {
        var rules = body["allOf"] as JsonArray ?? [];
        if (grammar.Find("of") is { Value: GrammarValue.Construct { Kind: ConstructKind.FactType } })
        {
            foreach (var type in FactCatalog.ObservationTypes)
            {
                rules.Add(When("of", type.Name, TypedKeys(grammar, type)));
            }
        }

        if (grammar == RuleGrammar.Indicator)
        {
            foreach (var kind in SubjectKinds)
            {
                var name = FactCatalog.NameOf(kind);
                rules.Add(new JsonObject
                {
                    ["if"] = new JsonObject
                    {
                        ["properties"] = new JsonObject
                        {
                            ["applies_to"] = new JsonObject
                            {
                                ["anyOf"] = new JsonArray(new JsonObject { ["const"] = name }, new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["subject"] = new JsonObject { ["const"] = name } }, ["required"] = Names(["subject"]) }),
                            },
                        },
                        ["required"] = Names(["applies_to"]),
                    },
                    ["then"] = new JsonObject { ["properties"] = new JsonObject { ["when"] = Condition(kind) } },
                });
            }

            // A veto or a notice has no points, a deduction or a bonus has them; an indicator without sub-rules has a reason.
            rules.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["enum"] = Names(RuleGrammar.UnscoredKinds) } }, ["required"] = Names(["kind"]) },
                ["then"] = new JsonObject { ["not"] = Required("points") },
                ["else"] = Required("points"),
            });
            rules.Add(new JsonObject { ["anyOf"] = new JsonArray(Required(Parsing.SubRuleParser.AnyKey), Required("reason")) });
        }

        if (grammar == RuleGrammar.Points)
        {
            body["dependentRequired"] = new JsonObject { ["per_unit"] = Names(["unit", "measure"]) };
        }

        if (rules.Count > 0)
        {
            body["allOf"] = rules;
        }
    }

    // The keys of a selection or sample that depend on its fact type: its filters and the field it measures.
    private JsonObject TypedKeys(MappingGrammar grammar, FactTypeInfo type)
    {
        var properties = new JsonObject();
        foreach (var key in grammar.Keys)
        {
            switch (key.Value)
            {
                case GrammarValue.Construct { Kind: ConstructKind.FactFilter }:
                    properties[key.Name] = Where(type);
                    break;
                case GrammarValue.Construct { Kind: ConstructKind.SummedField or ConstructKind.DatedField } field:
                    var names = FieldRoles.Of(type, field.Kind == ConstructKind.SummedField ? FieldRoles.Summed : FieldRoles.Dated).ToList();
                    properties[key.Name] = names.Count > 0
                        ? new JsonObject { ["enum"] = Names(names) }
                        : new JsonObject { ["not"] = new JsonObject(), ["description"] = $"{type.Name} 没有可用于此处的字段。\n{type.Name} has no field that fits here." };
                    break;
            }
        }

        return properties;
    }

    private static JsonObject When(string key, string value, JsonObject properties) => new()
    {
        ["if"] = new JsonObject { ["properties"] = new JsonObject { [key] = new JsonObject { ["const"] = value } }, ["required"] = Names([key]) },
        ["then"] = new JsonObject { ["properties"] = properties },
    };

    // Every field of any observation type that fits, for a change whose fact type is the base's.
    private static JsonObject FieldNames(Func<FieldKind, bool> role) =>
        new() { ["enum"] = Names(FactCatalog.ObservationTypes.SelectMany(t => FieldRoles.Of(t, role)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)) };

    // The placeholders a template may use, from the grammar's table.
    private static string TemplateHelp()
    {
        var measured = Placeholders.Measured.Select(p => (p.Name, p.Description)).Concat(Placeholders.Families).ToList();
        return "占位符：{名称}、{名称:格式}、{日期+1d:M月d日}；{{ 与 }} 表示花括号本身。数值格式如 0.0、P2，日期格式为 NodaTime 模式如 M月d日。可用：" + string.Join("；", measured.Select(p => $"{p.Name}（{p.Description.Chinese}）")) + "。\n"
            + "Placeholders: {name}, {name:format}, {date+1d:M月d日}; {{ and }} are literal braces. Numbers take .NET formats such as 0.0 or P2, dates NodaTime patterns such as M月d日. Available: " + string.Join("; ", measured.Select(p => $"{p.Name} ({p.Description.English})")) + ".";
    }
}
