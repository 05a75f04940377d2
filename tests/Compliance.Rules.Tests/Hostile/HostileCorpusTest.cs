using Compliance.Rules.Calendar;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Testing;
using Compliance.Rules.Tests.Hostile.Fuzz;
using FactsReader = Compliance.Rules.Facts.Input.FactsInput;

namespace Compliance.Rules.Tests.Hostile;

/// <summary>
/// The corpus of hostile inputs (Hostile/Corpus): hand-made ones (a billion laughs, a GBK rule file, a truncated UTF-8
/// sequence, the dates 9999-12-31 and 0001-01-01, a NUL byte in an id) and the fuzzer's finds, each loaded the way a
/// user loads that kind of file and required to give its documented code. The very large inputs (nesting 1,000 and
/// 100,000 levels deep) are generated here rather than committed.
/// </summary>
public sealed class HostileCorpusTest : IDisposable
{
    private static readonly string Corpus = Path.Combine(TestPaths.RepoRoot, "tests", "Compliance.Rules.Tests", "Hostile", "Corpus");

    private readonly string _root = FuzzCheck.TempFolder();

    public void Dispose() => FuzzCheck.Delete(_root);

    [Fact]
    public void Corpus_EveryFile_IsSmallAndHasATest()
    {
        var named = RuleFiles.Concat(CalendarFiles).Concat(CaseFiles).Concat(FactsFiles).Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        foreach (var entry in Directory.EnumerateFileSystemEntries(Corpus).Where(e => !Path.GetFileName(e).StartsWith('.')))
        {
            named.Should().Contain(Path.GetFileName(entry), "every corpus entry is run by a test");
        }

        Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories).Should().OnlyContain(f => new FileInfo(f).Length < 20_000);
    }

    public static TheoryData<string, string> RuleFiles => new()
    {
        { "rule-billion-laughs.yaml", "CR0007" },
        { "rule-gbk.yaml", "CR0011" },
        { "rule-truncated-utf8.yaml", "CR0011" },
        { "rule-nul-in-id.yaml", "CR0001" },
        { "rule-lone-cr-in-flow.yaml", "CR0001" },
        { "rule-huge-count.yaml", "CR2010" },
        { "rule-huge-elapsed.yaml", "CR2010" },
        { "rule-points-1e308.yaml", "CR0004" },
        { "rule-date-9999-12-31.yaml", "none" },
        { "rule-impossible-date.yaml", "CR2004" },
    };

    public static TheoryData<string, string> CalendarFiles => new()
    {
        { "calendar-impossible-date.yaml", "CR0004" },
        { "calendar-year-9999.yaml", "CR0004" },
        { "calendar-billion-laughs.yaml", "CR0007" },
        { "calendar-next-line-in-flow.yaml", "CR0001" },
    };

    /// <summary>Case files, read with gb-2019 (which counts no working days) or xjbt-2024 (which does).</summary>
    public static TheoryData<string, string, string> CaseFiles => new()
    {
        { "case-as-of-2030.yaml", "gb-2019", "none" },
        { "case-as-of-0001-01-01.yaml", "gb-2019", "none" },
        { "case-as-of-impossible.yaml", "gb-2019", "CR0004" },
        { "case-next-line-in-flow.yaml", "gb-2019", "CR0001" },
        { "case-nul-in-subject-id.yaml", "gb-2019", "none" },
        { "case-outside-the-working-day-calendar.yaml", "xjbt-2024", "none" },
    };

    public static TheoryData<string, string> FactsFiles => new()
    {
        { "facts-date-9999-12-31", "CR3006" },
        { "facts-nul-in-id", "none" },
        { "facts-nul-escape-in-id.json", "none" },
        { "facts-gbk.json", "CR3012" },
        { "facts-utf16", "CR3012" },
        { "facts-huge-numbers.json", "CR3006" },
        { "facts-billion-laughs.yaml", "CR3010" },
        { "facts-lone-cr-in-flow.yaml", "CR0001" },
    };

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void TryLoadDirectory_CorpusRuleFile_ReportsItsCode(string file, string code)
    {
        RuleFileFuzzTest.CopyRevision("gb-2019", _root);
        File.Copy(Path.Combine(Corpus, file), Path.Combine(_root, "gb-2019", "indicators", "9-corpus.yaml"));

        var result = Guarded(file, () => RuleSet.TryLoadDirectory(Path.Combine(_root, "gb-2019")));

        ShouldReport(file, result.Diagnostics, code);
        if (result.TryGetValue(out var rules))
        {
            FuzzCheck.Run(file, () => FuzzCheck.Evaluate(file, rules!, ShippedInputs.SliceBatch, new NodaTime.LocalDate(2024, 6, 27)));
        }
    }

    [Theory]
    [MemberData(nameof(CalendarFiles))]
    public void LoadFolder_CorpusCalendarFile_ReportsItsCode(string file, string code)
    {
        File.Copy(Path.Combine(Corpus, file), Path.Combine(_root, file));

        var folder = Guarded(file, () => WorkingDayCalendars.LoadFolder(_root));
        var one = Guarded(file, () => WorkingDayCalendars.LoadFile(Path.Combine(_root, file)));

        ShouldReport(file, folder.Diagnostics, code);
        ShouldReport(file, one.Diagnostics, code);
    }

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void ReadFolderAndRun_CorpusCaseFile_ReportsItsCode(string file, string revision, string code)
    {
        var rules = RuleSet.BuiltIn(revision);
        Directory.CreateDirectory(Path.Combine(_root, revision, "tests"));
        File.Copy(Path.Combine(Corpus, file), Path.Combine(_root, revision, "tests", file));

        var suite = Guarded(file, () => RegressionSuite.ReadFolder(Path.Combine(_root, revision), rules.Revision));

        ShouldReport(file, suite.Diagnostics, code);
        if (suite.TryGetValue(out var cases))
        {
            Guarded(file, () => RegressionRunner.Run(rules, cases!)).Should().HaveCount(cases!.Cases.Length);
        }
    }

    [Theory]
    [MemberData(nameof(FactsFiles))]
    public void Read_CorpusFacts_ReportsItsCode(string file, string code)
    {
        var rules = RuleSet.BuiltIn("xjbt-2024");

        var result = Guarded(file, () => FactsReader.Read(Path.Combine(Corpus, file)));

        ShouldReport(file, result.Diagnostics, code);
        if (result.TryGetValue(out var batch))
        {
            FuzzCheck.Run(file, () => FuzzCheck.Evaluate(file, rules, batch!, new NodaTime.LocalDate(2024, 6, 27)));
        }
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void EveryEntryPoint_NestingGeneratedThousandsOfLevelsDeep_ReportsTheDepthLimit(int depth)
    {
        // One bracket a line, so that no line is too long and the depth is what is refused.
        var nested = HostileYaml.DeepFlowLines("note", depth);
        RuleFileFuzzTest.CopyRevision("gb-2019", _root);
        File.WriteAllText(Path.Combine(_root, "gb-2019", "indicators", "9-deep.yaml"), nested);
        Directory.CreateDirectory(Path.Combine(_root, "gb-2019", "tests"));
        File.WriteAllText(Path.Combine(_root, "gb-2019", "tests", "9-deep.yaml"), nested);
        var calendars = Path.Combine(_root, "calendars");
        Directory.CreateDirectory(calendars);
        File.WriteAllText(Path.Combine(calendars, "deep.yaml"), "id: deep\nname: x\nextends: cn\n" + nested);
        File.WriteAllText(Path.Combine(_root, "deep.json"), "{ \"websites\": " + new string('[', depth) + new string(']', depth) + " }");
        File.WriteAllText(Path.Combine(_root, "deep.yaml"), "websites:\n" + nested[(nested.IndexOf('\n', StringComparison.Ordinal) + 1)..]);

        ShouldReport("rule file", Guarded("rule file", () => RuleSet.TryLoadDirectory(Path.Combine(_root, "gb-2019"))).Diagnostics, "CR0006");
        ShouldReport("case file", Guarded("case file", () => RegressionSuite.ReadFolder(Path.Combine(_root, "gb-2019"))).Diagnostics, "CR0006");
        ShouldReport("calendar", Guarded("calendar", () => WorkingDayCalendars.LoadFolder(calendars)).Diagnostics, "CR0006");
        ShouldReport("JSON facts", Guarded("JSON facts", () => FactsReader.Read(Path.Combine(_root, "deep.json"))).Diagnostics, "CR3009");
        ShouldReport("YAML facts", Guarded("YAML facts", () => FactsReader.Read(Path.Combine(_root, "deep.yaml"))).Diagnostics, "CR3009");
    }

    private static T Guarded<T>(string what, Func<T> load) => HangGuard.Run(what, FuzzCheck.Patience, load);

    private static void ShouldReport(string file, IEnumerable<Diagnostic> diagnostics, string code)
    {
        var all = diagnostics.ToList();
        FuzzCheck.Codes(file, all);
        var listed = string.Join(Environment.NewLine, all.Where(d => d.Severity == DiagnosticSeverity.Error));
        if (code == "none")
        {
            all.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty($"{file} is accepted; got:{Environment.NewLine}{listed}");
        }
        else
        {
            all.Select(d => d.Code).Should().Contain(code, $"{file} must be refused with {code}; got:{Environment.NewLine}{listed}");
        }
    }
}
