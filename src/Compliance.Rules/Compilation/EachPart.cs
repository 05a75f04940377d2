using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Compilation;

/// <summary>
/// The run-time side of an <c>each</c> condition part: the rule's condition holds when any of the subject's observations
/// of the type passes the filter, and the rule's action makes one finding per observation that does.
/// </summary>
internal sealed class EachPart
{
    private readonly Func<object, EvaluationScope, bool>? _selected;

    /// <summary>Initializes a new instance of the <see cref="EachPart"/> class.</summary>
    /// <param name="each">The part as written.</param>
    /// <param name="selected">The compiled filter of its selection (<c>where</c>), if any.</param>
    public EachPart(EachFact each, Func<object, EvaluationScope, bool>? selected)
    {
        Each = each;
        _selected = selected;
    }

    /// <summary>Gets the part as written.</summary>
    public EachFact Each { get; }

    /// <summary>Tests whether any observation passes the filter (the rule's condition).</summary>
    /// <param name="facts">The subject's observations of the selection's type.</param>
    /// <param name="scope">The evaluation scope.</param>
    /// <returns>Whether the part holds.</returns>
    public bool Any(SubjectFacts facts, EvaluationScope scope)
    {
        if (_selected is null)
        {
            return facts.Items.Count > 0;
        }

        foreach (var fact in facts.Items)
        {
            if (_selected(fact, scope))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The observations that pass the filter, in batch order: one finding each.</summary>
    /// <param name="facts">The subject's observations of the selection's type.</param>
    /// <param name="scope">The evaluation scope.</param>
    /// <returns>The matching observations.</returns>
    public IReadOnlyList<Observation> Matching(SubjectFacts facts, EvaluationScope scope) => facts.Where(_selected, scope);
}
