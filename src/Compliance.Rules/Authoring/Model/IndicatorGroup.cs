namespace Compliance.Rules.Authoring.Model;

/// <summary>A first-level indicator (一级指标) that caps the deductions or bonuses of its members.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Id">The group's id, unique in its revision (as the rule file writes it).</param>
/// <param name="Name">The group's Chinese name (for example 发布解读).</param>
/// <param name="Kind">Whether its members deduct or add points.</param>
/// <param name="Max">The group's points: its members' deductions (or bonuses) together never exceed it.</param>
public sealed record IndicatorGroup(string Id, string Name, IndicatorKind Kind, decimal Max);
