using System.Text.Json;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;
using Compliance.Rules.Forecasting;
using Compliance.Rules.Reporting;
using NodaTime;

namespace Compliance.Rules.Tests.Forecasting;

/// <summary>
/// The forecast with main's forms of indicator, under the test rule set <c>forecast-test</c> (the 兵团 overlay plus FT-1, an
/// indicator of two sub-rules, and FT-N, a notice), from Thu 2024-06-27 over 10 days.
/// </summary>
/// <remarks>
/// Worked out by hand from the rule texts. FT-1 rule 1 (2 points): a homepage item counts while as-of − 7 ≤ its date, so
/// the item of 6月25日 counts up to 7月2日 and the rule fires from 7月3日. FT-1 rule 2 (0.5 per column): a column counts as
/// updated while as-of − 30 ≤ its last update, so the column updated on 5月30日 counts up to 6月29日 and fires from 6月30日.
/// FT-N (a notice): an account's posts of 6月24日 and 6月26日 count up to 7月1日 and 7月3日, so from 7月2日 fewer than 2
/// posts lie in the 7 days. FT-1 warns 5 days ahead, FT-N as the revision says (7 days, from xjbt-2024).
/// </remarks>
public class ForecastSubRulesAndNoticesTest
{
    private static readonly LocalDate AsOf = new(2024, 6, 27);

    private static readonly Lazy<CompiledRuleSet> Rules = new(() => RuleSet.LoadDirectory(TestPaths.TestRuleSet("forecast-test")));

    private static readonly Lazy<ForecastResult> Forecast = new(() =>
        ForecastAnalysis.Run(Rules.Value, Batch(), AsOf, 10, new EvaluationOptions { AssumeComplete = true }));

    [Fact]
    public void Run_SubRules_EachStartsOnItsOwnDateWithItsOwnPoints()
    {
        var site = Forecast.Value.Subjects.Single(s => s.Subject.Id == "W1");

        var changes = site.Changes.Select(c => (c.Date, Started: c.Started.Where(f => f.IndicatorId == "FT-1").Select(f => (f.Rule, f.Points)).ToList())).ToList();

        changes.Should().ContainSingle(c => c.Date == new LocalDate(2024, 6, 30)).Which.Started.Should().Equal(("2", 0.5m));
        changes.Should().ContainSingle(c => c.Date == new LocalDate(2024, 7, 3)).Which.Started.Should().Equal(("1", 2m));
    }

    [Fact]
    public void Run_SubRuleWarnings_AreWordedByTheSubRuleOrElseByTheIndicator()
    {
        var warnings = Forecast.Value.Warnings.Where(w => w.IndicatorId == "FT-1").ToList();

        warnings.Select(w => (w.Date, w.Finding.Rule, w.Text, w.IsDue)).Should().Equal(
            (new LocalDate(2024, 6, 30), "2", "栏目“信息公开”将于6月30日起超过30天未更新", true),
            (new LocalDate(2024, 7, 3), "1", "“第一师阿拉尔市”首页将于7月3日起7天内未更新", false));
    }

    [Fact]
    public void Run_NoticeStarting_IsAChangeThatMovesNeitherVerdictNorScore()
    {
        var account = Forecast.Value.Subjects.Single(s => s.Subject.Id == "A1");

        var change = account.Changes.Should().ContainSingle().Subject;
        change.Date.Should().Be(new LocalDate(2024, 7, 2));
        change.Started.Should().ContainSingle().Which.Should().Match<Results.Finding>(f => f.IndicatorId == "FT-N" && f.Kind == IndicatorKind.Notice && f.Points == 0m);
        change.After.Notices.Should().ContainSingle(f => f.IndicatorId == "FT-N");
        (change.VerdictChanges, change.ScoreChanges).Should().Be((false, false));
    }

