using System.Collections.Immutable;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Grammar;

/// <summary>
/// A fixed set of names a key takes (<c>kind: veto | deduction | bonus | notice</c>), each with the value the loader
/// reads it as and what it means. The loaders parse by it and the schemas list it, so a name is added in one place.
/// </summary>
/// <param name="Options">The names, in the order the language documents them.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed record Choice(ImmutableArray<ChoiceOption> Options)
{
    /// <summary>Gets the names, in order.</summary>
    public IEnumerable<string> Names => Options.Select(o => o.Name);

    /// <summary>Creates a choice of names that stand for themselves.</summary>
    /// <param name="names">The names.</param>
    /// <returns>The choice.</returns>
    public static Choice Of(params string[] names) => new([.. names.Select(n => new ChoiceOption(n, n, null))]);

    /// <summary>Finds the value a name stands for.</summary>
    /// <typeparam name="T">The type of the values.</typeparam>
    /// <param name="name">The name as written.</param>
    /// <param name="value">The value, when the name is one of the choice's.</param>
    /// <returns>Whether it is.</returns>
    public bool TryGet<T>(string name, out T value)
    {
        foreach (var option in Options)
        {
            if (option.Name == name && option.Value is T typed)
            {
                value = typed;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Gets the name of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The name the language writes for it.</returns>
    public string NameOf(object value) => Options.First(o => Equals(o.Value, value)).Name;
}

/// <summary>One name of a <see cref="Choice"/>.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Value">What the loader reads it as.</param>
/// <param name="Meaning">What it means, when the name needs explaining.</param>
internal sealed record ChoiceOption(string Name, object Value, Bilingual? Meaning)
{
    /// <summary>Creates the option of an enumeration member under the name its vocabulary gives it (<see cref="EnumVocabulary"/>).</summary>
    /// <param name="value">The member.</param>
    /// <param name="meaning">What it means, when the name needs explaining.</param>
    /// <returns>The option.</returns>
    public static ChoiceOption Term(Enum value, Bilingual? meaning) => new(EnumVocabulary.NameOf(value), value, meaning);
}
