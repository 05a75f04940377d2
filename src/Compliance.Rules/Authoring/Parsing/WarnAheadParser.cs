using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Grammar;
using Compliance.Rules.Yaml;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>Parses how far ahead a change is announced (<c>warn_ahead: { calendar_days: 3 }</c> or <c>{ working_days: 1 }</c>).</summary>
internal static class WarnAheadParser
{
    /// <summary>The key, in <c>revision.yaml</c> (the revision's default) and in an indicator.</summary>
    public const string Key = "warn_ahead";

    /// <summary>Parses the <c>warn_ahead</c> of a mapping, if it has one.</summary>
    /// <param name="parent">The revision or indicator mapping.</param>
    /// <returns>The setting; <see langword="null"/> when the mapping has none or after reporting errors.</returns>
    public static WarnAhead? Parse(YamlMap parent)
    {
        if (parent.Get(Key) is not { } node)
        {
            return null;
        }

        var map = parent.Nested(node, "how far ahead to warn, such as { calendar_days: 3 } or { working_days: 1 }");
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(RuleGrammar.WarnAhead);
        return WindowParser.OneAmount(map, RuleChoices.WarnAheadUnits, "'warn_ahead'", "'warn_ahead' of") is { } amount
            ? new WarnAhead(amount.Amount, amount.Unit)
            : null;
    }
}
