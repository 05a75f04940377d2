using Compliance.Rules.Facts;

namespace Compliance.Rules.Authoring.Grammar;

/// <summary>
/// Which fields the keys of the rule language that name a field take: the loaders check a field named there by these
/// tests (CR2003 otherwise) and the schemas list the fields that pass them.
/// </summary>
internal static class FieldRoles
{
    /// <summary>The field a sum adds (<c>sum: { field }</c>): a number, or a set whose values are counted (每缺一项).</summary>
    /// <param name="kind">The field's kind.</param>
    /// <returns>Whether a sum takes it.</returns>
    public static bool Summed(FieldKind kind) => kind is FieldKind.Integer or FieldKind.Decimal or FieldKind.EnumSet;

    /// <summary>The field an age measures from (<c>age: { field }</c>): a date or a time.</summary>
    /// <param name="kind">The field's kind.</param>
    /// <returns>Whether an age takes it.</returns>
    public static bool Dated(FieldKind kind) => kind is FieldKind.Date or FieldKind.DateTime or FieldKind.Instant;

    /// <summary>The fields an elapsed-time test measures between (<c>elapsed: { from, to }</c>): dates or local times.</summary>
    /// <param name="kind">The field's kind.</param>
    /// <returns>Whether an elapsed-time test takes it.</returns>
    public static bool Elapsed(FieldKind kind) => kind is FieldKind.Date or FieldKind.DateTime;

    /// <summary>The field points are read from (<c>points: { from_field }</c>): a number.</summary>
    /// <param name="kind">The field's kind.</param>
    /// <returns>Whether points may be read from it.</returns>
    public static bool Points(FieldKind kind) => kind is FieldKind.Integer or FieldKind.Decimal;

    /// <summary>Gets the fields of a type that pass a test, in the order the type declares them.</summary>
    /// <param name="type">The fact type.</param>
    /// <param name="role">The test.</param>
    /// <returns>The fields' names.</returns>
    public static IEnumerable<string> Of(FactTypeInfo type, Func<FieldKind, bool> role) =>
        type.Fields.Values.Where(f => role(f.Kind)).OrderBy(f => f.Property.MetadataToken).Select(f => f.Name);
}
