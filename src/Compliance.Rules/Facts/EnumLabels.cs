using System.Collections.Concurrent;
using System.Reflection;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>
/// Reads and writes enumeration values by their Chinese <see cref="LabelAttribute"/> or by their member name.
/// </summary>
/// <remarks>This type is thread-safe.</remarks>
internal static class EnumLabels
{
    private static readonly ConcurrentDictionary<Type, (string Label, string Name, object Value)[]> Cache = new();

    /// <summary>Gets the Chinese labels of an enumeration's members, in declaration order.</summary>
    /// <param name="enumType">The enumeration type.</param>
    /// <returns>The labels.</returns>
    public static IEnumerable<string> LabelsOf(Type enumType) => Members(enumType).Select(m => m.Label);

    /// <summary>Gets the label of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The label, or the member name when it has none.</returns>
    public static string LabelOf(Enum value) =>
        Members(value.GetType()).First(m => Equals(m.Value, value)).Label;

    /// <summary>Parses a label, a member name or its snake_case form.</summary>
    /// <param name="enumType">The enumeration type.</param>
    /// <param name="text">The text.</param>
    /// <param name="value">The value when parsed.</param>
    /// <returns><see langword="true"/> when the text names a member.</returns>
    public static bool TryParse(Type enumType, string text, out object? value)
    {
        var trimmed = text.Trim();
        foreach (var (label, name, member) in Members(enumType))
        {
            if (trimmed == label
                || string.Equals(trimmed, name, StringComparison.OrdinalIgnoreCase)
                || trimmed == FactCatalog.ToSnakeCase(name))
            {
                value = member;
                return true;
            }
        }

        value = null;
        return false;
    }

    private static (string Label, string Name, object Value)[] Members(Type enumType) =>
        Cache.GetOrAdd(enumType, t => t
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (f.GetCustomAttribute<LabelAttribute>()?.Label ?? f.Name, f.Name, f.GetValue(null)!))
            .ToArray());
}
