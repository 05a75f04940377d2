using System.Text.RegularExpressions;
using CsCheck;
using NodaTime;

namespace Compliance.Rules.Tests.Hostile.Fuzz;

/// <summary>
/// Every shipped rule file, mutated, loaded as a user loads a revision folder (<c>RuleSet.TryLoadDirectory</c> on a copy,
/// with the sibling base folder of an overlay): documented diagnostics or a rule set that evaluates the sample slice.
/// </summary>
public sealed partial class RuleFileFuzzTest
{
    private static readonly LocalDate AsOf = new(2024, 6, 27);

    [Fact]
    public void TryLoadDirectory_MutatedShippedRuleFile_GivesDocumentedDiagnosticsOrARuleSetThatEvaluates()
    {
        var files = ShippedInputs.RuleFiles;
        _ = ShippedInputs.SliceBatch;

        FuzzCase.Check(files, c => Load(c, files), 120);
    }

    private static void Load(FuzzCase fuzz, IReadOnlyList<string> files)
    {
        var input = fuzz.Describe(files);
        var file = files[fuzz.Target];
        var revision = file.Split('/')[0];
        var root = FuzzCheck.TempFolder();
        try
        {
            CopyRevision(revision, root);
            File.WriteAllBytes(Path.Combine(root, file), fuzz.Apply(File.ReadAllBytes(ShippedInputs.Full(file))));
            FuzzCheck.Run(input, () =>
            {
                var result = FuzzCheck.Diagnostics(input, RuleSet.TryLoadDirectory(Path.Combine(root, revision)));
                if (result.TryGetValue(out var rules))
                {
                    FuzzCheck.Evaluate(input, rules!, ShippedInputs.SliceBatch, AsOf);
                }
            });
        }
        finally
        {
            FuzzCheck.Delete(root);
        }
    }

    /// <summary>Copies a revision's rule files (not its cases or samples), and its base's when it extends a shipped sibling.</summary>
    internal static void CopyRevision(string revision, string root)
    {
        var source = ShippedInputs.Full(revision);
        Directory.CreateDirectory(Path.Combine(root, revision, "indicators"));
        File.Copy(Path.Combine(source, "revision.yaml"), Path.Combine(root, revision, "revision.yaml"));
        foreach (var indicators in Directory.GetFiles(Path.Combine(source, "indicators"), "*.yaml"))
        {
            File.Copy(indicators, Path.Combine(root, revision, "indicators", Path.GetFileName(indicators)));
        }

        if (Extends().Match(File.ReadAllText(Path.Combine(source, "revision.yaml"))) is { Success: true } extends
            && Directory.Exists(ShippedInputs.Full(extends.Groups[1].Value))
            && !Directory.Exists(Path.Combine(root, extends.Groups[1].Value)))
        {
            CopyRevision(extends.Groups[1].Value, root);
        }
    }

    [GeneratedRegex(@"^extends:\s*([\w.-]+)", RegexOptions.Multiline)]
    private static partial Regex Extends();
}
