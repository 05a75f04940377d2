using System.Collections.Concurrent;
using System.Linq.Expressions;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Compilation;

/// <summary>
/// Every observation of one type about one subject, inserted into a session as one fact. The rules match these sets, not
/// single observations: a website's 280 observations are about ten facts in the network instead of 280, and a rule's
/// filter and measure run over the set in compiled code, once per rule. Measured on the benchmark's national batch,
/// NRules' propagation of single observations (alpha memories, joins on the subject, collect aggregates) was most of the
/// engine's time and allocation.
/// </summary>
/// <remarks>
/// A set is inserted for every type the session's rules read, empty when the subject has no observation of the type, so
/// that <c>none</c> and a <c>count</c> below a threshold hold for a subject without any. Sets compare by reference.
/// </remarks>
internal abstract class SubjectFacts
{
    private static readonly ConcurrentDictionary<Type, Func<string, ArraySegment<Observation>, SubjectFacts>> Factories = new();

    // The same observations as Items, read without an enumerator on the heap.
    private readonly ArraySegment<Observation> _items;

    /// <summary>Initializes a new instance of the <see cref="SubjectFacts"/> class.</summary>
    /// <param name="subjectId">The subject.</param>
    /// <param name="items">Its observations of the type, in batch order.</param>
    protected SubjectFacts(string subjectId, ArraySegment<Observation> items)
    {
        SubjectId = subjectId;
        _items = items;
        Items = items;
    }

    /// <summary>Gets the subject the observations are about.</summary>
    public string SubjectId { get; }

    /// <summary>Gets the observations, in batch order.</summary>
    public IReadOnlyList<Observation> Items { get; }

    /// <summary>
    /// The observations that pass a compiled filter, in batch order, in one pass that stops after
    /// <paramref name="enough"/> have passed; a list is made only when one passes. Without a filter, all of them.
    /// </summary>
    /// <param name="filter">The filter, if any.</param>
    /// <param name="scope">The evaluation scope.</param>
    /// <param name="enough">How many passing ones are enough (1 to know whether any passes).</param>
    /// <returns>The observations that pass: at most <paramref name="enough"/> with a filter, all of them without one.</returns>
    public IReadOnlyList<Observation> Where(Func<object, EvaluationScope, bool>? filter, EvaluationScope scope, int enough = int.MaxValue)
    {
        if (filter is null)
        {
            return Items;
        }

        List<Observation>? passed = null;
        foreach (var fact in _items)
        {
            if (filter(fact, scope))
            {
                (passed ??= []).Add(fact);
                if (passed.Count >= enough)
                {
                    break;
                }
            }
        }

        return passed ?? (IReadOnlyList<Observation>)[];
    }

    /// <summary>Gets the set type that holds observations of a fact type.</summary>
    /// <param name="factType">The fact type.</param>
    /// <returns><c>SubjectFacts&lt;factType&gt;</c>.</returns>
    public static Type For(Type factType) => typeof(SubjectFacts<>).MakeGenericType(factType);

    /// <summary>Makes the set of a subject's observations of a type.</summary>
    /// <param name="factType">The fact type.</param>
    /// <param name="subjectId">The subject.</param>
    /// <param name="items">Its observations of the type.</param>
    /// <returns>The set.</returns>
    public static SubjectFacts Create(Type factType, string subjectId, ArraySegment<Observation> items) =>
        Factories.GetOrAdd(factType, static t =>
        {
            // A compiled constructor call: a national batch makes over a million sets.
            var id = Expression.Parameter(typeof(string), "subjectId");
            var list = Expression.Parameter(typeof(ArraySegment<Observation>), "items");
            var constructor = For(t).GetConstructor([typeof(string), typeof(ArraySegment<Observation>)])!;
            return Expression.Lambda<Func<string, ArraySegment<Observation>, SubjectFacts>>(Expression.New(constructor, id, list), id, list).Compile();
        })(subjectId, items);
}

/// <summary>Every observation of type <typeparamref name="T"/> about one subject (see <see cref="SubjectFacts"/>).</summary>
/// <typeparam name="T">The fact type.</typeparam>
internal sealed class SubjectFacts<T> : SubjectFacts
    where T : Observation
{
    /// <summary>Initializes a new instance of the <see cref="SubjectFacts{T}"/> class.</summary>
    /// <param name="subjectId">The subject.</param>
    /// <param name="items">Its observations of type <typeparamref name="T"/>.</param>
    public SubjectFacts(string subjectId, ArraySegment<Observation> items)
        : base(subjectId, items)
    {
    }
}
