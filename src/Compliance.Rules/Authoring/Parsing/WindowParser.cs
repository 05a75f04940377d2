using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>Parses time windows (<c>{ calendar_days: 14 }</c>) and time units (<c>working_days</c>).</summary>
internal static class WindowParser
{
    /// <summary>Parses a window mapping.</summary>
    /// <param name="parent">The enclosing mapping.</param>
    /// <param name="node">The window node.</param>
    /// <returns>The window, or <see langword="null"/> after reporting errors.</returns>
    public static Window? Parse(YamlMap parent, YamlNode node)
    {
        var map = parent.Nested(node, "a time window such as { calendar_days: 14 }");
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(RuleGrammar.Window);
        var units = map.Keys.Where(RuleChoices.TimeUnits.Names.Contains).ToList();
        if (units.Count != 1)
        {
            map.Diagnostics.Add(Compliance.Rules.Diagnostics.Diagnostic.Create(
                DiagnosticCodes.InvalidWindow,
                $"a time window needs exactly one of {string.Join(", ", RuleChoices.TimeUnits.Names)}; found {(units.Count == 0 ? "none" : string.Join(", ", units))}",
                map.Location,
                map.Subject));
            return null;
        }

        var amount = map.Integer(units[0], true, "a time window");
        if (amount is null)
        {
            return null;
        }

        if (amount <= 0)
        {
            map.Error(map.Get(units[0])!, $"a window of {amount} {units[0]} is impossible: the amount must be at least 1", DiagnosticCodes.InvalidWindow);
            return null;
        }

        var start = map.String("start", false, "a time window");
        var inclusive = true;
        if (start is not null && !RuleChoices.WindowStarts.TryGet(start, out inclusive))
        {
            map.Error(map.Get("start")!, $"'start' must be {RuleChoices.WindowStarts.Listed()}, found '{MessageExcerpt.Of(start)}'");
            inclusive = true;
        }

        RuleChoices.TimeUnits.TryGet(units[0], out TimeUnit unit);
        return new Window(amount.Value, unit, inclusive);
    }

    /// <summary>Parses a unit name.</summary>
    /// <param name="map">The enclosing mapping.</param>
    /// <param name="key">The key holding the unit.</param>
    /// <returns>The unit, or <see langword="null"/> after reporting an error.</returns>
    public static TimeUnit? ParseUnit(YamlMap map, string key)
    {
        var text = map.String(key, true, "this mapping");
        if (text is null)
        {
            return null;
        }

        if (RuleChoices.TimeUnits.TryGet(text, out TimeUnit unit))
        {
            return unit;
        }

        map.Error(map.Get(key)!, $"'{key}' must be one of {string.Join(", ", RuleChoices.TimeUnits.Names)}, found '{MessageExcerpt.Of(text)}'");
        return null;
    }
}
