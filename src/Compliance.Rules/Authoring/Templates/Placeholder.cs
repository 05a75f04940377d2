using Compliance.Rules.Authoring.Model;

namespace Compliance.Rules.Authoring.Templates;

/// <summary>
/// One measured placeholder of the reason and detail templates: its name, which condition parts offer it and with which
/// kind, and how its value is read when a finding is made. The load-time template check and the run-time rendering both
/// read <see cref="Placeholders.Measured"/>, so a placeholder is added in one place.
/// </summary>
/// <param name="Name">The name written in a template, such as <c>count</c>.</param>
/// <param name="Description">What it is, for documentation.</param>
/// <param name="Offer">The kind of the placeholder when the given condition part offers it, otherwise <see langword="null"/>.</param>
/// <param name="Value">Reads the value from what the part measured.</param>
internal sealed record Placeholder(
    string Name,
    string Description,
    Func<Condition, PlaceholderKind?> Offer,
    Func<MeasuredValues, object?> Value);
