using System.Collections.Concurrent;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Testing;

namespace Compliance.Rules.Tests.RuleSetCases;

/// <summary>
/// Every revision folder under <c>rules/</c> (a folder holding <c>revision.yaml</c>) with its regression cases, read once
/// per test run. A case is named <c>revision/file/case name</c>.
/// </summary>
internal static class RuleSetCaseCatalog
{
    private static readonly Lazy<IReadOnlyList<RevisionCases>> Revisions = new(ReadAll);
    private static readonly ConcurrentDictionary<string, Lazy<CompiledRuleSet>> Compiled = new(StringComparer.Ordinal);

    /// <summary>Gets every revision folder with its cases (or the diagnostics that kept them from loading).</summary>
    public static IReadOnlyList<RevisionCases> All => Revisions.Value;

    /// <summary>Gets the id of every case of every revision, plus one id per revision whose rules or cases do not load.</summary>
    public static IEnumerable<string> Ids =>
        All.SelectMany(r => r.Problems.Count > 0 ? [r.Id + "/" + LoadProblem] : r.Cases.Select(c => Id(r, c)));

    /// <summary>The name of the pseudo case that reports a revision whose rules or cases do not load.</summary>
    public const string LoadProblem = "(loading)";

    /// <summary>Gets a case's id: revision, file and case name joined by '/'.</summary>
    public static string Id(RevisionCases revision, RegressionCase regressionCase) => revision.Id + "/" + regressionCase.DisplayId;

    /// <summary>Gets a revision compiled, once per run.</summary>
    public static CompiledRuleSet Compile(RevisionCases revision) =>
        Compiled.GetOrAdd(revision.Folder, folder => new Lazy<CompiledRuleSet>(() => RuleSet.LoadDirectory(folder))).Value;

    private static List<RevisionCases> ReadAll() =>
        [.. Directory.EnumerateDirectories(TestPaths.Rules)
            .Where(dir => File.Exists(Path.Combine(dir, "revision.yaml")))
            .Order(StringComparer.Ordinal)
            .Select(Read)];

    private static RevisionCases Read(string folder)
    {
        var id = Path.GetFileName(folder);
        var revision = RuleSet.Read(folder);
        if (!revision.TryGetValue(out var read))
        {
            return new RevisionCases(id, folder, null, [], [.. revision.Errors]);
        }

        var suite = RegressionSuite.ReadFolder(folder, read);
        return suite.TryGetValue(out var cases)
            ? new RevisionCases(id, folder, read, [.. cases.Cases], [])
            : new RevisionCases(id, folder, read, [], [.. suite.Errors]);
    }
}

/// <summary>A revision folder under <c>rules/</c> and its regression cases.</summary>
/// <param name="Id">The folder's name.</param>
/// <param name="Folder">The folder's path.</param>
/// <param name="Revision">The revision, when it loads.</param>
/// <param name="Cases">The cases, when they load.</param>
/// <param name="Problems">The errors that kept the revision or its cases from loading.</param>
internal sealed record RevisionCases(string Id, string Folder, RuleRevision? Revision, IReadOnlyList<RegressionCase> Cases, IReadOnlyList<Diagnostic> Problems);
