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
        builder.Name($"{revisionId}/{indicator.Id}");
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

        var placeholders = IndicatorPlan.Placeholders(indicator).ToHashSet(StringComparer.Ordinal);
        var bound = new List<ParameterExpression>();
        var bindings = ImmutableArray.CreateBuilder<PartBinding>();
        var partNumber = 0;
        foreach (var part in PlaceholderCatalog.Parts(indicator.Condition))
        {
            switch (part)
            {
                case SubjectTest test:
                    subjectPattern.Condition(Expression.Lambda(_predicates.Build(test.Where, subject, scope), subject, scope));
                    bindings.Add(new PartBinding(part, -1, -1, null));
                    break;
                case EachFact each:
                    var fact = FactPattern(lhs, each.Selection, $"fact{partNumber}", subject, scope);
                    bindings.Add(new PartBinding(part, bound.Count, -1, null));
                    bound.Add(fact);
                    break;
                case Aggregate aggregate:
                    var runtime = new AggregatePart(
                        aggregate,
                        aggregate.Matching is null ? null : _predicates.CompileDelegate(aggregate.Matching, aggregate.Selection.Type.ClrType));
                    var collection = Collect(lhs, aggregate.Selection, $"facts{partNumber}", subject, scope, runtime);
                    var index = bound.Count;
                    bound.Add(collection);
                    var allIndex = -1;
                    if (NeedsExtremes(placeholders, aggregate))
                    {
                        allIndex = bound.Count;
                        bound.Add(Collect(lhs, aggregate.Selection with { Where = null }, $"all{partNumber}", subject, scope, null));
                    }

                    bindings.Add(new PartBinding(part, index, allIndex, runtime));
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

    /// <summary>
    /// Tells whether an aggregate's rule also collects every fact of its type, filtered or not, because the indicator's
    /// templates use <c>latest.</c> or <c>earliest.</c> of it.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="aggregate">One of its aggregate parts.</param>
    /// <returns>Whether the rule collects every fact of the type.</returns>
    public static bool NeedsExtremes(Indicator indicator, Aggregate aggregate) =>
        NeedsExtremes(IndicatorPlan.Placeholders(indicator).ToHashSet(StringComparer.Ordinal), aggregate);

    private static bool NeedsExtremes(HashSet<string> placeholders, Aggregate aggregate) =>
        placeholders.Any(p =>
        {
            var name = aggregate.Alias is not null && p.StartsWith(aggregate.Alias + ".", StringComparison.Ordinal) ? p[(aggregate.Alias.Length + 1)..] : p;
            return name.StartsWith("latest.", StringComparison.Ordinal) || name.StartsWith("earliest.", StringComparison.Ordinal);
        });

    private ParameterExpression FactPattern(GroupBuilder lhs, Selection selection, string name, ParameterExpression subject, ParameterExpression scope)
    {
        var pattern = lhs.Pattern(selection.Type.ClrType, name);
        var fact = pattern.Declaration.ToParameterExpression();
        pattern.Condition(Expression.Lambda(SelectionTest(selection, fact, subject, scope), fact, subject, scope));
        return fact;
    }

    private ParameterExpression Collect(GroupBuilder lhs, Selection selection, string name, ParameterExpression subject, ParameterExpression scope, AggregatePart? runtime)
    {
        var collectionType = typeof(IEnumerable<>).MakeGenericType(selection.Type.ClrType);
        var pattern = lhs.Pattern(collectionType, name);
        var collection = pattern.Declaration.ToParameterExpression();
        var aggregate = pattern.Aggregate();
        aggregate.Collect();
        var source = aggregate.Pattern(selection.Type.ClrType, name + "_item");
        var item = source.Declaration.ToParameterExpression();
        source.Condition(Expression.Lambda(SelectionTest(selection, item, subject, scope), item, subject, scope));
        if (runtime is not null)
        {
            var holds = Expression.Call(Expression.Constant(runtime), HoldsMethod, Expression.Convert(collection, typeof(IEnumerable<object>)), scope);
            pattern.Condition(Expression.Lambda(holds, collection, scope));
        }

        return collection;
    }

    private Expression SelectionTest(Selection selection, ParameterExpression fact, ParameterExpression subject, ParameterExpression scope)
    {
        Expression sameSubject = Expression.Equal(
            Expression.Property(fact, nameof(Observation.SubjectId)),
            Expression.Property(subject, nameof(Subject.Id)));
        return selection.Where is null ? sameSubject : Expression.AndAlso(sameSubject, _predicates.Build(selection.Where, fact, scope));
    }
}
