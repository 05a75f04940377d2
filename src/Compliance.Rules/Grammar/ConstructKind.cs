namespace Compliance.Rules.Grammar;

/// <summary>
/// The constructs of the rule language whose shape depends on the fact catalogue (which fields a fact type has, which
/// operators a field takes) or on the keys around them (the fact type named by <c>of</c>, the subject kind of the
/// indicator). The grammar names them; the parsers and the schema generator expand them.
/// </summary>
internal enum ConstructKind
{
    /// <summary>Whom something applies to: a subject kind, a selector's name, or <c>{ subject, where }</c>.</summary>
    Applicability,

    /// <summary>An indicator's condition (<see cref="Authoring.Grammar.RuleGrammar.Condition"/>), typed by the indicator's subject kind.</summary>
    Condition,

    /// <summary>A filter (<c>where</c>) on the facts of the fact type that the sibling <c>of</c> names.</summary>
    FactFilter,

    /// <summary>A filter on the subject's own fields, of the kind the indicator (or the sibling <c>subject</c>) applies to.</summary>
    SubjectFilter,

    /// <summary>The name of an observation type (<c>of</c>).</summary>
    FactType,

    /// <summary>A field of the fact type the sibling <c>of</c> names that a sum adds: a number, or a set whose values are counted.</summary>
    SummedField,

    /// <summary>A date or time field of the fact type the sibling <c>of</c> names, whose latest value an age measures.</summary>
    DatedField,

    /// <summary>A date field of the filtered fact type, which an elapsed-time test measures from or to.</summary>
    ElapsedField,

    /// <summary>A number field of any observation type, which points are read from.</summary>
    PointsField,

    /// <summary>The threshold of a condition's comparison: a number or a percentage.</summary>
    Threshold,

    /// <summary>A whole number that an elapsed time or a set's size is compared with.</summary>
    WholeThreshold,

    /// <summary>An expected score: a number compared to two decimal places, or null for a subject that must not be scored.</summary>
    Score,

    /// <summary>A section of a facts document, as the facts schema describes it; in a regression case, the same section (<c>websites</c>, <c>observations</c>…).</summary>
    FactsSection,

    /// <summary>The fact types a producer declares observed: <c>all</c>, or a list of type names.</summary>
    ObservedTypes,
}
