namespace Compliance.Rules.PlainText;

/// <summary>"Did you mean" suggestions for misspelt names, in every input's error messages (rules, facts, cases).</summary>
internal static class Suggestions
{
    /// <summary>Suggests the closest allowed name for a misspelt one, as " (did you mean 'x'?)", or an empty string.</summary>
    /// <remarks>
    /// The closest name by edit distance (insertions, deletions and substitutions), when it is within a third of the
    /// name's length (at least 1): <c>categroy</c> against <c>category</c> suggests it, <c>x</c> against <c>category</c> does not.
    /// </remarks>
    /// <param name="name">The name written.</param>
    /// <param name="allowed">The names allowed.</param>
    /// <returns>The suggestion.</returns>
    public static string For(string name, IEnumerable<string> allowed)
    {
        var best = allowed
            .Select(a => (Key: a, Distance: EditDistance(name, a)))
            .Where(x => x.Distance <= Math.Max(1, name.Length / 3))
            .OrderBy(x => x.Distance)
            .FirstOrDefault();
        return best.Key is null ? string.Empty : $" (did you mean '{best.Key}'?)";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
