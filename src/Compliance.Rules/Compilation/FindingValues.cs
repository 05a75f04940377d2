using NodaTime;

namespace Compliance.Rules.Compilation;

/// <summary>
/// The values one finding is made from while it is made: every value its templates may read, by placeholder name (each
/// part's values also under the part's alias), and the measured ones that become its evidence.
/// </summary>
/// <remarks>
/// One per finding, with one delegate for the parts' measured values: a forecast of a national batch makes a finding for
/// most of its accounts, and a closure and a delegate per part, a sorted list and a dictionary resized as it filled were a
/// good part of what making them allocated. Not thread-safe; used by one rule action.
/// </remarks>
internal sealed class FindingValues
{
    private readonly List<KeyValuePair<string, object>> _evidence = [];

    /// <summary>Initializes a new instance of the <see cref="FindingValues"/> class.</summary>
    /// <param name="asOf">The as-of date, the value of <c>as_of</c>.</param>
    /// <param name="capacity">How many values to make room for.</param>
    public FindingValues(LocalDate asOf, int capacity)
    {
        Values = new Dictionary<string, object?>(capacity, StringComparer.Ordinal) { ["as_of"] = asOf };
        PutEvidence = (name, value) => Put(name, value, true);
    }

    /// <summary>Gets the values by placeholder name.</summary>
    public Dictionary<string, object?> Values { get; }

    /// <summary>Gets or sets the alias of the part whose values are put next, or <see langword="null"/>.</summary>
    public string? Prefix { get; set; }

    /// <summary>Gets a delegate that puts a measured value, as evidence too.</summary>
    public Action<string, object?> PutEvidence { get; }

    /// <summary>Puts a value of the current part, under its alias too; a measured one that is not null becomes evidence.</summary>
    /// <param name="name">The placeholder name.</param>
    /// <param name="value">The value.</param>
    /// <param name="asEvidence">Whether the value is measured (evidence) rather than read from a fact.</param>
    public void Put(string name, object? value, bool asEvidence)
    {
        var prefixed = Prefix is null ? null : Prefix + "." + name;
        Values[name] = value;
        if (prefixed is not null)
        {
            Values[prefixed] = value;
        }

        if (asEvidence && value is not null)
        {
            var key = prefixed ?? name;
            for (var i = 0; i < _evidence.Count; i++)
            {
                if (string.Equals(_evidence[i].Key, key, StringComparison.Ordinal))
                {
                    _evidence[i] = new(key, value);
                    return;
                }
            }

            _evidence.Add(new(key, value));
        }
    }

    /// <summary>Gets the evidence values, sorted by name (ordinal), each name once.</summary>
    /// <returns>The values.</returns>
    public KeyValuePair<string, object>[] SortedEvidence()
    {
        var sorted = _evidence.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return sorted;
    }
}
