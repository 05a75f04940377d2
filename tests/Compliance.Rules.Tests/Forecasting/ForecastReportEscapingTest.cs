using System.Text;
using System.Text.Json;
using Compliance.Rules.Facts;
using Compliance.Rules.Forecasting;
using Compliance.Rules.Reporting;
using NodaTime;

namespace Compliance.Rules.Tests.Forecasting;

/// <summary>
/// A forecast report of accounts with hostile names, each about to fail: the names reach every format through the
/// report writers' escaping (a terminal is never driven, a spreadsheet never runs a formula, JSON keeps them exactly).
/// </summary>
public class ForecastReportEscapingTest
{
    private static readonly string[] Names = ["清屏\u001B[2J\u0007响铃", "\u202Eexe.txt", "=HYPERLINK(\"http://evil.example\",\"点我\")", "换行\n竖线|名称"];

    private static readonly Lazy<ForecastReport> Hostile = new(() =>
    {
        var batch = FactBatch.Of(
            Names.Select((name, i) => (Subject)new NewMediaAccount($"A{i}", name, "某局", "微信订阅号", name, AccountStatus.Active)),
            Names.Select((_, i) => (Observation)new Publication($"P{i}", $"A{i}", null, new LocalDate(2024, 6, 20), "推文")));
        var rules = ForecastExample.Rules.Value;
        return ForecastReport.Create(ForecastAnalysis.Run(rules, batch, ForecastExample.AsOf, 14, new EvaluationOptions { AssumeComplete = true }), rules.Revision);
    });

    [Fact]
    public void Hostile_EveryAccountIsWarnedOf()
    {
        // Each last posted on 6月20日, so each fails from 7月5日 (see ForecastExample).
        Hostile.Value.Result.Warnings.Select(w => (w.Subject.Name, w.Date)).Should().BeEquivalentTo(Names.Select(n => (n, new LocalDate(2024, 7, 5))));
    }

    [Fact]
    public void Markdown_ControlCharactersAndTableBreakers_AreShownNotObeyed()
    {
        var text = Write(ReportFormat.Markdown);

        text.Where(c => c != '\n' && (char.IsControl(c) || c is '\u202E')).Should().BeEmpty();
        text.Should().Contain("清屏␛[2J␇响铃").And.Contain("\\u202Eexe.txt").And.Contain("换行 竖线\\|名称");
    }

    [Fact]
    public void Csv_AFormula_IsWrittenAsText()
    {
        var text = Write(ReportFormat.Csv);

        text.Should().Contain("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\"").And.NotContain(",\"=HYPERLINK");
    }

    [Fact]
    public void Json_KeepsTheNamesExactly()
    {
        using var json = JsonDocument.Parse(Write(ReportFormat.Json));

        json.RootElement.GetProperty("early_warnings").EnumerateArray().Select(w => w.GetProperty("name").GetString()).Should().BeEquivalentTo(Names);
    }

    private static string Write(ReportFormat format)
    {
        using var stream = new MemoryStream();
        ReportWriter.Write(Hostile.Value, format, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
