namespace Compliance.Rules.Results;

/// <summary>The points an indicator or group took (or gave) for a subject: raw, and after its cap.</summary>
/// <remarks>Built only by the library. This type is immutable and thread-safe.</remarks>
public sealed class ScoreLine
{
    internal ScoreLine(string id, string name, bool isGroup, decimal raw, decimal max, decimal applied)
    {
        Id = id;
        Name = name;
        IsGroup = isGroup;
        Raw = raw;
        Max = max;
        Applied = applied;
    }

    /// <summary>Gets the indicator or group id.</summary>
    public string Id { get; }

    /// <summary>Gets its Chinese name.</summary>
    public string Name { get; }

    /// <summary>Gets whether the line is for a group (一级指标) rather than an indicator.</summary>
    public bool IsGroup { get; }

    /// <summary>Gets the sum of its findings' points (for a group: of its indicators' capped points).</summary>
    public decimal Raw { get; }

    /// <summary>Gets its cap.</summary>
    public decimal Max { get; }

    /// <summary>Gets the points counted: the raw points capped at <see cref="Max"/>.</summary>
    public decimal Applied { get; }
}
