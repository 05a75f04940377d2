using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Yaml;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>Parses how far ahead a change is announced (<c>warn_ahead: { calendar_days: 3 }</c> or <c>{ working_days: 1 }</c>).</summary>
internal static class WarnAheadParser
{
    /// <summary>The key, in <c>revision.yaml</c> (the revision's default) and in an indicator.</summary>
    public const string Key = "warn_ahead";

    /// <summary>The units a warning may be given ahead in.</summary>
    public static readonly string[] Units = ["calendar_days", "working_days"];

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

        map.RejectUnknownKeys(Units, "'warn_ahead'");
        return WindowParser.OneAmount(map, Units, "'warn_ahead'", "'warn_ahead' of") is { } amount
            ? new WarnAhead(amount.Amount, WindowParser.Units[amount.Unit])
            : null;
    }
}
