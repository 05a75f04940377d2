namespace Compliance.Rules.Testing;

/// <summary>
/// The regression cases of a rules folder as the data of a test framework's theory, so that a host's own test project
/// runs the cases of its own overlay with <c>dotnet test</c>, each case its own test: <see cref="In"/> gives the rows
/// (with xunit, <c>[MemberData]</c>) and <see cref="Run"/> is the body of the theory.
/// </summary>
/// <example>
/// <code>
/// public sealed class OverlayCasesTest
/// {
///     public static IEnumerable&lt;object[]&gt; Cases =&gt; RegressionCases.In("rules/demo-2024");
///
///     [Theory]
///     [MemberData(nameof(Cases))]
///     public void Case(string rulesFolder, string caseId) =&gt; RegressionCases.Run(rulesFolder, caseId);
/// }
/// </code>
/// </example>
/// <remarks>
/// <para>
/// A rules folder is what <c>compliance-rules test</c> takes: a revision folder (its <c>revision.yaml</c>,
/// <c>indicators/</c> and the cases in <c>tests/*.yaml</c>; an overlay finds its base beside it or among the built-in
/// revisions) or <c>builtin:&lt;id&gt;</c>. A relative path is taken from the current directory, which <c>dotnet test</c>
/// sets to the test project's output folder: copy the rules folder there.
/// </para>
/// <para>
/// Each row holds two strings, the rules folder and the case's id (<c>file.yaml/case name</c>,
/// <see cref="RegressionCase.DisplayId"/>), so a test framework can serialize the rows and list each case on its own in
/// a test explorer; nothing here depends on a test framework or its version. A rules folder whose rule set or cases do
/// not load, or that has no case, gives one row all the same, <c>(loading)</c>, whose test fails with every positioned
/// diagnostic: a mistake is never hidden as a run of zero tests.
/// </para>
/// <para>
/// A rules folder is read and compiled once per process, when its rows are first asked for, and kept for the process's
/// life: every case of the folder runs against that one compiled rule set. This type is thread-safe.
/// </para>
/// </remarks>
public static class RegressionCases
{
    /// <summary>The case id of the one row of a rules folder whose rule set or cases do not load, or that has no case.</summary>
    internal const string LoadingId = "(loading)";

    /// <summary>Gets a row for each regression case of a rules folder: the folder and the case's id.</summary>
    /// <param name="rulesFolder">A revision folder, or <c>builtin:&lt;id&gt;</c>.</param>
    /// <returns>
    /// One row (<c>object[] { rulesFolder, caseId }</c>) per case, in file-name order and then file order; one row with
    /// the id <c>(loading)</c> when the rule set or its cases do not load or there is no case.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="rulesFolder"/> is empty.</exception>
    public static IEnumerable<object[]> In(string rulesFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rulesFolder);
        var loaded = LoadedCases.Of(rulesFolder);
        return loaded.Problem is null
            ? [.. loaded.Cases.Select(c => new object[] { rulesFolder, c.DisplayId })]
            : [[rulesFolder, LoadingId]];
    }

    /// <summary>Runs one regression case of a rules folder, and throws when it fails.</summary>
    /// <param name="rulesFolder">The rules folder, as given to <see cref="In"/>.</param>
    /// <param name="caseId">The case's id, <c>file.yaml/case name</c>, as <see cref="In"/> gives it.</param>
    /// <exception cref="RegressionCaseException">
    /// The case failed: the message lists every mismatch as <c>compliance-rules test</c> prints it (<c>FAIL</c>, the
    /// case's id and position, then one line per difference, such as <c>A verdict: expected 不合格, actual 合格</c>);
    /// or the rule set or its cases do not load (the message lists every diagnostic with file, line and column); or the
    /// folder has no case with that id.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="rulesFolder"/> or <paramref name="caseId"/> is empty.</exception>
    public static void Run(string rulesFolder, string caseId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rulesFolder);
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        var loaded = LoadedCases.Of(rulesFolder);
        if (loaded.Problem is { } problem)
        {
            throw new RegressionCaseException(rulesFolder, caseId, problem);
        }

        var regressionCase = loaded.Cases.FirstOrDefault(c => c.DisplayId == caseId)
            ?? throw new RegressionCaseException(rulesFolder, caseId, loaded.NoSuchCase(caseId));
        var result = RegressionRunner.Run(loaded.Rules!, regressionCase);
        if (!result.Passed)
        {
            throw new RegressionCaseException(rulesFolder, caseId, CaseFailure.Describe(result));
        }
    }
}
