using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Authoring.Templates;

/// <summary>
/// Lists the placeholders a reason template may use for a given condition, with their kinds.
/// </summary>
/// <remarks>
/// Always: <c>as_of</c> and <c>subject.&lt;field&gt;</c>. For an aggregate: <c>count</c> (matching facts), <c>threshold</c>,
/// <c>ratio</c> and <c>total</c> (ratio), <c>sum</c> (sum), <c>age</c> and <c>latest</c> (age), and
/// <c>latest.&lt;date field&gt;</c> / <c>earliest.&lt;date field&gt;</c> over all facts of the type for the subject, filtered or not.
/// For <c>each</c>: the fact's fields by name, and <c>elapsed</c>, <c>limit</c> and <c>deadline</c> when its filter has an
/// <c>elapsed</c> test. A part of an <c>all</c> with <c>as: x</c> also offers every name as <c>x.name</c>; a name offered
/// by two parts is only reachable through their aliases.
/// </remarks>
internal static class PlaceholderCatalog
{
    /// <summary>Builds the catalogue for a condition.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="subject">The subject kind.</param>
    /// <returns>The placeholders by name.</returns>
    public static IReadOnlyDictionary<string, PlaceholderKind> For(Condition condition, SubjectKind subject)
    {
        var result = new Dictionary<string, PlaceholderKind>(StringComparer.Ordinal) { ["as_of"] = PlaceholderKind.Date };
        foreach (var field in FactCatalog.Subject(subject).Fields.Values)
        {
            result["subject." + field.Name] = KindOf(field.Kind);
        }

        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in Parts(condition))
        {
            var names = Offered(part);
            var alias = part switch { Aggregate a => a.Alias, EachFact e => e.Alias, _ => null };
            foreach (var (name, kind) in names)
            {
                if (alias is not null)
                {
                    result[alias + "." + name] = kind;
                }

                if (!result.TryAdd(name, kind))
                {
                    ambiguous.Add(name);
                }
            }
        }

        foreach (var name in ambiguous)
        {
            result.Remove(name);
        }

        return result;
    }

    /// <summary>The placeholder of a warning template for the date the indicator starts (or stops) firing.</summary>
    public const string WarningDate = "date";

    /// <summary>The placeholder of a warning template for the calendar days from the as-of date to <see cref="WarningDate"/>.</summary>
    public const string WarningDays = "days";

    /// <summary>The placeholder of a warning template for the working days left before <see cref="WarningDate"/>.</summary>
    public const string WarningWorkingDays = "working_days";

    /// <summary>
    /// Builds the catalogue of a warning template (<c>warn:</c>): the condition's placeholders, measured at the date the
    /// change takes effect, and <c>date</c>, <c>days</c> and <c>working_days</c>; <c>as_of</c> is the as-of date the
    /// forecast starts from.
    /// </summary>
    /// <param name="condition">The condition.</param>
    /// <param name="subject">The subject kind.</param>
    /// <returns>The placeholders by name.</returns>
    public static IReadOnlyDictionary<string, PlaceholderKind> ForWarning(Condition condition, SubjectKind subject)
    {
        var result = new Dictionary<string, PlaceholderKind>(For(condition, subject), StringComparer.Ordinal)
        {
            [WarningDate] = PlaceholderKind.Date,
            [WarningDays] = PlaceholderKind.Number,
            [WarningWorkingDays] = PlaceholderKind.Number,
        };
        return result;
    }

    /// <summary>Gets the leaf parts of a condition (the aggregates, each-facts and subject tests).</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The parts, in order.</returns>
    public static IEnumerable<Condition> Parts(Condition condition) =>
        condition switch
        {
            AllConditions all => all.Parts.SelectMany(Parts),
            AnyConditions any => any.Parts.SelectMany(Parts),
            _ => [condition],
        };

    private static Dictionary<string, PlaceholderKind> Offered(Condition part)
    {
        var names = new Dictionary<string, PlaceholderKind>(StringComparer.Ordinal);
        foreach (var placeholder in Placeholders.Measured)
        {
            if (placeholder.Offer(part) is { } kind)
            {
                names[placeholder.Name] = kind;
            }
        }

        switch (part)
        {
            case Aggregate aggregate:
                foreach (var field in aggregate.Selection.Type.Fields.Values.Where(f => f.Kind is FieldKind.Date or FieldKind.DateTime))
                {
                    names["latest." + field.Name] = KindOf(field.Kind);
                    names["earliest." + field.Name] = KindOf(field.Kind);
                }

                break;
            case EachFact each:
                foreach (var field in each.Selection.Type.Fields.Values)
                {
                    names[field.Name] = KindOf(field.Kind);
                }

                break;
        }

        return names;
    }

    private static PlaceholderKind KindOf(FieldKind kind) => Placeholders.KindOf(kind);
}
