namespace Compliance.Rules.Authoring.Model;

/// <summary>A first-level indicator (一级指标) that caps the deductions or bonuses of its members.</summary>
/// <remarks>Built only by the library, from a rule file. This type is immutable and thread-safe.</remarks>
public sealed class IndicatorGroup
{
    internal IndicatorGroup(string id, string name, IndicatorKind kind, decimal max)
    {
        Id = id;
        Name = name;
        Kind = kind;
        Max = max;
    }

    /// <summary>Gets the group's id, unique in its revision (as the rule file writes it).</summary>
    public string Id { get; }

    /// <summary>Gets the group's Chinese name (for example 发布解读).</summary>
    public string Name { get; }

    /// <summary>Gets whether its members deduct or add points.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>Gets the group's points: its members' deductions (or bonuses) together never exceed it.</summary>
    public decimal Max { get; }
}
