using System.Text;
using Compliance.Rules.Facts;

namespace Compliance.Rules.Tests.Hostile.Fuzz;

/// <summary>
/// The shipped files the fuzzer starts from: rule files, calendars, regression cases, and a small slice of the 兵团 2024
/// Q2 sample facts (as CSV files, and as one JSON and one YAML document written from the same batch).
/// </summary>
internal static class ShippedInputs
{
    private const string Sample = "xjbt-2024/samples/2024q2";

    private static readonly Lazy<string> SliceFolder = new(WriteSlice, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<FactBatch> SliceBatchValue =
        new(() => Compliance.Rules.Facts.Input.FactsInput.Read(Slice).GetValueOrThrow(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets every rule file: each revision's <c>revision.yaml</c> and <c>indicators/*.yaml</c>, relative to rules/.</summary>
    public static IReadOnlyList<string> RuleFiles { get; } =
        [.. Directory.GetDirectories(TestPaths.Rules)
            .Where(d => File.Exists(Path.Combine(d, "revision.yaml")))
            .SelectMany(d => Directory.GetFiles(Path.Combine(d, "indicators"), "*.yaml").Prepend(Path.Combine(d, "revision.yaml")))
            .Select(Relative)
            .Order(StringComparer.Ordinal)];

    /// <summary>Gets the calendar files, relative to rules/.</summary>
    public static IReadOnlyList<string> CalendarFiles { get; } =
        [.. Directory.GetFiles(Path.Combine(TestPaths.Rules, "calendars"), "*.yaml").Select(Relative).Order(StringComparer.Ordinal)];

    /// <summary>Gets the regression-case files, relative to rules/.</summary>
    public static IReadOnlyList<string> CaseFiles { get; } =
        [.. Directory.GetDirectories(TestPaths.Rules)
            .Where(d => Directory.Exists(Path.Combine(d, "tests")))
            .SelectMany(d => Directory.GetFiles(Path.Combine(d, "tests"), "*.yaml"))
            .Select(Relative)
            .Order(StringComparer.Ordinal)];

    /// <summary>Gets the facts files of the slice folder (its CSV files and coverage.yaml) and the two documents.</summary>
    public static IReadOnlyList<string> FactsFiles { get; } =
        [.. Directory.GetFiles(Path.Combine(TestPaths.Rules, Sample), "*.*")
            .Select(f => Path.GetFileName(f))
            .Where(n => n.EndsWith(".csv", StringComparison.Ordinal) || n == "coverage.yaml")
            .Order(StringComparer.Ordinal),
         "facts.json", "facts.yaml"];

    /// <summary>Gets the folder holding the unmutated slice: CSV files, coverage.yaml, and the documents in a subfolder.</summary>
    public static string Slice => SliceFolder.Value;

    /// <summary>Gets the path of a file in the repository's rules folder.</summary>
    /// <param name="relative">The path relative to rules/.</param>
    /// <returns>The full path.</returns>
    public static string Full(string relative) => Path.Combine(TestPaths.Rules, relative);

    /// <summary>Gets the unmutated bytes of a facts file of the slice.</summary>
    /// <param name="name">A name of <see cref="FactsFiles"/>.</param>
    /// <returns>The bytes.</returns>
    public static byte[] FactsBytes(string name) =>
        File.ReadAllBytes(name.StartsWith("facts.", StringComparison.Ordinal) ? Path.Combine(Slice, "documents", name) : Path.Combine(Slice, name));

    private static string Relative(string path) => Path.GetRelativePath(TestPaths.Rules, path).Replace('\\', '/');

    /// <summary>
    /// Writes the slice: the sample's first four websites and its three last (department sites), its first twelve
    /// accounts, and every observation about them; then the same batch as facts.json and facts.yaml.
    /// </summary>
    private static string WriteSlice()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cr-fuzz-slice-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "documents"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var source = Path.Combine(TestPaths.Rules, Sample);
        var websites = Rows(source, "websites.csv");
        var accounts = Rows(source, "new_media.csv");
        var keptSites = websites.Skip(1).Take(4).Concat(websites.Skip(1).TakeLast(3)).ToList();
        var keptAccounts = accounts.Skip(1).Take(12).ToList();
        var ids = keptSites.Concat(keptAccounts).Select(r => r.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(source, "*.csv"))
        {
            var name = Path.GetFileName(file);
            var rows = Rows(source, name);
            var kept = name switch
            {
                "websites.csv" => keptSites,
                "new_media.csv" => keptAccounts,
                _ => rows.Skip(1).Where(r => ids.Contains(r.Split(',')[1])).ToList(),
            };
            File.WriteAllText(Path.Combine(folder, name), string.Join("\r\n", kept.Prepend(rows[0])) + "\r\n", new UTF8Encoding(true));
        }

        File.Copy(Path.Combine(source, "coverage.yaml"), Path.Combine(folder, "coverage.yaml"));
        var batch = Compliance.Rules.Facts.Input.FactsInput.Read(folder).GetValueOrThrow();
        File.WriteAllText(Path.Combine(folder, "documents", "facts.json"), FactsDocument.Json(batch));
        File.WriteAllText(Path.Combine(folder, "documents", "facts.yaml"), FactsDocument.Yaml(batch));
        return folder;
    }

    private static List<string> Rows(string folder, string name) =>
        [.. File.ReadAllText(Path.Combine(folder, name), Encoding.UTF8).TrimStart('\ufeff').Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)];

    /// <summary>Gets the slice as a batch (unmutated).</summary>
    public static FactBatch SliceBatch => SliceBatchValue.Value;
}
