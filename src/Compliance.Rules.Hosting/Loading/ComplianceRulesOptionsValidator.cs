using System.Globalization;
using Microsoft.Extensions.Options;

namespace Compliance.Rules.Hosting.Loading;

/// <summary>
/// Checks the options before anything is loaded, reporting every problem at once under its configuration key
/// (<c>ComplianceRules:RuleSets:1</c>); run at start-up (<c>ValidateOnStart</c>).
/// </summary>
internal sealed class ComplianceRulesOptionsValidator : IValidateOptions<ComplianceRulesOptions>
{
    private static readonly TimeSpan LongestDelay = TimeSpan.FromHours(1);

    public ValidateOptionsResult Validate(string? name, ComplianceRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Section = ComplianceRulesOptions.SectionName;
        if (options.RuleSets.Count == 0)
        {
            failures.Add($"{Section}:RuleSets names no rule set: give at least one, as builtin:<id> (builtin:gb-2019) or the path of a revision folder");
        }

        CheckList(options.RuleSets, $"{Section}:RuleSets", "rule set", failures);
        CheckList(options.CalendarFiles, $"{Section}:CalendarFiles", "calendar file", failures);
        if (options.DefaultRevision is { } revision && string.IsNullOrWhiteSpace(revision))
        {
            failures.Add($"{Section}:DefaultRevision is blank: give a revision id such as xjbt-2024, or leave it out");
        }

        if (options.ReloadDelay < TimeSpan.Zero || options.ReloadDelay > LongestDelay)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{Section}:ReloadDelay is {options.ReloadDelay}; it must lie between 00:00:00 and {LongestDelay}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckList(IList<string> values, string key, string what, List<string> failures)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                failures.Add($"{key}:{i} is blank: give a {what}");
            }
            else if (!first.TryAdd(values[i], i))
            {
                failures.Add($"{key}:{i} names '{values[i]}' again (as {key}:{first[values[i]]} does)");
            }
        }
    }
}
