using CsCheck;
using NodaTime;
using FactsReader = Compliance.Rules.Facts.Input.FactsInput;

namespace Compliance.Rules.Tests.Hostile.Fuzz;

/// <summary>
/// The 兵团 sample's facts (a slice of its CSV files and coverage.yaml, and the same batch as a JSON and a YAML document),
/// mutated, read by <c>FactsInput.Read</c> and, when they load, checked and evaluated with the built-in xjbt-2024 at an
/// as-of date that may lie outside the calendar or outside 1990–2100: documented diagnostics and exceptions only, and
/// one assessment per subject.
/// </summary>
public sealed class FactsFuzzTest
{
    private static readonly LocalDate[] AsOfDates =
    [
        new(2024, 6, 27), new(2024, 4, 1), new(2015, 1, 1), new(2026, 12, 31), new(2027, 1, 1), new(1990, 1, 1),
        new(1989, 12, 31), new(2100, 12, 31), new(2101, 1, 1), new(1, 1, 1), new(9999, 12, 31),
    ];

    [Fact]
    public void ReadAndEvaluate_MutatedSampleFacts_GiveDocumentedDiagnosticsOrOneAssessmentPerSubject()
    {
        var files = ShippedInputs.FactsFiles;
        var rules = RuleSet.BuiltIn("xjbt-2024");
        _ = ShippedInputs.SliceBatch;

        FuzzCase.Check(files, c => Load(c, files, rules), 200);
    }

    private static void Load(FuzzCase fuzz, IReadOnlyList<string> files, CompiledRuleSet rules)
    {
        var name = files[fuzz.Target];
        var asOf = AsOfDates[Math.Abs(fuzz.Seed % AsOfDates.Length)];
        var input = $"{fuzz.Describe(files)} evaluated at {asOf:uuuu-MM-dd}";
        var root = FuzzCheck.TempFolder();
        try
        {
            var document = name.StartsWith("facts.", StringComparison.Ordinal);
            if (!document)
            {
                foreach (var file in Directory.GetFiles(ShippedInputs.Slice))
                {
                    File.Copy(file, Path.Combine(root, Path.GetFileName(file)));
                }
            }

            File.WriteAllBytes(Path.Combine(root, name), fuzz.Apply(ShippedInputs.FactsBytes(name)));
            FuzzCheck.Run(input, () =>
            {
                if (FuzzCheck.Diagnostics(input, FactsReader.Read(document ? Path.Combine(root, name) : root)).TryGetValue(out var batch))
                {
                    FuzzCheck.Evaluate(input, rules, batch!, asOf);
                }
            });
        }
        finally
        {
            FuzzCheck.Delete(root);
        }
    }
}
