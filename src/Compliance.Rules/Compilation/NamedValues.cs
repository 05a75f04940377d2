using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Compliance.Rules.Compilation;

/// <summary>
/// A few values by name, in one array: what a finding keeps of the values its templates were rendered from (the names its
/// indicator's warning template reads, a handful at most). Looked up by a linear search, which for so few names is faster
/// than hashing, and two objects where a dictionary is three or more: a forecast of a national batch keeps one for each of
/// over a hundred thousand findings.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class NamedValues : IReadOnlyDictionary<string, object?>
{
    private readonly KeyValuePair<string, object?>[] _pairs;

    /// <summary>Initializes a new instance of the <see cref="NamedValues"/> class.</summary>
    /// <param name="pairs">The values, each name once (ordinal).</param>
    public NamedValues(KeyValuePair<string, object?>[] pairs) => _pairs = pairs;

    /// <inheritdoc/>
    public int Count => _pairs.Length;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _pairs.Select(p => p.Key);

    /// <inheritdoc/>
    public IEnumerable<object?> Values => _pairs.Select(p => p.Value);

    /// <inheritdoc/>
    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no value named '{key}'");

    /// <inheritdoc/>
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        foreach (var pair in _pairs)
        {
            if (string.Equals(pair.Key, key, StringComparison.Ordinal))
            {
                value = pair.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_pairs).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
