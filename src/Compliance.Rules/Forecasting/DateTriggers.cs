using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Authoring.Templates;

namespace Compliance.Rules.Forecasting;

/// <summary>Finds the <see cref="DateTrigger"/>s of an indicator by reading its condition (nothing is evaluated).</summary>
internal static class DateTriggers
{
    /// <summary>Gets every test of an indicator whose answer depends on the as-of date.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The triggers, without repeats; empty for an indicator that reads no date relative to the as-of date.</returns>
    public static ImmutableArray<DateTrigger> Of(Indicator indicator)
    {
        var triggers = new List<DateTrigger>();
        foreach (var part in PlaceholderCatalog.Parts(indicator.Condition))
        {
            switch (part)
            {
                case EachFact each:
                    Collect(each.Selection.Where, each.Selection, triggers);
                    break;
                case Aggregate aggregate:
                    Collect(aggregate.Selection.Where, aggregate.Selection, triggers);
                    Collect(aggregate.Matching, aggregate.Selection, triggers);
                    if (aggregate.Kind == AggregateKind.Age)
                    {
                        var valueCounts = indicator.Points is PerUnitPoints { Measure: "age" };
                        triggers.Add(new AgeTrigger(aggregate.Selection.Type, aggregate.Field!, aggregate, valueCounts));
                    }

                    break;
            }
        }

        return [.. triggers.Distinct()];
    }

    private static void Collect(Predicate? predicate, Selection selection, List<DateTrigger> into)
    {
        switch (predicate)
        {
            case AllOf all:
                all.Parts.ToList().ForEach(p => Collect(p, selection, into));
                break;
            case AnyOf any:
                any.Parts.ToList().ForEach(p => Collect(p, selection, into));
                break;
            case NotOf not:
                Collect(not.Part, selection, into);
                break;
            case FieldWithin within:
                into.Add(new WindowTrigger(selection.Type, within.Field, within.Window));
                break;
            case Elapsed elapsed:
                into.Add(new ElapsedTrigger(selection.Type, elapsed.From, elapsed));
                break;
        }
    }
}
