using Compliance.Rules.Facts;

namespace Compliance.Rules.Authoring.Model;

/// <summary>Which subjects an indicator or scoring rule applies to: a subject kind and an optional test on its fields.</summary>
/// <param name="Kind">The subject kind.</param>
/// <param name="Where">The test on the subject's fields, or <see langword="null"/> for every subject of the kind.</param>
internal sealed record Applicability(SubjectKind Kind, Predicate? Where);
