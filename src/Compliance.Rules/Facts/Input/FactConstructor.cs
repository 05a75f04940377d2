using System.Reflection;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Creates a fact record from field values through its primary constructor (whose parameters are the fact type's
/// <see cref="FactTypeInfo.InputFields"/>, in order), knowing which fields are required and which may be omitted.
/// </summary>
internal sealed class FactConstructor
{
    private readonly ConstructorInfo _constructor;
    private readonly ParameterInfo[] _parameters;

    /// <summary>Initializes a new instance of the <see cref="FactConstructor"/> class.</summary>
    /// <param name="type">The fact type.</param>
    public FactConstructor(FactTypeInfo type)
    {
        Type = type;
        _constructor = type.ClrType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        _parameters = _constructor.GetParameters();
        Fields = type.InputFields;
        Required = [.. Fields.Where(f => f.IsRequired).Select(f => f.Name)];
    }

    /// <summary>Gets the fact type.</summary>
    public FactTypeInfo Type { get; }

    /// <summary>Gets the fields a facts file may give, in constructor order.</summary>
    public IReadOnlyList<FactField> Fields { get; }

    /// <summary>Gets the names of the fields a facts file must give.</summary>
    public IReadOnlyList<string> Required { get; }

    /// <summary>Creates the fact.</summary>
    /// <param name="values">The values read, by field name; absent optional fields take their defaults.</param>
    /// <returns>The fact.</returns>
    public object Create(IReadOnlyDictionary<string, object?> values)
    {
        var arguments = new object?[_parameters.Length];
        for (var i = 0; i < _parameters.Length; i++)
        {
            var field = Fields[i];
            arguments[i] = values.TryGetValue(field.Name, out var value)
                ? value
                : _parameters[i].HasDefaultValue
                    ? _parameters[i].DefaultValue
                    : field.Kind == FieldKind.EnumSet ? FactValueReader.ToSet(field, []) : null;
        }

        return _constructor.Invoke(arguments);
    }
}
