namespace Compliance.Rules.Labels;

/// <summary>
/// Gives an enumeration member the Chinese label that rule files, facts input and reports use for it
/// (for example <c>动态要闻</c> for <see cref="Facts.ColumnCategory.News"/>).
/// </summary>
/// <param name="label">The label.</param>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false)]
internal sealed class LabelAttribute(string label) : Attribute
{
    /// <summary>Gets the label.</summary>
    public string Label { get; } = label;
}
