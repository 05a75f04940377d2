using System.Text;
using System.Text.RegularExpressions;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Reporting;
using FactsReader = Compliance.Rules.Facts.Input.FactsInput;

namespace Compliance.Rules.Tests.Xjbt;

/// <summary>
/// The 兵团 sample as staff have it after opening it in Excel on Chinese Windows and saving it as "CSV (逗号分隔)": GBK
/// (GB18030) without a byte order mark, CRLF line ends, and every date and time in the form Excel shows them
/// (2024/6/27, 2024/4/3 10:12; one file in the long form 2024年6月27日). It must evaluate, without edits, to exactly the
/// report of the UTF-8 sample.
/// </summary>
public sealed partial class Xjbt2024Q2ExcelSavedTest : IDisposable
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "excel-saved-" + Guid.NewGuid().ToString("N"));

    public Xjbt2024Q2ExcelSavedTest()
    {
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.GetFiles(Xjbt2024Q2SampleTest.Folder))
        {
            var name = Path.GetFileName(file);
            var text = File.ReadAllText(file, Encoding.UTF8);
            if (Path.GetExtension(name) == ".csv")
            {
                text = name == "columns.csv" ? IsoDate().Replace(text, LongForm) : IsoDate().Replace(text, ShortForm);
                File.WriteAllBytes(Path.Combine(_folder, name), Gb18030.GetBytes(text.ReplaceLineEndings("\r\n")));
            }
            else
            {
                File.Copy(file, Path.Combine(_folder, name));
            }
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_SampleSavedByChineseExcel_ReadsTheSameFactsAndStatesTheEncodingOfEachFile()
    {
        var csvFiles = Directory.GetFiles(_folder, "*.csv");
        File.ReadAllText(Path.Combine(_folder, "publications.csv"), Gb18030).Should().Contain("P0001,A001,2024/6/13,");
        File.ReadAllText(Path.Combine(_folder, "messages.csv"), Gb18030).Should().Contain(",2024/4/3 10:12,");
        File.ReadAllText(Path.Combine(_folder, "columns.csv"), Gb18030).Should().Contain(",2024年6月27日");

        var saved = FactsReader.Read(_folder);
        var original = FactsReader.Read(Xjbt2024Q2SampleTest.Folder);

        saved.Errors.Should().BeEmpty();
        saved.Diagnostics.Select(d => (d.Code, Path.GetFileName(d.Location.File), d.Location.Line)).Should().BeEquivalentTo(
            csvFiles.Select(f => ("CR3014", Path.GetFileName(f), 1)),
            "each GBK file gets one warning that states the encoding it was read in, and nothing else");
        Batch(saved).Subjects.Should().Equal(Batch(original).Subjects);
        Batch(saved).Observations.Should().Equal(Batch(original).Observations);
    }

    [Fact]
    public void Evaluate_SampleSavedByChineseExcel_GivesTheReportOfTheUtf8Sample()
    {
        var rules = RuleSet.BuiltIn("xjbt-2024");

        var saved = Report(rules, Batch(FactsReader.Read(_folder)));
        var original = Report(rules, Batch(FactsReader.Read(Xjbt2024Q2SampleTest.Folder)));

        saved.Should().Be(original);
        saved.Should().Contain("- 政务新媒体：检查618个，合格610个，不合格8个，合格率98.71%。");
    }

    private static FactBatch Batch(LoadResult<FactBatch> result) => result.GetValueOrThrow();

    private static string Report(CompiledRuleSet rules, FactBatch batch)
    {
        using var text = new StringWriter();
        ReportWriter.Write(BatchReport.Create(rules.Evaluate(batch, Xjbt2024Q2Sample.AsOf), rules.Revision, batch), ReportFormat.Markdown, text);
        return text.ToString();
    }

    // Excel's short date of the zh-CN locale: no leading zeros (2024-06-05 → 2024/6/5; times keep theirs: 10:05).
    private static string ShortForm(Match date) => $"{date.Groups["y"].Value}/{int.Parse(date.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture)}/{int.Parse(date.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture)}";

    // Excel's long date of the zh-CN locale.
    private static string LongForm(Match date) => $"{date.Groups["y"].Value}年{int.Parse(date.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture)}月{int.Parse(date.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture)}日";

    // A date followed by T starts an instant with its offset (2024-06-26T10:00:00+08:00), which Excel does not take for
    // a date and saves as the text it is.
    [GeneratedRegex(@"(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!T)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
