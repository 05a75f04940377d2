using System.Collections.Immutable;
using System.Globalization;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// Compares one indicator as two revisions define it: what <c>compliance-rules diff</c> lists for a changed indicator
/// and what <c>compliance-rules impact</c> names as the text change behind a changed verdict.
/// </summary>
/// <remarks>
/// A change inside the definition is named by its path, so that a threshold or a category list is shown alone rather
/// than inside a one-line copy of the whole condition: <c>when.count.gte: 5 → 6</c>,
/// <c>when.count.where.category: [动态, 要闻] → [动态要闻]</c>. Mapping keys are joined by dots; an item of a list of
/// mappings (the branches of <c>any</c>, the parts of <c>all</c>) by its position counted from 1, as in
/// <c>when.count.where.any[2].is_top_level: (none) → true</c>; a list of plain values (categories) is one value.
/// This type is thread-safe.
/// </remarks>
public static class IndicatorDiff
{
    private const string None = "(none)";

    /// <summary>Lists every part of an indicator that differs between two revisions.</summary>
    /// <param name="before">The indicator in the earlier revision.</param>
    /// <param name="after">The same indicator (by id) in the later revision.</param>
    /// <returns>
    /// The changes inside the definition (<c>any</c>, <c>applies_to</c>, <c>cap_for</c>, <c>group</c>, <c>kind</c>,
    /// <c>points</c>, <c>sample</c>, <c>when</c>), each by its path in ordinal order of keys and in order of list items,
    /// then <c>name</c>, <c>reason</c>, <c>detail</c>, <c>max_points</c>, <c>enabled</c> and <c>provenance</c>; empty when
    /// they are the same.
    /// </returns>
    public static ImmutableArray<IndicatorDifference> Between(Indicator before, Indicator after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var differences = ImmutableArray.CreateBuilder<IndicatorDifference>();
        Compare(string.Empty, before.DefinitionTree, after.DefinitionTree, differences);
        var others = new IndicatorDifference[]
        {
            new("name", before.Name, after.Name),
            new("reason", before.ReasonTemplate, after.ReasonTemplate),
            new("detail", before.DetailTemplate ?? None, after.DetailTemplate ?? None),
            new("max_points", before.MaxPoints is { } m ? Number(m) : None, after.MaxPoints is { } n ? Number(n) : None),
            new("enabled", before.Enabled ? "true" : "false", after.Enabled ? "true" : "false"),
            new("provenance", EnumVocabulary.NameOf(before.Provenance), EnumVocabulary.NameOf(after.Provenance)),
        };
        differences.AddRange(others.Where(o => o.Was != o.Now));
        return differences.ToImmutable();
    }

    // Descends while both sides are mappings, or both are lists of which one holds a mapping or a list; anything else
    // is compared as one value.
    private static void Compare(string path, DefinitionNode? was, DefinitionNode? now, ImmutableArray<IndicatorDifference>.Builder differences)
    {
        if (was?.Entries is { } oldEntries && now?.Entries is { } newEntries)
        {
            foreach (var key in oldEntries.Keys.Union(newEntries.Keys).Order(StringComparer.Ordinal))
            {
                Compare(path.Length == 0 ? key : path + "." + key, oldEntries.GetValueOrDefault(key), newEntries.GetValueOrDefault(key), differences);
            }

            return;
        }

        if (was?.Items is { } oldItems && now?.Items is { } newItems && oldItems.Concat(newItems).Any(i => i.Items is not null || i.Entries is not null))
        {
            for (var i = 0; i < Math.Max(oldItems.Length, newItems.Length); i++)
            {
                Compare(string.Create(CultureInfo.InvariantCulture, $"{path}[{i + 1}]"), i < oldItems.Length ? oldItems[i] : null, i < newItems.Length ? newItems[i] : null, differences);
            }

            return;
        }

        var oldText = was?.Text ?? None;
        var newText = now?.Text ?? None;
        if (oldText != newText)
        {
            differences.Add(new IndicatorDifference(path, oldText, newText));
        }
    }

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
