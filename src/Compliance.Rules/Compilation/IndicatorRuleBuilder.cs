using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Authoring.Templates;
using Compliance.Rules.Facts;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Compliance.Rules.Compilation;

/// <summary>
/// Builds the NRules rule of one indicator through NRules' canonical rule model (<see cref="RuleBuilder"/>).
/// </summary>
/// <remarks>
/// The left-hand side binds the session's <see cref="EvaluationScope"/> as <c>scope</c> and the subject as
/// <c>subject</c> (filtered by the indicator's applicability and any <c>subject:</c> test); then per part a pattern on the
/// subject's set of observations of the selection's type (<see cref="SubjectFacts"/>) whose condition measures the set
/// once (<c>count</c>, <c>ratio</c>…, or the facts an <c>each</c> finds) and holds when the <see cref="Measurement"/>
/// does; the scope keeps a measurement that holds, and the action records a finding from it without measuring again.
/// The indicator id, revision and source are rule properties, and the kind a tag, so engine events can explain what fired.
/// </remarks>
internal sealed class IndicatorRuleBuilder
{
    /// <summary>The rule property holding the indicator id.</summary>
    public const string IndicatorIdProperty = "IndicatorId";

    /// <summary>The rule property holding the revision id.</summary>
    public const string RevisionProperty = "Revision";

    /// <summary>The rule property holding the source clause.</summary>
    public const string SourceProperty = "Source";

    private static readonly MethodInfo RecordMethod = typeof(EvaluationScope).GetMethod(nameof(EvaluationScope.Record))!;
    private static readonly MethodInfo KeepMethod = typeof(EvaluationScope).GetMethod(nameof(EvaluationScope.Keep))!;
    private static readonly MethodInfo MeasureMethod = typeof(AggregatePart).GetMethod(nameof(AggregatePart.Measure))!;
    private static readonly MethodInfo MatchMethod = typeof(EachPart).GetMethod(nameof(EachPart.Match))!;

    private readonly PredicateCompiler _predicates;

    /// <summary>Initializes a new instance of the <see cref="IndicatorRuleBuilder"/> class.</summary>
    /// <param name="predicates">The predicate compiler of the rule set.</param>
    public IndicatorRuleBuilder(PredicateCompiler predicates) => _predicates = predicates;

    /// <summary>Builds the rule definition and the runtime plan of an indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="revisionId">The revision id.</param>
    /// <returns>The rule definition and the plan its action records findings with.</returns>
    public (IRuleDefinition Rule, IndicatorPlan Plan) Build(Indicator indicator, string revisionId)
    {
        var builder = new RuleBuilder();
        builder.Name(indicator.Rule is null ? $"{revisionId}/{indicator.Id}" : $"{revisionId}/{indicator.Id}/{indicator.Rule}");
        builder.Description(indicator.Name);
        builder.Tag(indicator.Kind.ToString());
        builder.Property(IndicatorIdProperty, indicator.Id);
        builder.Property(RevisionProperty, revisionId);
        builder.Property(SourceProperty, indicator.Source);

        var lhs = builder.LeftHandSide();
        var scopePattern = lhs.Pattern(typeof(EvaluationScope), "scope");
        var scope = scopePattern.Declaration.ToParameterExpression();
        var subjectType = FactCatalog.Subject(indicator.SubjectKind).ClrType;
        var subjectPattern = lhs.Pattern(subjectType, "subject");
        var subject = subjectPattern.Declaration.ToParameterExpression();
        if (indicator.AppliesTo.Where is { } applies)
        {
            subjectPattern.Condition(Expression.Lambda(_predicates.Build(applies, subject, scope), subject, scope));
        }

        var bound = new List<ParameterExpression>();
        var bindings = ImmutableArray.CreateBuilder<PartBinding>();
        var partNumber = 0;
        foreach (var part in PlaceholderCatalog.Parts(indicator.Condition))
        {
            switch (part)
            {
                case SubjectTest test:
                    subjectPattern.Condition(Expression.Lambda(_predicates.Build(test.Where, subject, scope), subject, scope));
                    bindings.Add(new PartBinding(part, -1, null, null));
                    break;
                case EachFact each:
                    var eachPart = new EachPart(each, Filter(each.Selection));
                    bindings.Add(new PartBinding(part, bound.Count, null, eachPart));
                    bound.Add(MeasuredFactSet(lhs, each.Selection, partNumber, subject, scope, eachPart, MatchMethod));
                    break;
                case Aggregate aggregate:
                    var aggregatePart = new AggregatePart(
                        aggregate,
                        Filter(aggregate.Selection),
                        aggregate.Matching is null ? null : _predicates.CompileDelegate(aggregate.Matching, aggregate.Selection.Type.ClrType));
                    bindings.Add(new PartBinding(part, bound.Count, aggregatePart, null));
                    bound.Add(MeasuredFactSet(lhs, aggregate.Selection, partNumber, subject, scope, aggregatePart, MeasureMethod));
                    break;
            }

            partNumber++;
        }

        var plan = new IndicatorPlan(indicator, bindings.ToImmutable());
        var context = Expression.Parameter(typeof(IContext), "context");
        var values = Expression.NewArrayInit(typeof(object), bound.Select(p => Expression.Convert(p, typeof(object))));
        var record = Expression.Call(scope, RecordMethod, Expression.Constant(plan), Expression.Convert(subject, typeof(Subject)), values);
        builder.RightHandSide().Action(Expression.Lambda(record, [context, scope, subject, .. bound]));
        return (builder.Build(), plan);
    }

    /// <summary>The fact types whose <see cref="SubjectFacts"/> a condition reads.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The fact types.</returns>
    public static IEnumerable<Type> FactTypes(Indicator indicator) =>
        PlaceholderCatalog.Parts(indicator.Condition).Select(part => part switch
        {
            EachFact each => each.Selection.Type.ClrType,
            Aggregate aggregate => aggregate.Selection.Type.ClrType,
            _ => null,
        }).OfType<Type>();

    private Func<object, EvaluationScope, bool>? Filter(Selection selection) =>
        selection.Where is null ? null : _predicates.CompileDelegate(selection.Where, selection.Type.ClrType);

    // A pattern on the subject's set of observations of the selection's type, joined to the subject and held when the
    // part's measurement of the set holds; the scope keeps that measurement for the action, which does not measure again.
    private static ParameterExpression MeasuredFactSet(
        GroupBuilder lhs, Selection selection, int partNumber, ParameterExpression subject, ParameterExpression scope, object part, MethodInfo measure)
    {
        var pattern = lhs.Pattern(SubjectFacts.For(selection.Type.ClrType), $"facts{partNumber}");
        var facts = pattern.Declaration.ToParameterExpression();
        var sameSubject = Expression.Equal(
            Expression.Property(facts, nameof(SubjectFacts.SubjectId)),
            Expression.Property(subject, nameof(Subject.Id)));
        var runtime = Expression.Constant(part);
        var keep = Expression.Call(scope, KeepMethod, runtime, facts, Expression.Call(runtime, measure, facts, scope));
        pattern.Condition(Expression.Lambda(Expression.AndAlso(sameSubject, keep), facts, subject, scope));
        return facts;
    }
}
