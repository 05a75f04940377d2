using Compliance.Rules.Facts;
using Compliance.Rules.Impact;
using Compliance.Rules.Reporting;

namespace Compliance.Rules.Tests.Impact;

/// <summary>
/// The example through the library: shortening the window of the new-media update veto from 14 to 7 calendar
/// days makes exactly the active accounts whose last post is 8 to 14 days old newly 不合格, and changes nothing else.
/// </summary>
public class ImpactAnalysisTest
{
    [Fact]
    public void Sample_CsvFiles_Have287AccountsLastPosting8To14DaysBefore()
    {
        // The issue says 287; counted from the CSV files it is 287 (42 + 40 + 41 × 5 accounts with a last post on 6/13 … 6/19).
        ImpactSample.AccountsLastPosting8To14DaysBefore().Should().HaveCount(287);
    }

    [Fact]
    public void Compare_SevenDayWindow_NewlyFailingAreExactlyTheAccountsLastPosting8To14DaysBefore()
    {
        var impact = ImpactSample.Result.Value;

        var newlyFailing = impact.Subjects.Where(s => s.Change == ImpactChange.NewlyFailing).Select(s => s.Subject.Id);

        newlyFailing.Should().BeEquivalentTo(ImpactSample.AccountsLastPosting8To14DaysBefore());
    }

    [Fact]
    public void Compare_SevenDayWindow_NothingElseChanges()
    {
        var impact = ImpactSample.Result.Value;

        impact.Subjects.Should().OnlyContain(s => s.Change == ImpactChange.Unchanged || s.Change == ImpactChange.NewlyFailing);
        impact.Subjects.Where(s => s.Subject is Website).Should().OnlyContain(s => s.Change == ImpactChange.Unchanged);
    }

    [Fact]
    public void Compare_SevenDayWindow_EveryNewFailureIsTheWindowIndicatorAdded()
    {
        var impact = ImpactSample.Result.Value;

        var byIndicator = impact.ByIndicator.Should().ContainSingle().Subject;
        byIndicator.IndicatorId.Should().Be("NM-V2");
        byIndicator.Gained.Should().HaveCount(287);
        byIndicator.Lost.Should().BeEmpty();
        impact.Changes.Should().OnlyContain(s => s.FindingsAdded.Single().IndicatorId == "NM-V2" && s.FindingsRemoved.IsEmpty);
    }

    [Fact]
    public void Compare_SevenDayWindow_NewMediaPassRateFallsFrom98Point71To52Point27()
    {
        var newMedia = ImpactSample.Result.Value.ByKind.Single(k => k.Kind == SubjectKind.NewMedia);

        // 610 of 618 pass under xjbt-2024; 610 − 287 = 323 under the 7-day window, and 323 / 618 = 52.27%.
        newMedia.Before.PassRate.Should().Be(98.71m);
        newMedia.After.Passed.Should().Be(323);
        newMedia.After.PassRate.Should().Be(52.27m);
        newMedia.NewlyFailing.Should().Be(287);
        newMedia.NewlyPassing.Should().Be(0);
        newMedia.ScoreChanged.Should().Be(0);
        newMedia.Compared.Should().Be(618);
    }

    [Fact]
    public void Report_Markdown_StartsWithTheSummaryAndNamesTheWindowChange()
    {
        var impact = ImpactSample.Result.Value;
        var report = ImpactReport.Create(impact, ImpactSample.Baseline.Value.Revision, ImpactSample.Nm7.Value.Revision);
        using var text = new StringWriter();

        ReportWriter.Write(report, ReportFormat.Markdown, text);

        var markdown = text.ToString();
        markdown.Should().Contain("- 政务新媒体：比较618个，新增不合格287个，新增合格0个，得分变化0个，仅问题变化0个；合格率98.71% → 52.27%（合格610个 → 323个）。");
        markdown.Should().Contain("| NM-V2 | 内容不更新 | 287 | 0 | when.none.where.published.within.calendar_days: 14 → 7 |");
        markdown.Should().Contain("## 新增不合格账号名单（6月27日核查结果）");
        report.Tables.Single(t => t.Title.StartsWith("新增不合格账号名单", StringComparison.Ordinal)).Rows.Should().HaveCount(287);
        report.Tables.Single(t => t.Title.StartsWith("政府网站得分情况", StringComparison.Ordinal)).Rows.Should().HaveCount(41);
    }

