using System.Collections.Immutable;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>
/// The words of the language for one fact type: its name in rule and facts files, its Chinese label, what it is, the
/// names of its CSV files and the words for each of its fields. One row of <see cref="FactVocabulary"/>.
/// </summary>
/// <param name="Name">The name rule files and facts documents write (<c>column</c>, <c>website</c>).</param>
/// <param name="Label">The Chinese label, for reports and messages (<c>栏目</c>).</param>
/// <param name="ClrType">The record that holds a fact of the type.</param>
/// <param name="SubjectKind">For a subject type, its kind; <see langword="null"/> for an observation type.</param>
/// <param name="Meaning">What the type is, for editors.</param>
/// <param name="FileNames">The names (without <c>.csv</c>) of the CSV files that hold it, English first.</param>
/// <param name="Fields">The words for its own fields (an observation's <c>id</c> and <c>subject_id</c> are <see cref="FactVocabulary.ObservationFields"/>).</param>
/// <param name="FormerName">
/// For an observation type, the PascalCase name the language used before its names were all snake_case (<c>Column</c>):
/// still read, with deprecation warning CR2101; <see langword="null"/> for a subject type.
/// </param>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed record FactTypeTerms(
    string Name,
    string Label,
    Type ClrType,
    SubjectKind? SubjectKind,
    Bilingual Meaning,
    ImmutableArray<string> FileNames,
    ImmutableArray<FieldTerms> Fields,
    string? FormerName);
