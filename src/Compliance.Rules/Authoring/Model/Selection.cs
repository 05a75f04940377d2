using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Authoring.Model;

/// <summary>The facts of one type about the subject that pass a filter (<c>of:</c> and <c>where:</c>).</summary>
/// <param name="Type">The fact type.</param>
/// <param name="Where">The filter, or <see langword="null"/> for all facts of the type.</param>
/// <param name="Location">Where it is written.</param>
internal sealed record Selection(FactTypeInfo Type, Predicate? Where, SourceLocation Location);
