using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Labels;
using NodaTime;

namespace Compliance.Rules.Facts;

/// <summary>
/// The fact types rule files may name: the words of <see cref="FactVocabulary"/> bound to the records of this namespace
/// and their properties. Binding refuses a record property the vocabulary does not name, a name it gives to no property,
/// an observation record it leaves out, and a field holding an enumeration whose words (<see cref="EnumVocabulary"/>)
/// are missing or not sound, so the table and the records cannot drift apart.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal static class FactCatalog
{
    private static readonly ImmutableArray<FactTypeInfo> Bound = Checked([.. FactVocabulary.Types.Select(Bind)]);

    private static readonly FrozenDictionary<string, FactTypeInfo> Observations = Bound
        .Where(t => t.SubjectKind is null)
        .ToFrozenDictionary(i => i.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FactTypeInfo> FormerObservations = FactVocabulary.Types
        .Where(t => t.FormerName is not null)
        .ToFrozenDictionary(t => t.FormerName!, t => Observations[t.Name], StringComparer.Ordinal);

    private static readonly FrozenDictionary<SubjectKind, FactTypeInfo> Subjects = Bound
        .Where(t => t.SubjectKind is not null)
        .ToFrozenDictionary(i => i.SubjectKind!.Value);

    /// <summary>Gets every fact type: the subject types, then the observation types by name.</summary>
    public static ImmutableArray<FactTypeInfo> AllTypes => Bound;

    /// <summary>Gets every observation type, sorted by name.</summary>
    public static ImmutableArray<FactTypeInfo> ObservationTypes { get; } =
        [.. Observations.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];

    /// <summary>Gets the names of the observation types, for messages.</summary>
    public static string ObservationTypeList => string.Join(", ", ObservationTypes.Select(t => t.Name));

    /// <summary>Finds an observation type by its name in the language.</summary>
    /// <param name="name">The name, such as <c>column</c>.</param>
    /// <returns>The type, or <see langword="null"/>.</returns>
    public static FactTypeInfo? FindObservation(string name) => Observations.GetValueOrDefault(name);

    /// <summary>
    /// Finds an observation type by its name or by the deprecated PascalCase name it had before (<c>Column</c>), telling
    /// which: readers accept the old name and warn (CR2101) that the new one is what to write.
    /// </summary>
    /// <param name="name">The name as written.</param>
    /// <param name="former">Whether <paramref name="name"/> is the type's deprecated name.</param>
    /// <returns>The type, or <see langword="null"/>.</returns>
    public static FactTypeInfo? FindObservation(string name, out bool former)
    {
        var current = FindObservation(name);
        var old = current is null ? FormerObservations.GetValueOrDefault(name) : null;
        former = old is not null;
        return current ?? old;
    }

    /// <summary>
    /// Finds an observation type as a reader of a file finds it: by its name, or by its deprecated PascalCase name with
    /// warning CR2101 (saying the name to write instead) added to <paramref name="diagnostics"/>.
    /// </summary>
    /// <param name="written">The name as written.</param>
    /// <param name="at">Where the name is written.</param>
    /// <param name="diagnostics">Receives the warning.</param>
    /// <param name="subject">The indicator or fact the message is about, if any.</param>
    /// <returns>The type, or <see langword="null"/> (the caller reports the unknown name).</returns>
    public static FactTypeInfo? FindObservation(string written, SourceLocation at, ICollection<Diagnostic> diagnostics, string? subject = null)
    {
        var type = FindObservation(written, out var former);
        if (former)
        {
            diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.Deprecated,
                $"'{written}' is the deprecated name of the fact type '{type!.Name}': write '{type.Name}' (fact type names are snake_case, like subject kinds)",
                at,
                subject));
        }

        return type;
    }

    /// <summary>Gets the subject type of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The type.</returns>
    public static FactTypeInfo Subject(SubjectKind kind) => Subjects[kind];

    /// <summary>Parses a subject kind as rule files write it (<c>website</c>, <c>new_media</c>).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The kind, or <see langword="null"/>.</returns>
    public static SubjectKind? ParseSubjectKind(string name) =>
        Subjects.Values.FirstOrDefault(s => s.Name == name)?.SubjectKind;

    /// <summary>Gets the rule-file name of a subject kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string NameOf(SubjectKind kind) => Subjects[kind].Name;

    /// <summary>Gets the fact type info for a CLR type.</summary>
    /// <param name="type">The record type.</param>
    /// <returns>The info.</returns>
    public static FactTypeInfo For(Type type) =>
        Observations.Values.FirstOrDefault(o => o.ClrType == type)
        ?? Subjects.Values.FirstOrDefault(s => s.ClrType == type)
        ?? throw new ArgumentException($"{type.Name} is not a fact type", nameof(type));

    /// <summary>
    /// Converts a PascalCase name to snake_case (<c>LastUpdated</c> → <c>last_updated</c>): the form in which a misspelt
    /// fact type is compared for a suggestion (so that <c>Colum</c> finds <c>column</c>). Fact types, fields and category
    /// values take their names from the vocabularies, never from this.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The snake_case name.</returns>
    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Binds one row of the vocabulary to its record: each field's words to the property it names.</summary>
    /// <param name="terms">The row.</param>
    /// <returns>The fact type.</returns>
    /// <exception cref="InvalidOperationException">The row names a property the record lacks, or leaves one of its properties unnamed (a defect of the table).</exception>
    internal static FactTypeInfo Bind(FactTypeTerms terms)
    {
        var type = terms.ClrType;
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, StringComparer.Ordinal);
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var parameters = constructor.GetParameters().ToDictionary(p => p.Name!, StringComparer.Ordinal);
        var fields = new List<FactField>();
        foreach (var field in (terms.SubjectKind is null ? FactVocabulary.ObservationFields : []).Concat(terms.Fields))
        {
            if (!properties.Remove(field.Property, out var property))
            {
                throw new InvalidOperationException($"the fact vocabulary names {type.Name}.{field.Property}, which is no property of the record (or is named twice)");
            }

            fields.Add(ToField(property, field, parameters.GetValueOrDefault(field.Property)));
        }

        if (properties.Count > 0)
        {
            throw new InvalidOperationException($"the fact vocabulary gives no name to {string.Join(", ", properties.Keys.Select(p => type.Name + "." + p))}");
        }

        var byProperty = fields.ToDictionary(f => f.Property.Name, StringComparer.Ordinal);
        ImmutableArray<FactField> inputs = [.. constructor.GetParameters().Select(p => byProperty[p.Name!])];
        return new FactTypeInfo(terms.Name, terms.Label, type, fields.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal), terms.SubjectKind, terms.Meaning, terms.FileNames, inputs);
    }

    private static ImmutableArray<FactTypeInfo> Checked(ImmutableArray<FactTypeInfo> bound)
    {
        var unnamed = typeof(Observation).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Observation)) && !t.IsAbstract && !bound.Any(b => b.ClrType == t))
            .Select(t => t.Name)
            .ToList();
        return unnamed.Count == 0 ? bound : throw new InvalidOperationException($"the fact vocabulary has no row for {string.Join(", ", unnamed)}");
    }

    private static FactField ToField(PropertyInfo property, FieldTerms terms, ParameterInfo? parameter)
    {
        var type = property.PropertyType;
        var underlying = Nullable.GetUnderlyingType(type);
        var isNullable = underlying is not null || (!type.IsValueType && new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable);
        var valueType = underlying ?? type;
        var (kind, enumType) = KindOf(property, valueType);
        var isRequired = parameter is { HasDefaultValue: false } && !isNullable && kind != FieldKind.EnumSet;
        return new FactField(terms.Name, property, kind, isNullable && kind != FieldKind.EnumSet, enumType, terms.Meaning, terms.Headers, isRequired);
    }

    private static (FieldKind Kind, Type? EnumType) KindOf(PropertyInfo property, Type valueType)
    {
        if (valueType.IsGenericType && valueType.GetGenericTypeDefinition() == typeof(ImmutableArray<>) && valueType.GetGenericArguments()[0].IsEnum)
        {
            return (FieldKind.EnumSet, Worded(valueType.GetGenericArguments()[0]));
        }

        if (valueType.IsEnum)
        {
            return (FieldKind.Enum, Worded(valueType));
        }

        var kind = valueType switch
        {
            _ when valueType == typeof(string) => FieldKind.Text,
            _ when valueType == typeof(bool) => FieldKind.Boolean,
            _ when valueType == typeof(int) => FieldKind.Integer,
            _ when valueType == typeof(decimal) => FieldKind.Decimal,
            _ when valueType == typeof(LocalDate) => FieldKind.Date,
            _ when valueType == typeof(LocalDateTime) => FieldKind.DateTime,
            _ when valueType == typeof(Instant) => FieldKind.Instant,
            _ when valueType == typeof(Duration) => FieldKind.Duration,
            _ => throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name} has an unsupported type {valueType.Name}"),
        };
        return (kind, null);
    }

    // An enumeration a field holds is part of the language: its words must be in a vocabulary and sound.
    private static Type Worded(Type enumType)
    {
        _ = EnumVocabulary.Of(enumType);
        return enumType;
    }
}
