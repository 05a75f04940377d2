using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Testing;

/// <summary>
/// The impact a regression case expects its revision to have against a base revision on the case's facts (the case's
/// <c>impact:</c> key): exactly these subjects newly fail, exactly these newly pass, and no other subject changes
/// verdict, score or findings.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Base">The base revision as the case names it: <c>builtin:&lt;id&gt;</c> or the id of a built-in revision.</param>
/// <param name="NewlyFailing">The subjects that pass under the base and fail under the revision, in ordinal order.</param>
/// <param name="NewlyPassing">The subjects that fail under the base and pass under the revision, in ordinal order.</param>
/// <param name="Location">Where the expectation is written.</param>
public sealed record ExpectedImpact(string Base, ImmutableArray<string> NewlyFailing, ImmutableArray<string> NewlyPassing, SourceLocation Location)
{
    /// <summary>Gets the base as a rule-set reference for <see cref="RuleSet.TryLoad(string)"/>.</summary>
    public string BaseReference => Base.StartsWith("builtin:", StringComparison.Ordinal) ? Base : "builtin:" + Base;
}
