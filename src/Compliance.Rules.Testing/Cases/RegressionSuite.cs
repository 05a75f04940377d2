using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Resources;
using Compliance.Rules.Yaml;

namespace Compliance.Rules.Testing;

/// <summary>
/// The regression cases of one revision: every case of every <c>tests/*.yaml</c> file in its folder (or among the built-in
/// resources), in file-name order and then file order.
/// </summary>
/// <remarks>
/// The case format is documented in <c>rules/README.md</c> under "Regression cases". Loading reports every problem at
/// once with file, line and column; a suite with errors is not returned. This type is immutable and thread-safe.
/// </remarks>
public sealed class RegressionSuite
{
    /// <summary>The name of the folder inside a revision folder that holds the case files.</summary>
    public const string TestsFolderName = "tests";

    private RegressionSuite(string source, ImmutableArray<RegressionCase> cases)
    {
        Source = source;
        Cases = cases;
    }

    /// <summary>Gets where the cases were read from: a folder path or <c>builtin:id</c>.</summary>
    public string Source { get; }

    /// <summary>Gets the cases.</summary>
    public ImmutableArray<RegressionCase> Cases { get; }

    /// <summary>Reads the cases of a revision folder on disk (its <c>tests/*.yaml</c>).</summary>
    /// <param name="revisionFolder">The revision folder.</param>
    /// <param name="revision">The revision the cases are for, to check the indicator ids they name; <see langword="null"/> to skip that check.</param>
    /// <returns>The suite (empty when the folder has no case files), or every problem found.</returns>
    public static LoadResult<RegressionSuite> ReadFolder(string revisionFolder, RuleRevision? revision = null)
    {
        ArgumentNullException.ThrowIfNull(revisionFolder);
        if (!Directory.Exists(revisionFolder))
        {
            return LoadResult<RegressionSuite>.Failed([Diagnostic.Create(RegressionDiagnosticCodes.MissingCases, $"'{revisionFolder}' is not a folder", SourceLocation.OfFile(revisionFolder))]);
        }

        // Case files, like rule files, must lie in the folder holding the revision folders once links are followed.
        var parent = Path.GetDirectoryName(Path.GetFullPath(revisionFolder).TrimEnd(Path.DirectorySeparatorChar));
        var root = parent is null ? InputRoot.Of(revisionFolder) : InputRoot.Of(parent, revisionFolder);
        var tests = Path.Combine(revisionFolder, TestsFolderName);
        var problems = new List<Diagnostic>();
        var files = Directory.Exists(tests)
            ? Directory.EnumerateFiles(tests, "*.yaml").Order(StringComparer.Ordinal)
                .Select(path => (path, Text: SourceFile.Read(path, InputLimits.CaseFile, root, RegressionDiagnosticCodes.MissingCases, problems)))
                .Where(file => file.Text is not null)
                .Select(file => (file.path, file.Text!))
                .ToList()
            : [];
        return Read(revisionFolder, files, revision, problems);
    }

    /// <summary>Reads the cases of a built-in revision (embedded from <c>rules/&lt;id&gt;/tests/*.yaml</c>).</summary>
    /// <param name="id">The revision id, such as <c>gb-2019</c>.</param>
    /// <param name="revision">The revision the cases are for, to check the indicator ids they name; <see langword="null"/> to skip that check.</param>
    /// <returns>The suite (empty when the revision has no case files), or every problem found.</returns>
    public static LoadResult<RegressionSuite> ReadBuiltIn(string id, RuleRevision? revision = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!RuleSet.BuiltInIds.Contains(id))
        {
            return LoadResult<RegressionSuite>.Failed([Diagnostic.Create(
                RegressionDiagnosticCodes.MissingCases,
                $"there is no built-in revision '{id}'; built in: {string.Join(", ", RuleSet.BuiltInIds)}",
                SourceLocation.OfFile(BuiltInResources.Scheme + id))]);
        }

        var files = BuiltInResources.List($"rules/{id}/{TestsFolderName}/")
            .Where(name => name.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(name => (BuiltInResources.Scheme + name, BuiltInResources.ReadText(name)!));
        return Read(BuiltInResources.Scheme + id, files, revision, []);
    }

    /// <summary>Reads the cases of a revision named the way the command line names it: <c>builtin:id</c> or a folder path.</summary>
    /// <param name="reference">The reference.</param>
    /// <param name="revision">The revision the cases are for, to check the indicator ids they name; <see langword="null"/> to skip that check.</param>
    /// <returns>The suite, or every problem found.</returns>
    public static LoadResult<RegressionSuite> TryLoad(string reference, RuleRevision? revision = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.StartsWith(BuiltInResources.Scheme, StringComparison.Ordinal)
            ? ReadBuiltIn(reference[BuiltInResources.Scheme.Length..], revision)
            : ReadFolder(reference, revision);
    }

    /// <summary>Reads the cases of one file's text.</summary>
    /// <param name="text">The YAML text of a case file.</param>
    /// <param name="file">The file name for diagnostics.</param>
    /// <param name="revision">The revision the cases are for, to check the indicator ids they name; <see langword="null"/> to skip that check.</param>
    /// <returns>The suite, or every problem found.</returns>
    public static LoadResult<RegressionSuite> Parse(string text, string file, RuleRevision? revision = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var problems = new List<Diagnostic>();
        return SourceFile.Check(text, file, InputLimits.CaseFile, problems)
            ? Read(file, [(file, text)], revision, problems)
            : Read(file, [], revision, problems);
    }

    private static LoadResult<RegressionSuite> Read(string source, IEnumerable<(string File, string Text)> files, RuleRevision? revision, IEnumerable<Diagnostic> readProblems)
    {
        var diagnostics = new List<Diagnostic>(readProblems);
        var cases = ImmutableArray.CreateBuilder<RegressionCase>();
        foreach (var (file, text) in files)
        {
            cases.AddRange(RegressionCaseReader.Read(text, file, revision, diagnostics));
        }

        var ordered = diagnostics
            .Distinct()
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ToList();
        return ordered.Any(d => d.Severity == DiagnosticSeverity.Error)
            ? LoadResult<RegressionSuite>.Failed(ordered)
            : LoadResult<RegressionSuite>.Ok(new RegressionSuite(source, cases.ToImmutable()), ordered);
    }
}
