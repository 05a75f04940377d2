namespace Compliance.Rules.Facts;

/// <summary>The kinds of values a fact field holds, which decide the operators a rule may apply to it.</summary>
internal enum FieldKind
{
    Text,
    Boolean,
    Integer,
    Decimal,
    Date,
    DateTime,
    Instant,
    Duration,
    Enum,
    EnumSet,
}
