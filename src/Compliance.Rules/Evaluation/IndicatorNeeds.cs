using System.Collections.Immutable;
using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Authoring.Templates;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Evaluation;

/// <summary>
/// What an indicator's condition needs from a batch: the observation types it selects, the inspector-finding ids it
/// takes, and whether it counts working days.
/// </summary>
internal static class IndicatorNeeds
{
    private const string IndicatorIdField = "indicator_id";

    /// <summary>Gets the observation types an indicator's condition selects (subjects are always present).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The types, without repeats, in the order the condition names them.</returns>
    public static ImmutableArray<FactTypeInfo> FactTypes(Indicator indicator) =>
        [.. Selections(indicator.Condition).Select(s => s.Type).Where(t => t.SubjectKind is null).Distinct()];

    /// <summary>
    /// Gets the indicator ids whose inspector findings an indicator takes: the values its condition requires of
    /// <c>indicator_id</c> when it selects <see cref="InspectorFinding"/> facts.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The ids (usually the indicator's own).</returns>
    public static IEnumerable<string> InspectorFindingIds(Indicator indicator) =>
        Selections(indicator.Condition)
            .Where(s => s.Type.ClrType == typeof(InspectorFinding) && s.Where is not null)
            .SelectMany(s => RequiredValues(s.Where!))
            .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Tells whether an indicator selects <see cref="InspectorFinding"/> facts without naming the indicator they are for,
    /// so that it takes the findings of every indicator (an aggregate over all of a subject's findings).
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>Whether it does.</returns>
    public static bool TakesEveryInspectorFinding(Indicator indicator) =>
        Selections(indicator.Condition).Any(s => s.Type.ClrType == typeof(InspectorFinding) && (s.Where is null || !RequiredValues(s.Where).Any()));

    /// <summary>Tells whether a condition counts working days (a window, an age or an elapsed time in working days).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>Whether it does.</returns>
    public static bool CountsWorkingDays(Indicator indicator) =>
        PlaceholderCatalog.Parts(indicator.Condition).Any(part => part switch
        {
            Aggregate a => a.AgeUnit == TimeUnit.WorkingDays || UsesWorkingDays(a.Selection.Where) || UsesWorkingDays(a.Matching),
            EachFact e => UsesWorkingDays(e.Selection.Where),
            SubjectTest t => UsesWorkingDays(t.Where),
            _ => false,
        }) || UsesWorkingDays(indicator.AppliesTo.Where);

    private static IEnumerable<Selection> Selections(Condition condition) =>
        PlaceholderCatalog.Parts(condition).Select(part => part switch
        {
            Aggregate a => a.Selection,
            EachFact e => e.Selection,
            _ => null,
        }).OfType<Selection>();

    private static IEnumerable<string> RequiredValues(Predicate predicate) => predicate switch
    {
        FieldTest { Argument: string id } t when t.Operator == FieldOperators.Of(ComparisonOperator.Eq) && t.Field.Name == IndicatorIdField => [id],
        FieldTest { Argument: ImmutableArray<object> ids } t when t.Operator == FieldOperators.In && t.Field.Name == IndicatorIdField => ids.OfType<string>(),
        AllOf all => all.Parts.SelectMany(RequiredValues),
        AnyOf any => any.Parts.SelectMany(RequiredValues),
        _ => [],
    };

    private static bool UsesWorkingDays(Predicate? predicate) => predicate switch
    {
        null => false,
        Elapsed e => e.Unit == TimeUnit.WorkingDays,
        FieldTest { Argument: Window w } => w.Unit == TimeUnit.WorkingDays,
        AllOf all => all.Parts.Any(UsesWorkingDays),
        AnyOf any => any.Parts.Any(UsesWorkingDays),
        NotOf not => UsesWorkingDays(not.Part),
        _ => false,
    };
}
