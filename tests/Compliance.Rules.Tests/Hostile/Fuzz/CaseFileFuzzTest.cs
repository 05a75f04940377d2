using System.Text;
using Compliance.Rules.Testing;
using CsCheck;

namespace Compliance.Rules.Tests.Hostile.Fuzz;

/// <summary>
/// Every shipped regression-case file, mutated, read as <c>compliance-rules test</c> reads it (the revision folder's
/// <c>tests/</c>, and the file's text alone) and, when it loads, run against the built-in revision: documented
/// diagnostics, and a result for every case, never an exception.
/// </summary>
public sealed class CaseFileFuzzTest
{
    [Fact]
    public void ReadFolderParseAndRun_MutatedShippedCaseFile_GiveDocumentedDiagnosticsOrCaseResults()
    {
        var files = ShippedInputs.CaseFiles;

        FuzzCase.Check(files, c => Load(c, files), 100);
    }

    private static void Load(FuzzCase fuzz, IReadOnlyList<string> files)
    {
        var input = fuzz.Describe(files);
        var file = files[fuzz.Target];
        var revision = file.Split('/')[0];
        var rules = RuleSet.BuiltIn(revision);
        var root = FuzzCheck.TempFolder();
        try
        {
            var tests = Path.Combine(root, revision, "tests");
            Directory.CreateDirectory(tests);
            foreach (var sibling in files.Where(f => f.StartsWith(revision + "/", StringComparison.Ordinal)))
            {
                File.Copy(ShippedInputs.Full(sibling), Path.Combine(root, sibling));
            }

            var bytes = fuzz.Apply(File.ReadAllBytes(ShippedInputs.Full(file)));
            File.WriteAllBytes(Path.Combine(root, file), bytes);
            FuzzCheck.Run(input, () =>
            {
                FuzzCheck.Diagnostics(input, RegressionSuite.ReadFolder(Path.Combine(root, revision), rules.Revision));
                var parsed = FuzzCheck.Diagnostics(input, RegressionSuite.Parse(Encoding.UTF8.GetString(bytes), file, rules.Revision));
                if (parsed.TryGetValue(out var suite))
                {
                    RegressionRunner.Run(rules, suite!).Length.Should().Be(suite!.Cases.Length, input);
                }
            });
        }
        finally
        {
            FuzzCheck.Delete(root);
        }
    }
}
