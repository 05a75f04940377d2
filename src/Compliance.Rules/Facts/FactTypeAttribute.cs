namespace Compliance.Rules.Facts;

/// <summary>
/// Names a fact type as rule files refer to it in <c>of:</c> (for example <c>Column</c>), and gives its Chinese label.
/// </summary>
/// <param name="name">The name used in rule files.</param>
/// <param name="label">The Chinese label, for documentation and reports.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class FactTypeAttribute(string name, string label) : Attribute
{
    /// <summary>Gets the name used in rule files.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the Chinese label.</summary>
    public string Label { get; } = label;
}