    [Fact]
    public void Report_Json_ValidatesAgainstTheImpactSchema()
    {
        var schema = Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.Rules, "schema", "impact.schema.json")), new Json.Schema.BuildOptions { SchemaRegistry = new Json.Schema.SchemaRegistry() });
        var report = ImpactReport.Create(ImpactSample.Result.Value, ImpactSample.Baseline.Value.Revision, ImpactSample.Nm7.Value.Revision);
        using var json = new MemoryStream();
        ReportWriter.Write(report, ReportFormat.Json, json);
        using var document = System.Text.Json.JsonDocument.Parse(json.ToArray());

        var result = schema.Evaluate(document.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });

        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        document.RootElement.GetProperty("subjects").GetArrayLength().Should().Be(287);
    }

    [Fact]
    public void Report_EvaluationsWithWarnings_CarriesThemForEachSide()
    {
        // One week later the sample's facts are all before the as-of date, but a batch without its service guides leaves
        // W-V6a not assessed on both sides: the report says so instead of hiding it behind "no change".
        var batch = FactBatch.Of(ImpactSample.Batch.Value.Subjects, ImpactSample.Batch.Value.Observations.Where(o => o is not ServiceGuide));
        var impact = ImpactAnalysis.Compare(ImpactSample.Baseline.Value, ImpactSample.Nm7.Value, batch, ImpactSample.AsOf);
        var report = ImpactReport.Create(impact, ImpactSample.Baseline.Value.Revision, ImpactSample.Nm7.Value.Revision);
        using var markdown = new StringWriter();
        using var json = new MemoryStream();

        ReportWriter.Write(report, ReportFormat.Markdown, markdown);
        ReportWriter.Write(report, ReportFormat.Json, json);

        markdown.ToString().Should().Contain("## 提示").And.Contain("- 变更前：evaluation: warning CR5004: the batch has no service_guide facts")
            .And.Contain("- 变更后：evaluation: warning CR5004");
        System.Text.Encoding.UTF8.GetString(json.ToArray()).Should().Contain("\"code\": \"CR5004\"");
    }

    [Fact]
    public void Compare_TwoAsOfDates_SameRevision_ReportsTheAccountsThatAgedPastTheWindow()
    {
        var rules = ImpactSample.Baseline.Value;

        // One week later, under the 14-day window, an account whose last post was 6/20 … 6/26 is still within it;
        // those with 6/13 … 6/19 are now 15 to 21 days old.
        var impact = ImpactAnalysis.Compare(rules, ImpactSample.Batch.Value, ImpactSample.AsOf, ImpactSample.AsOf.PlusDays(7));

        impact.Subjects.Count(s => s.Subject is NewMediaAccount && s.Change == ImpactChange.NewlyFailing).Should().Be(287);
        impact.Before.AsOf.Should().Be(ImpactSample.AsOf);
        impact.After.AsOf.Should().Be(ImpactSample.AsOf.PlusDays(7));
    }

    [Fact]
    public void Compare_UnrelatedRevisionWithoutNewMediaIndicators_ReportsAccountsAsNotAssessedNotAsChanges()
    {
        var gb2015 = RuleSet.BuiltIn("gb-2015");

        var impact = ImpactAnalysis.Compare(ImpactSample.Baseline.Value, gb2015, ImpactSample.Batch.Value, ImpactSample.AsOf);

        impact.Subjects.Where(s => s.Subject is NewMediaAccount).Should().OnlyContain(s => s.Change == ImpactChange.NotAssessedInCandidate);
        impact.ByKind.Single(k => k.Kind == SubjectKind.NewMedia).NotComparable.Should().Be(618);
        impact.ByKind.Single(k => k.Kind == SubjectKind.NewMedia).NewlyPassing.Should().Be(0);
    }
}
