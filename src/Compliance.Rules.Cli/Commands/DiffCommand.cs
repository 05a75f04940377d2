using System.CommandLine;
using System.Globalization;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Cli.Texts;
using Compliance.Rules.Labels;

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
    /// <param name="language">The language of its help and messages.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliLanguage language)
    {
        var common = CommonTexts.For(language);
        var texts = DiffTexts.For(language);
        var oldArgument = new Argument<string>("old") { Description = texts.OldArgument(RuleSetResolver.Description(common)) };
        var newArgument = new Argument<string>("new") { Description = texts.NewArgument(RuleSetResolver.Description(common)) };
        var command = new Command("diff", texts.Description)
        {
            oldArgument, newArgument,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            try
            {
                var before = RuleSetResolver.Resolve(parse.GetRequiredValue(oldArgument), common).Revision;
                var after = RuleSetResolver.Resolve(parse.GetRequiredValue(newArgument), common).Revision;
                foreach (var line in Lines(before, after, texts))
                {
                    output.WriteLine(TerminalText.Of(line));
                }

                return Success;
            }
            catch (CommandInputException ex)
            {
                parse.InvocationConfiguration.Error.WriteLine(TerminalText.Lines(common.ErrorPrefix + ex.Message));
                return LoadFailed;
            }
        });
        return command;
    }

    private static IEnumerable<string> Lines(RuleRevision before, RuleRevision after, DiffTexts texts)
    {
        yield return $"--- {Header(before, texts)}";
        yield return $"+++ {Header(after, texts)}";
        foreach (var line in Scoring(before.Scoring, after.Scoring, texts).Concat(Groups(before, after, texts)))
        {
            yield return line;
        }

        var oldIds = before.Indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var newIds = after.Indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var added = after.Indicators.Where(i => !oldIds.Contains(i.Id)).ToList();
        var removed = before.Indicators.Where(i => !newIds.Contains(i.Id)).ToList();
        foreach (var indicator in added)
        {
            yield return $"{texts.Added} {indicator.Id} {indicator.Name}";
        }

        foreach (var indicator in removed)
        {
            yield return $"{texts.Removed} {indicator.Id} {indicator.Name}";
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
            yield return $"{texts.Changed} {indicator.Id} {indicator.Name}";
            foreach (var difference in differences)
            {
                yield return "  " + difference;
            }
        }

        var unchanged = after.Indicators.Count(i => oldIds.Contains(i.Id)) - changed;
        yield return texts.Totals(added.Count, removed.Count, changed, unchanged);
    }

    private static string Header(RuleRevision revision, DiffTexts texts) =>
        texts.Header(revision.Id, revision.Title, revision.Document, revision.EffectiveFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), revision.Jurisdiction);

    private static IEnumerable<string> Scoring(ScoringParameters before, ScoringParameters after, DiffTexts texts)
    {
        var pairs = new (string Name, string Was, string Now)[]
        {
            ("base", Number(before.Base), Number(after.Base)),
            ("fail_below", Number(before.FailBelow), Number(after.FailBelow)),
            ("bonus_above", Number(before.BonusAbove), Number(after.BonusAbove)),
            ("bonus_max", Number(before.BonusMax), Number(after.BonusMax)),
            ("without_external_services", Rescaling(before.WithoutExternalServices, texts), Rescaling(after.WithoutExternalServices, texts)),
        };
        return pairs.Where(p => p.Was != p.Now).Select(p => $"{texts.Scoring} {p.Name}: {p.Was} → {p.Now}");
    }

    private static IEnumerable<string> Groups(RuleRevision before, RuleRevision after, DiffTexts texts)
    {
        foreach (var group in after.Groups)
        {
            var old = before.Groups.FirstOrDefault(g => g.Id == group.Id);
            if (old is null)
            {
                yield return $"{texts.GroupAdded} {Group(group, texts)}";
            }
            else if (old.Name != group.Name || old.Kind != group.Kind || old.Max != group.Max)
            {
                yield return $"{texts.GroupChanged} {Group(old, texts)} → {Group(group, texts)}";
            }
        }

        foreach (var group in before.Groups.Where(g => after.Groups.All(n => n.Id != g.Id)))
        {
            yield return $"{texts.GroupRemoved} {Group(group, texts)}";
        }
    }

    private static string Group(IndicatorGroup group, DiffTexts texts) =>
        texts.Group(group.Id, group.Name, EnumVocabulary.NameOf(group.Kind), Number(group.Max));

    private static string Rescaling(ExternalServicesRescaling? rescaling, DiffTexts texts) =>
        rescaling is null
            ? texts.NoRescaling
            : texts.Rescaling(string.Join(", ", rescaling.ExcludedGroups), Number(rescaling.Base), $"{Number(rescaling.ScaleNumerator)}/{Number(rescaling.ScaleDenominator)}");

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
