using System.Text.Json.Nodes;
using Compliance.Rules.Facts;
using Compliance.Rules.Grammar;

namespace Compliance.Rules.Authoring.Grammar.Schemas;

/// <summary>The changes an override writes: a filter merged field by field onto the base's.</summary>
internal sealed partial class GrammarSchemaWriter
{
    // A change to a filter: any field of any fact type (the override does not repeat the base's 'of'), with a field test
    // of any operator, and the connectives as changes.
    private JsonObject PatchWhere()
    {
        var grammar = RuleGrammar.Filter;
        var fields = FactCatalog.ObservationTypes
            .Concat(SubjectKinds.Select(FactCatalog.Subject))
            .SelectMany(t => t.Fields.Keys)
            .Concat(grammar.KeyNames)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var connectives = new JsonObject();
        foreach (var key in grammar.Keys)
        {
            var schema = key.Value is GrammarValue.ListOf ? new JsonObject { ["type"] = "array", ["items"] = Mapping(grammar, patch: true) } : Value(key.Value, patch: true);
            schema["description"] = Text(key.Description);
            connectives[key.Name] = schema;
        }

        var operators = new JsonObject();
        foreach (var op in FieldOperators.All)
        {
            var argument = op.Argument switch
            {
                OperatorArgument.Values => new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = new JsonObject { ["type"] = AnyScalar() } },
                OperatorArgument.Flag => new JsonObject { ["type"] = "boolean" },
                OperatorArgument.Window => Mapping(RuleGrammar.Window, patch: true),
                OperatorArgument.WholeComparison => Mapping(RuleGrammar.Size, patch: true),
                _ => new JsonObject { ["type"] = AnyScalar() },
            };
            argument["description"] = Text(op.Description);
            operators[op.Key] = argument;
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = "对过滤条件的修改：与基础版的 where 按字段合并。\nA change to a filter: merged onto the base's where field by field.",
            ["propertyNames"] = new JsonObject { ["enum"] = Names(fields) },
            ["properties"] = connectives,
            ["additionalProperties"] = new JsonObject
            {
                ["description"] = "字段检验：值、值的列表或运算符映射。\nA field test: a value, a list of values or a mapping of operators.",
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = AnyScalar() },
                    new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = new JsonObject { ["type"] = AnyScalar() } },
                    new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = operators }),
            },
        };
    }
}
