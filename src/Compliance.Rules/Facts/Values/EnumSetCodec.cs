using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts.Values;

/// <summary>
/// A set of members of an enumeration, each as <see cref="EnumCodec"/> reads it, separated by 、, ；, ; or a comma
/// (<c>首页、信息公开</c>); an empty text is the empty set. Written as the Chinese labels joined by 、.
/// </summary>
/// <remarks>A rule constant tested against a set field (<c>includes</c>) is one member, read with <see cref="Element"/>.</remarks>
internal sealed class EnumSetCodec : FieldCodec
{
    private static readonly MethodInfo CreateMethod = typeof(EnumSetCodec).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!;
    private readonly MethodInfo _create;

    /// <summary>Initializes a new instance of the <see cref="EnumSetCodec"/> class.</summary>
    /// <param name="enumType">The enumeration of the members.</param>
    public EnumSetCodec(Type enumType)
    {
        Element = new EnumCodec(enumType);
        _create = CreateMethod.MakeGenericMethod(enumType);
        Expected = $"a list separated by '、' or ';' of: {string.Join(", ", EnumVocabulary.LabelsOf(enumType))}";
    }

    /// <summary>Gets the codec of one member.</summary>
    public EnumCodec Element { get; }

    /// <inheritdoc/>
    public override FieldKind Kind => FieldKind.EnumSet;

    /// <inheritdoc/>
    public override string Expected { get; }

    /// <inheritdoc/>
    public override bool TryParse(string text, out object? value)
    {
        var members = new List<object>();
        foreach (var part in text.Split(['、', ';', '；', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Element.TryParse(part, out var member))
            {
                value = null;
                return false;
            }

            members.Add(member!);
        }

        value = ToSet(members);
        return true;
    }

    /// <inheritdoc/>
    public override string Format(object value) => string.Join("、", ((IEnumerable)value).Cast<Enum>().Select(Element.Format));

    /// <summary>Builds the set value (an <c>ImmutableArray</c> of the enumeration) from members already read.</summary>
    /// <param name="members">The members.</param>
    /// <returns>The set.</returns>
    public object ToSet(IEnumerable<object> members) => _create.Invoke(null, [members])!;

    private static ImmutableArray<T> Create<T>(IEnumerable<object> members) => [.. members.Cast<T>()];
}
