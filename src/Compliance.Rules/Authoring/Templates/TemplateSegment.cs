namespace Compliance.Rules.Authoring.Templates;

/// <summary>A piece of a reason template: literal text, or a placeholder with an optional day offset and format.</summary>
/// <param name="Literal">The literal text, for a literal segment.</param>
/// <param name="Name">The placeholder's name, for a placeholder segment.</param>
/// <param name="DayOffset">Days added to a date placeholder (<c>+1d</c>).</param>
/// <param name="Format">The format: a NodaTime pattern for dates (<c>M月d日</c>), a .NET numeric format for numbers (<c>0.0</c>, <c>P2</c>).</param>
internal sealed record TemplateSegment(string? Literal, string? Name, int DayOffset, string? Format)
{
    /// <summary>Gets whether the segment is a placeholder.</summary>
    public bool IsPlaceholder => Name is not null;
}
