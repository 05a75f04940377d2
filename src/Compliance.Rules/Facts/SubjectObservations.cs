using System.Collections.Immutable;

namespace Compliance.Rules.Facts;

/// <summary>
/// The observations about one subject, in batch order and, beside it, grouped by fact type (each group in batch order),
/// so that the rules' sets of one type are slices of one array rather than lists made anew by every evaluation.
/// </summary>
/// <remarks>
/// A national batch makes over a million sets per evaluation, and a forecast makes them again on every date where a
/// subject can change; building them by copying was a large part of what those evaluations allocated. Immutable and
/// thread-safe.
/// </remarks>
internal sealed class SubjectObservations
{
    private readonly Observation[] _byType;
    private readonly Type[] _types;

    // _starts[t] is where type t's group begins in _byType; _starts[^1] is its length.
    private readonly int[] _starts;

    private SubjectObservations(ImmutableArray<Observation> all, Observation[] byType, Type[] types, int[] starts)
    {
        All = all;
        _byType = byType;
        _types = types;
        _starts = starts;
    }

    /// <summary>Gets the observations of a subject the batch knows nothing about.</summary>
    public static SubjectObservations None { get; } = new([], [], [], [0]);

    /// <summary>Gets every observation, in batch order.</summary>
    public ImmutableArray<Observation> All { get; }

    /// <summary>Groups a subject's observations by type.</summary>
    /// <param name="all">The observations, in batch order.</param>
    /// <returns>The groups.</returns>
    public static SubjectObservations Of(ImmutableArray<Observation> all)
    {
        // A subject has a few types: a short list finds them faster than a dictionary.
        var types = new List<Type>(4);
        var counts = new List<int>(4);
        var typeOf = new int[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            var type = all[i].GetType();
            var t = i > 0 && ReferenceEquals(types[typeOf[i - 1]], type) ? typeOf[i - 1] : IndexOf(types, type);
            if (t < 0)
            {
                t = types.Count;
                types.Add(type);
                counts.Add(0);
            }

            typeOf[i] = t;
            counts[t]++;
        }

        var starts = new int[types.Count + 1];
        for (var t = 0; t < types.Count; t++)
        {
            starts[t + 1] = starts[t] + counts[t];
        }

        var next = starts[..^1];
        var byType = new Observation[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            byType[next[typeOf[i]]++] = all[i];
        }

        return new SubjectObservations(all, byType, [.. types], starts);
    }

    /// <summary>Gets the subject's observations of one type, in batch order.</summary>
    /// <param name="type">The observation's CLR type.</param>
    /// <returns>The observations, possibly none.</returns>
    public ArraySegment<Observation> OfType(Type type)
    {
        for (var t = 0; t < _types.Length; t++)
        {
            if (ReferenceEquals(_types[t], type))
            {
                return new ArraySegment<Observation>(_byType, _starts[t], _starts[t + 1] - _starts[t]);
            }
        }

        return ArraySegment<Observation>.Empty;
    }

    private static int IndexOf(List<Type> types, Type type)
    {
        for (var t = 0; t < types.Count; t++)
        {
            if (ReferenceEquals(types[t], type))
            {
                return t;
            }
        }

        return -1;
    }
}
