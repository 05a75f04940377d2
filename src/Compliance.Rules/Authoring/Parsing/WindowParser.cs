using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>Parses time windows (<c>{ calendar_days: 14 }</c>) and time units (<c>working_days</c>).</summary>
internal static class WindowParser
{
    /// <summary>The YAML names of the time units.</summary>
    public static readonly IReadOnlyDictionary<string, TimeUnit> Units = new Dictionary<string, TimeUnit>(StringComparer.Ordinal)
    {
        ["calendar_days"] = TimeUnit.CalendarDays,
        ["working_days"] = TimeUnit.WorkingDays,
        ["months"] = TimeUnit.Months,
        ["years"] = TimeUnit.Years,
    };

    private static readonly string[] WindowKeys = [.. Units.Keys, "start"];

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

        map.RejectUnknownKeys(WindowKeys, "a time window");
        var units = map.Keys.Where(Units.ContainsKey).ToList();
        if (units.Count != 1)
        {
            map.Diagnostics.Add(Compliance.Rules.Diagnostics.Diagnostic.Error(
                RuleDiagnosticCodes.InvalidWindow,
                $"a time window needs exactly one of calendar_days, working_days, months, years; found {(units.Count == 0 ? "none" : string.Join(", ", units))}",
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
            map.Error(map.Get(units[0])!, $"a window of {amount} {units[0]} is impossible: the amount must be at least 1", RuleDiagnosticCodes.InvalidWindow);
            return null;
        }

        var start = map.String("start", false, "a time window") ?? "inclusive";
        if (start is not ("inclusive" or "exclusive"))
        {
            map.Error(map.Get("start")!, $"'start' must be inclusive or exclusive, found '{MessageExcerpt.Of(start)}'");
        }

        return new Window(amount.Value, Units[units[0]], start != "exclusive");
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

        if (Units.TryGetValue(text, out var unit))
        {
            return unit;
        }

        map.Error(map.Get(key)!, $"'{key}' must be one of {string.Join(", ", Units.Keys)}, found '{MessageExcerpt.Of(text)}'");
        return null;
    }
}