    [Fact]
    public void Run_NoticeStarting_IsWarnedOfInTheDefaultWording()
    {
        var warning = Forecast.Value.Warnings.Should().ContainSingle(w => w.IndicatorId == "FT-N").Subject;

        warning.Event.Should().Be(ForecastEvent.Fires);
        warning.Text.Should().Be("将于7月2日出现问题：7天内发布1条");
        warning.IsDue.Should().BeTrue();
    }

    [Fact]
    public void Json_NamesTheSubRuleOfEachWarningAndFinding_AndFitsTheSchema()
    {
        using var writer = new StringWriter();
        ReportWriter.Write(ForecastReport.Create(Forecast.Value, Rules.Value.Revision), ReportFormat.Json, writer);

        using var json = JsonDocument.Parse(writer.ToString());
        var schema = Json.Schema.JsonSchema.FromText(
            File.ReadAllText(Path.Combine(TestPaths.Rules, "schema", "forecast.schema.json")),
            new Json.Schema.BuildOptions { SchemaRegistry = new Json.Schema.SchemaRegistry() });
        schema.Evaluate(json.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List }).IsValid.Should().BeTrue();
        json.RootElement.GetProperty("early_warnings").EnumerateArray()
            .Where(w => w.GetProperty("indicator").GetString() == "FT-1")
            .Select(w => w.GetProperty("rule").GetString())
            .Should().Equal("2", "1");
        var site = json.RootElement.GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "W1");
        site.GetProperty("changes").EnumerateArray()
            .SelectMany(c => c.GetProperty("started").EnumerateArray())
            .Where(f => f.GetProperty("indicator").GetString() == "FT-1")
            .Select(f => (f.GetProperty("rule").GetString(), f.GetProperty("facts").EnumerateArray().Select(x => x.GetString()).ToList()))
            .Should().BeEquivalentTo([("2", new List<string?> { "c1" }), ("1", new List<string?>())]);
    }

    [Fact]
    public void Run_PredictedResults_EqualPlainEvaluationsOnEveryDate()
    {
        var options = new EvaluationOptions { AssumeComplete = true };

        for (var date = AsOf; date <= Forecast.Value.Until; date = date.PlusDays(1))
        {
            var plain = Rules.Value.Evaluate(Batch(), date, options);
            for (var i = 0; i < plain.Assessments.Length; i++)
            {
                var predicted = Forecast.Value.Subjects[i].AssessmentOn(date);
                Keys(predicted).Should().Equal(Keys(plain.Assessments[i]), $"subject {plain.Assessments[i].Subject.Id} on {date:uuuu-MM-dd}");
                (predicted.Verdict, predicted.Total).Should().Be((plain.Assessments[i].Verdict, plain.Assessments[i].Total));
            }
        }
    }

    private static IEnumerable<string> Keys(Results.Assessment assessment) =>
        assessment.Violations.Concat(assessment.Bonuses).Concat(assessment.Notices).Select(f => $"{f.IndicatorId}/{f.Rule} {f.Points}").Order(StringComparer.Ordinal);

    private static FactBatch Batch() => FactBatch.Of(
        subjects:
        [
            new Website("W1", "第一师阿拉尔市", "第一师阿拉尔市党政办", IsPortal: true, ProvidesExternalServices: true, AdministrativeLevel.Prefecture),
            new NewMediaAccount("A1", "阿拉尔发布", "第一师阿拉尔市融媒体中心", "微信订阅号", "第一师阿拉尔市", AccountStatus.Active),
        ],
        observations:
        [
            new Publication("h1", "W1", ColumnId: null, Published: new LocalDate(2024, 6, 25), Title: "首页要闻", OnHomepage: true),
            new Column("c1", "W1", "信息公开", ColumnCategory.Other, IsTopLevel: true, OnHomepage: false, IsBlank: false, LastUpdated: new LocalDate(2024, 5, 30)),
            new Publication("p1", "A1", ColumnId: null, Published: new LocalDate(2024, 6, 24), Title: "防汛工作部署"),
            new Publication("p2", "A1", ColumnId: null, Published: new LocalDate(2024, 6, 26), Title: "夏收进度"),
        ]);
}
