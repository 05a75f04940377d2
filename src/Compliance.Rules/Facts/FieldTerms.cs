using System.Collections.Immutable;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>
/// The words of the language for one field of a fact type: its name in rule and facts files, the record property that
/// holds it, what it means and the Chinese CSV headers that stand for it.
/// </summary>
/// <param name="Property">The name of the record property that holds the value (written with <c>nameof</c>, so that renaming a property does not rename the language).</param>
/// <param name="Name">The snake_case name rule and facts files write (<c>last_updated</c>).</param>
/// <param name="Meaning">What the field means, for editors.</param>
/// <param name="Headers">The Chinese CSV headers that stand for it, the documented one first; empty for a field no facts file gives.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed record FieldTerms(string Property, string Name, Bilingual Meaning, ImmutableArray<string> Headers);
