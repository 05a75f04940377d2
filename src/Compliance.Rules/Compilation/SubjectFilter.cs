using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Compilation;

/// <summary>A compiled test of whether a subject matches any of some applicabilities (kind and optional filter).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class SubjectFilter
{
    private readonly (SubjectKind Kind, Func<object, EvaluationScope, bool>? Where)[] _tests;

    /// <summary>Initializes a new instance of the <see cref="SubjectFilter"/> class.</summary>
    /// <param name="applicabilities">The applicabilities; a subject matching any of them matches.</param>
    /// <param name="predicates">The rule set's predicate compiler.</param>
    public SubjectFilter(IEnumerable<Applicability> applicabilities, PredicateCompiler predicates) =>
        _tests = [.. applicabilities.Select(a => (a.Kind, a.Where is null ? null : predicates.CompileDelegate(a.Where, FactCatalog.Subject(a.Kind).ClrType)))];

    /// <summary>Tests a subject.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="scope">The scope of the evaluation (for filters with time windows).</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(Subject subject, EvaluationScope scope)
    {
        // A loop rather than a lambda: a forecast tests every indicator's applicability for every subject.
        foreach (var (kind, where) in _tests)
        {
            if (kind == subject.Kind && (where is null || where(subject, scope)))
            {
                return true;
            }
        }

        return false;
    }
}
