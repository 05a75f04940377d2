using System.Collections.Concurrent;
using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.PlainText;

namespace Compliance.Rules.Testing;

/// <summary>
/// A rules folder compiled, with its regression cases, or the problem that keeps them from being run: what
/// <see cref="RegressionCases"/> reads once per folder and process.
/// </summary>
/// <remarks>
/// The one piece of process-wide state of the package, on purpose: a test framework asks for a folder's rows once and
/// then runs each case as its own test, and compiling the rule set again for each case would cost a compilation per
/// case. What it keeps is immutable; a folder is never read twice in a process. This type is immutable and thread-safe.
/// </remarks>
internal sealed class LoadedCases
{
    private static readonly ConcurrentDictionary<string, Lazy<LoadedCases>> Folders = new(StringComparer.Ordinal);

    private LoadedCases(string rulesFolder, CompiledRuleSet? rules, ImmutableArray<RegressionCase> cases, string? problem)
    {
        RulesFolder = rulesFolder;
        Rules = rules;
        Cases = cases;
        Problem = problem;
    }

    /// <summary>Gets the rules folder as the host named it.</summary>
    public string RulesFolder { get; }

    /// <summary>Gets the compiled rule set, when there is no <see cref="Problem"/>.</summary>
    public CompiledRuleSet? Rules { get; }

    /// <summary>Gets the cases, in file-name order and then file order; empty when there is a <see cref="Problem"/>.</summary>
    public ImmutableArray<RegressionCase> Cases { get; }

    /// <summary>
    /// Gets why no case can be run, made safe for a terminal: every diagnostic of a rule set or case files that do not
    /// load, or a folder without cases; <see langword="null"/> when the cases can be run.
    /// </summary>
    public string? Problem { get; }

    /// <summary>Gets a rules folder loaded, reading and compiling it on the first call for it in this process.</summary>
    /// <param name="rulesFolder">A revision folder, or <c>builtin:&lt;id&gt;</c>.</param>
    /// <returns>The folder's rule set and cases, or the problem.</returns>
    public static LoadedCases Of(string rulesFolder)
    {
        var key = rulesFolder.StartsWith("builtin:", StringComparison.Ordinal) ? rulesFolder : Path.GetFullPath(rulesFolder);
        return Folders.GetOrAdd(key, _ => new Lazy<LoadedCases>(() => Load(rulesFolder))).Value;
    }

    /// <summary>Describes a case id that the folder does not have, listing the ids it has.</summary>
    /// <param name="caseId">The id asked for.</param>
    /// <returns>The text, made safe for a terminal.</returns>
    public string NoSuchCase(string caseId) => VisibleText.Of(
        $"'{RulesFolder}' has no regression case '{caseId}' (renamed or removed since the tests were listed?); its cases are: "
        + string.Join(", ", Cases.Select(c => c.DisplayId)));

    private static LoadedCases Load(string rulesFolder)
    {
        var rules = RuleSet.TryLoad(rulesFolder);
        if (!rules.TryGetValue(out var compiled))
        {
            return Failed(rulesFolder, $"the rule set '{rulesFolder}' does not load", rules.Errors);
        }

        var suite = RegressionSuite.TryLoad(rulesFolder, compiled.Revision);
        if (!suite.TryGetValue(out var read))
        {
            return Failed(rulesFolder, $"the regression cases of '{rulesFolder}' do not load", suite.Errors);
        }

        return read.Cases.IsEmpty
            ? new LoadedCases(rulesFolder, null, [], VisibleText.Of($"'{rulesFolder}' has no regression case: write them in {RegressionSuite.TestsFolderName}/*.yaml inside the revision folder"))
            : new LoadedCases(rulesFolder, compiled, read.Cases, null);
    }

    private static LoadedCases Failed(string rulesFolder, string what, IEnumerable<Diagnostic> errors)
    {
        var lines = errors.Select(e => e.ToDisplayString()).ToList();
        var problem = string.Join(Environment.NewLine, [VisibleText.Of($"{what}: {lines.Count} error(s)"), .. lines]);
        return new LoadedCases(rulesFolder, null, [], problem);
    }
}
