namespace Compliance.Rules.Authoring.Templates;

/// <summary>The value types a reason placeholder can have, which decide the formats it accepts.</summary>
internal enum PlaceholderKind
{
    Text,
    Number,
    Date,
    DateTime,
}
