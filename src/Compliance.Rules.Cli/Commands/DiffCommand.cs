using System.CommandLine;
using System.Globalization;
using Compliance.Rules.Authoring.Model;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// The <c>diff</c> command: what a policy editor reviews when a new revision arrives. Lists the scoring parameters and
/// groups that changed, then the indicators added, removed and changed between two revisions (matched by id); for a
/// changed indicator, each change on one line by its path in the rule file with its old and new value
/// (<c>when.count.where.category: [动态, 要闻] → [动态要闻]</c>; see <see cref="IndicatorDiff"/>), then name, reason,
/// detail, max points and enabled.
/// </summary>
/// <remarks>Exit code 0 after printing (also when the revisions differ), 2 when a revision cannot be loaded.</remarks>
internal static class DiffCommand
{
    private const int Success = 0;
    private const int LoadFailed = 2;

    /// <summary>Builds the <c>diff</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var oldArgument = new Argument<string>("old") { Description = "The earlier revision: " + RuleSetResolver.Description };
        var newArgument = new Argument<string>("new") { Description = "The later revision: " + RuleSetResolver.Description };
        var command = new Command(
            "diff",
            "List the indicators added, removed and changed (threshold, window, points, reason) between two revisions, such as builtin:gb-2015 and builtin:gb-2019, with the scoring parameters and groups that changed.")
        {
            oldArgument, newArgument,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            try
            {
                var before = RuleSetResolver.Resolve(parse.GetRequiredValue(oldArgument)).Revision;
                var after = RuleSetResolver.Resolve(parse.GetRequiredValue(newArgument)).Revision;
                Write(before, after, output);
                return Success;
            }
            catch (CommandInputException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {ex.Message}");
                return LoadFailed;
            }
        });
        return command;
    }

    private static void Write(RuleRevision before, RuleRevision after, TextWriter output)
    {
        output.WriteLine($"--- {Header(before)}");
        output.WriteLine($"+++ {Header(after)}");
        WriteScoring(before.Scoring, after.Scoring, output);
        WriteGroups(before, after, output);

        var oldIds = before.Indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var newIds = after.Indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var added = after.Indicators.Where(i => !oldIds.Contains(i.Id)).ToList();
        var removed = before.Indicators.Where(i => !newIds.Contains(i.Id)).ToList();
        foreach (var indicator in added)
        {
            output.WriteLine($"added   {indicator.Id} {indicator.Name}");
        }

        foreach (var indicator in removed)
        {
            output.WriteLine($"removed {indicator.Id} {indicator.Name}");
        }

        var changed = 0;
        foreach (var indicator in after.Indicators.Where(i => oldIds.Contains(i.Id)))
        {
            var differences = IndicatorDiff.Between(before.FindIndicator(indicator.Id)!, indicator);
            if (differences.IsEmpty)
            {
                continue;
            }

            changed++;
            output.WriteLine($"changed {indicator.Id} {indicator.Name}");
            foreach (var difference in differences)
            {
                output.WriteLine("  " + difference);
            }
        }

        var unchanged = after.Indicators.Count(i => oldIds.Contains(i.Id)) - changed;
        output.WriteLine($"{added.Count} added, {removed.Count} removed, {changed} changed, {unchanged} unchanged");
    }

    private static string Header(RuleRevision revision) =>
        $"{revision.Id} {revision.Title} ({revision.Document}, in force from {revision.EffectiveFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}, {revision.Jurisdiction})";

    private static void WriteScoring(ScoringParameters before, ScoringParameters after, TextWriter output)
    {
        var pairs = new (string Name, string Was, string Now)[]
        {
            ("base", Number(before.Base), Number(after.Base)),
            ("fail_below", Number(before.FailBelow), Number(after.FailBelow)),
            ("bonus_above", Number(before.BonusAbove), Number(after.BonusAbove)),
            ("bonus_max", Number(before.BonusMax), Number(after.BonusMax)),
            ("without_external_services", Rescaling(before.WithoutExternalServices), Rescaling(after.WithoutExternalServices)),
        };
        foreach (var (name, was, now) in pairs.Where(p => p.Was != p.Now))
        {
            output.WriteLine($"scoring {name}: {was} → {now}");
        }
    }

    private static void WriteGroups(RuleRevision before, RuleRevision after, TextWriter output)
    {
        foreach (var group in after.Groups)
        {
            var old = before.Groups.FirstOrDefault(g => g.Id == group.Id);
            if (old is null)
            {
                output.WriteLine($"group added   {Group(group)}");
            }
            else if (old != group)
            {
                output.WriteLine($"group changed {Group(old)} → {Group(group)}");
            }
        }

        foreach (var group in before.Groups.Where(g => after.Groups.All(n => n.Id != g.Id)))
        {
            output.WriteLine($"group removed {Group(group)}");
        }
    }

    private static string Group(IndicatorGroup group) =>
        $"{group.Id} {group.Name} ({group.Kind.ToString().ToLowerInvariant()}, max {Number(group.Max)})";

    private static string Rescaling(ExternalServicesRescaling? rescaling) =>
        rescaling is null
            ? "(none)"
            : $"excluded [{string.Join(", ", rescaling.ExcludedGroups)}], base {Number(rescaling.Base)}, scale {Number(rescaling.ScaleNumerator)}/{Number(rescaling.ScaleDenominator)}";

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
