using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Authoring.Templates;

namespace Compliance.Rules.Forecasting;

/// <summary>Finds the <see cref="DateTrigger"/>s of an indicator's condition by reading it (nothing is evaluated).</summary>
internal static class DateTriggers
{
    /// <summary>Gets every test of an indicator whose answer depends on the as-of date.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The triggers, without repeats; empty for an indicator that reads no date relative to the as-of date.</returns>
    public static ImmutableArray<DateTrigger> Of(Indicator indicator) => [.. Parts(indicator).SelectMany(p => p.Triggers).Distinct()];

    /// <summary>Gets the parts of an indicator's condition that read facts, each with its triggers.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The <c>each</c> and aggregate parts in order, with the triggers of their filters (and of an age).</returns>
    public static ImmutableArray<(Condition Part, ImmutableArray<DateTrigger> Triggers)> Parts(Indicator indicator)
    {
        var parts = ImmutableArray.CreateBuilder<(Condition, ImmutableArray<DateTrigger>)>();
        foreach (var part in PlaceholderCatalog.Parts(indicator.Condition))
        {
            var triggers = new List<DateTrigger>();
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
                default:
                    continue;
            }

            parts.Add((part, [.. triggers.Distinct()]));
        }

        return parts.ToImmutable();
    }

    private static void Collect(Predicate? predicate, Selection selection, List<DateTrigger> into, Predicate? guard = null)
    {
        switch (predicate)
        {
            case AllOf all:
                // The parts that do not move with the date guard those that do: a fact failing them fails the whole 'all'.
                var fixedParts = all.Parts.Where(p => !DependsOnDate(p)).ToImmutableArray();
                var inner = fixedParts.IsEmpty ? guard : new AllOf(guard is null ? fixedParts : [guard, .. fixedParts], all.Location);
                foreach (var part in all.Parts.Where(DependsOnDate))
                {
                    Collect(part, selection, into, inner);
                }

                break;
            case AnyOf any:
                any.Parts.ToList().ForEach(p => Collect(p, selection, into, guard));
                break;
            case NotOf not:
                Collect(not.Part, selection, into, guard);
                break;
            case FieldTest { Argument: Window window } within:
                into.Add(new WindowTrigger(selection.Type, within.Field, window) { Guard = guard });
                break;
            case Elapsed elapsed:
                into.Add(new ElapsedTrigger(selection.Type, elapsed.From, elapsed) { Guard = guard });
                break;
        }
    }

    /// <summary>Tells whether a filter's answer can depend on the as-of date (it has a window or an elapsed test).</summary>
    /// <param name="predicate">The filter.</param>
    /// <returns>Whether it can.</returns>
    public static bool DependsOnDate(Predicate predicate) => predicate switch
    {
        AllOf all => all.Parts.Any(DependsOnDate),
        AnyOf any => any.Parts.Any(DependsOnDate),
        NotOf not => DependsOnDate(not.Part),
        FieldTest { Argument: Window } or Elapsed => true,
        _ => false,
    };
}
