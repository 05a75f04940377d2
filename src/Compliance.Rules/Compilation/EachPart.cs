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

    /// <summary>
    /// Finds the observations that pass the filter, in batch order, once: the rule's condition holds when there is one,
    /// and the action makes one finding per observation of the kept result.
    /// </summary>
    /// <param name="facts">The subject's observations of the selection's type.</param>
    /// <param name="scope">The evaluation scope.</param>
    /// <returns>The count and the observations, or the shared <see cref="Measurement.NotHolding"/> when none passes.</returns>
    public Measurement Match(SubjectFacts facts, EvaluationScope scope)
    {
        var passed = facts.Where(_selected, scope);
        return passed.Count == 0 ? Measurement.NotHolding : new Measurement(passed.Count, null, null, null, null, null, true) { Facts = passed };
    }
}
