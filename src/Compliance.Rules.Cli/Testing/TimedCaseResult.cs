using Compliance.Rules.Testing;

namespace Compliance.Rules.Cli.Testing;

/// <summary>A regression case's result with the time its evaluation took.</summary>
/// <param name="Result">The result.</param>
/// <param name="Elapsed">The time taken to evaluate and compare the case.</param>
internal sealed record TimedCaseResult(CaseResult Result, TimeSpan Elapsed);
