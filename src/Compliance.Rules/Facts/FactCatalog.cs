using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using NodaTime;

namespace Compliance.Rules.Facts;

/// <summary>
/// The fact types rule files may name, discovered from the records in this namespace, with their fields in snake_case.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal static class FactCatalog
{
    private static readonly FrozenDictionary<string, FactTypeInfo> Observations = typeof(Observation).Assembly
        .GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Observation)) && !t.IsAbstract)
        .Select(t => (Type: t, Attribute: t.GetCustomAttribute<FactTypeAttribute>()
            ?? throw new InvalidOperationException($"{t.Name} lacks [FactType]")))
        .Select(x => Describe(x.Type, x.Attribute.Name, x.Attribute.Label, null))
        .ToFrozenDictionary(i => i.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<SubjectKind, FactTypeInfo> Subjects = new Dictionary<SubjectKind, FactTypeInfo>
    {
        [SubjectKind.Website] = Describe(typeof(Website), "website", "政府网站", SubjectKind.Website),
        [SubjectKind.NewMedia] = Describe(typeof(NewMediaAccount), "new_media", "政务新媒体", SubjectKind.NewMedia),
        [SubjectKind.Supervisor] = Describe(typeof(SupervisingBody), "supervisor", "监管单位", SubjectKind.Supervisor),
    }.ToFrozenDictionary();

    /// <summary>Gets every observation type, sorted by name.</summary>
    public static ImmutableArray<FactTypeInfo> ObservationTypes { get; } =
        [.. Observations.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];

    /// <summary>Gets the names of the observation types, for messages.</summary>
    public static string ObservationTypeList => string.Join(", ", ObservationTypes.Select(t => t.Name));

    /// <summary>Finds an observation type by its rule-file name.</summary>
    /// <param name="name">The name, such as <c>Column</c>.</param>
    /// <returns>The type, or <see langword="null"/>.</returns>
    public static FactTypeInfo? FindObservation(string name) => Observations.GetValueOrDefault(name);

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

    /// <summary>Converts a PascalCase name to snake_case (<c>LastUpdated</c> → <c>last_updated</c>).</summary>
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

    private static FactTypeInfo Describe(Type type, string name, string label, SubjectKind? subjectKind)
    {
        var fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => ToField(p))
            .ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
        return new FactTypeInfo(name, label, type, fields, subjectKind);
    }

    private static FactField ToField(PropertyInfo property)
    {
        var type = property.PropertyType;
        var underlying = Nullable.GetUnderlyingType(type);
        var isNullable = underlying is not null || (!type.IsValueType && new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable);
        var valueType = underlying ?? type;
        var name = ToSnakeCase(property.Name);

        if (valueType.IsGenericType && valueType.GetGenericTypeDefinition() == typeof(ImmutableArray<>) && valueType.GetGenericArguments()[0].IsEnum)
        {
            return new FactField(name, property, FieldKind.EnumSet, false, valueType.GetGenericArguments()[0]);
        }

        if (valueType.IsEnum)
        {
            return new FactField(name, property, FieldKind.Enum, isNullable, valueType);
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
        return new FactField(name, property, kind, isNullable, null);
    }
}
