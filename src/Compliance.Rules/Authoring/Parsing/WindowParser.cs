using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Grammar;
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
        if (OneAmount(map, RuleChoices.TimeUnits, "a time window", "a window of") is not { } amount)
        {
            return null;
        }

        var start = map.ReadBy(RuleGrammar.Window).String("start", "a time window");
        var inclusive = true;
        if (start is not null && !RuleChoices.WindowStarts.TryGet(start, out inclusive))
        {
            map.Error(map.Get("start")!, $"'start' must be {RuleChoices.WindowStarts.Listed()}, found '{MessageExcerpt.Of(start)}'");
            inclusive = true;
        }

        return new Window(amount.Amount, amount.Unit, inclusive);
    }

    /// <summary>Reads the one unit of a mapping that holds an amount of time (<c>{ calendar_days: 14 }</c>) and its amount.</summary>
    /// <param name="map">The mapping.</param>
    /// <param name="units">The units it may hold exactly one of.</param>
    /// <param name="what">What the mapping is, for messages ("a time window").</param>
    /// <param name="amountOf">How an amount is introduced in messages ("a window of").</param>
    /// <returns>The unit and the amount (at least 1), or <see langword="null"/> after reporting errors (CR2015).</returns>
    public static (TimeUnit Unit, int Amount)? OneAmount(YamlMap map, Choice units, string what, string amountOf)
    {
        var found = map.Keys.Where(units.Names.Contains).ToList();
        if (found.Count != 1)
        {
            map.Diagnostics.Add(Compliance.Rules.Diagnostics.Diagnostic.Create(
                DiagnosticCodes.InvalidWindow,
                $"{what} needs exactly one of {string.Join(", ", units.Names)}; found {(found.Count == 0 ? "none" : string.Join(", ", found))}",
                map.Location,
                map.Subject));
            return null;
        }

        var amount = map.Integer(found[0], true, what);
        if (amount is null)
        {
            return null;
        }

        if (amount <= 0)
        {
            map.Error(map.Get(found[0])!, $"{amountOf} {amount} {found[0]} is impossible: the amount must be at least 1", DiagnosticCodes.InvalidWindow);
            return null;
        }

        units.TryGet(found[0], out TimeUnit unit);
        return (unit, amount.Value);
    }

    /// <summary>Parses a unit name.</summary>
    /// <param name="keys">The enclosing mapping, read by its grammar.</param>
    /// <param name="key">The key holding the unit.</param>
    /// <returns>The unit, or <see langword="null"/> after reporting an error.</returns>
    public static TimeUnit? ParseUnit(GrammarMapReader keys, string key)
    {
        var map = keys.Map;
        var text = keys.String(key, "this mapping");
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
