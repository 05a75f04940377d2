using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Authoring.Templates;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Authoring.Grammar;

/// <summary>
/// One measured placeholder of the reason and detail templates: its name, what it is, which condition parts offer it and
/// with which kind, and how its value is read when a finding is made. The load-time template check, the run-time
/// rendering and the generated schemas all read <see cref="Placeholders.Measured"/>, so a placeholder is added in one place.
/// </summary>
/// <param name="Name">The name written in a template, such as <c>count</c>.</param>
/// <param name="Description">What it is, for the schemas.</param>
/// <param name="Offer">The kind of the placeholder when the given condition part offers it, otherwise <see langword="null"/>.</param>
/// <param name="Value">Reads the value from what the part measured.</param>
internal sealed record Placeholder(
    string Name,
    Bilingual Description,
    Func<Condition, PlaceholderKind?> Offer,
    Func<MeasuredValues, object?> Value);
