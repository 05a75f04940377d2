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
/// <c>subject</c> (filtered by the indicator's applicability and any <c>subject:</c> test); then per part either a fact
/// pattern (<c>each</c>: the rule fires once per matching fact) or a collect aggregate (<c>count</c>, <c>ratio</c>…) whose
/// source pattern is the selection and whose own condition is the comparison. The action records a finding in the scope.
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
    private static readonly MethodInfo HoldsMethod = typeof(AggregatePart).GetMethod(nameof(AggregatePart.Holds))!;
    private static readonly MethodInfo AnyMethod = typeof(EachPart).GetMethod(nameof(EachPart.Any))!;

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
                    bound.Add(FactSetPattern(lhs, each.Selection, $"facts{partNumber}", subject, scope, facts => Expression.Call(Expression.Constant(eachPart), AnyMethod, facts, scope)));
                    break;
                case Aggregate aggregate:
                    var aggregatePart = new AggregatePart(
                        aggregate,
                        Filter(aggregate.Selection),
                        aggregate.Matching is null ? null : _predicates.CompileDelegate(aggregate.Matching, aggregate.Selection.Type.ClrType));
                    bindings.Add(new PartBinding(part, bound.Count, aggregatePart, null));
                    bound.Add(FactSetPattern(lhs, aggregate.Selection, $"facts{partNumber}", subject, scope, facts => Expression.Call(Expression.Constant(aggregatePart), HoldsMethod, facts, scope)));
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

    // A pattern on the subject's set of observations of the selection's type, tested by the part's run-time test.
    private static ParameterExpression FactSetPattern(GroupBuilder lhs, Selection selection, string name, ParameterExpression subject, ParameterExpression scope, Func<Expression, Expression> test)
    {
        var pattern = lhs.Pattern(SubjectFacts.For(selection.Type.ClrType), name);
        var facts = pattern.Declaration.ToParameterExpression();
        var sameSubject = Expression.Equal(
            Expression.Property(facts, nameof(SubjectFacts.SubjectId)),
            Expression.Property(subject, nameof(Subject.Id)));
        pattern.Condition(Expression.Lambda(Expression.AndAlso(sameSubject, test(facts)), facts, subject, scope));
        return facts;
    }
}
