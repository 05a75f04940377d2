using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;
using Compliance.Rules.Forecasting;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Tests.Forecasting;

/// <summary>The example through the library (see <see cref="ForecastExample"/> for the dates worked out by hand).</summary>
public class ForecastAnalysisTest
{
    private static readonly Lazy<ForecastResult> Forecast = new(() =>
        ForecastAnalysis.Run(ForecastExample.Rules.Value, ForecastExample.Batch(), ForecastExample.AsOf, 14, new EvaluationOptions { AssumeComplete = true }));

    [Fact]
    public void Run_AccountLastPostingOn0620_PassesTodayAndFailsFrom0705()
    {
        var account = Forecast.Value.Subjects.Single(s => s.Subject.Id == "A1");

        account.Current.Verdict.Should().Be(Verdict.Pass);
        var change = account.Changes.Should().ContainSingle().Subject;
        change.Date.Should().Be(new LocalDate(2024, 7, 5));
        change.After.Verdict.Should().Be(Verdict.Fail);
        var started = change.Started.Should().ContainSingle().Subject;
        started.IndicatorId.Should().Be("NM-V2");
        started.Reason.Should().Be("超14天未更新");
        started.Detail.Should().Be("6月21日起未更新");
        change.Stopped.Should().BeEmpty();
    }

    [Fact]
    public void Run_AccountLastPostingOn0620_IsPredictedToPassOn0704AndFailOn0705()
    {
        var account = Forecast.Value.Subjects.Single(s => s.Subject.Id == "A1");

        account.AssessmentOn(new LocalDate(2024, 7, 4)).Verdict.Should().Be(Verdict.Pass);
        account.AssessmentOn(new LocalDate(2024, 7, 5)).Verdict.Should().Be(Verdict.Fail);
        account.AssessmentOn(new LocalDate(2024, 7, 11)).Verdict.Should().Be(Verdict.Fail);
    }

    [Fact]
    public void Run_UnansweredErrorReport_IsOverdueFrom0629()
    {
        var site = Forecast.Value.Subjects.Single(s => s.Subject.Id == "W1");

        site.Current.Notices.Should().NotContain(f => f.IndicatorId == "XJ-ZC-2");
        var change = site.Changes.Should().ContainSingle().Subject;
        change.Date.Should().Be(new LocalDate(2024, 6, 29));
        // The national row W-D4g (3 working days, −1 per message) starts on the same day as the 兵团 notice XJ-ZC-2.
        change.Started.Select(f => f.IndicatorId).Should().Equal("W-D4g", "XJ-ZC-2");
        change.Started[0].Kind.Should().Be(IndicatorKind.Deduction);
        change.Started[0].Points.Should().Be(1m);
        var started = change.Started[1];

        // Under xjbt-2024 an overdue message is a notice: it starts, and neither the verdict nor the score moves (the site
        // is vetoed already, so W-D4g's point moves no score either).
        started.Kind.Should().Be(IndicatorKind.Notice);
        change.After.Notices.Should().ContainSingle(f => f.IndicatorId == "XJ-ZC-2");
        (change.VerdictChanges, change.ScoreChanges).Should().Be((false, false));
        started.Evidence.Facts.Should().ContainSingle().Which.Id.Should().Be("m1");
        started.Evidence.Values["deadline"].Should().Be(new LocalDate(2024, 6, 28));
    }

    [Fact]
    public void Run_UnansweredErrorReport_IsPendingDueOn0628WithOneWorkingDayLeft()
    {
        var pending = Forecast.Value.PendingMessages.Should().ContainSingle().Subject;

        pending.Message.Id.Should().Be("m1");
        pending.IndicatorId.Should().Be("XJ-ZC-2");
        pending.Deadline.Should().Be(new LocalDate(2024, 6, 28));
        pending.OverdueFrom.Should().Be(new LocalDate(2024, 6, 29));
        pending.WorkingDaysLeft.Should().Be(1);
    }

    [Fact]
    public void Run_Warnings_AreSortedByDateAndWordedByTheRuleSet()
    {
        var warnings = Forecast.Value.Warnings;

        warnings.Select(w => (w.Date, w.Subject.Id, w.IndicatorId)).Should().Equal(
            (new LocalDate(2024, 6, 29), "W1", "W-D4g"),
            (new LocalDate(2024, 6, 29), "W1", "XJ-ZC-2"),
            (new LocalDate(2024, 7, 5), "A1", "NM-V2"));
        warnings[1].Text.Should().Be("“我为政府网站找错”留言将于6月29日起逾期：6月25日收到，答复期限6月28日，还剩1个工作日");
        warnings[1].WorkingDays.Should().Be(1);
        warnings[2].Text.Should().Be("距超14天未更新还有8天（7月5日起不合格）");
        warnings[2].Days.Should().Be(8);
    }

    [Fact]
    public void Run_WarnAhead_AnnouncesTheMessageTodayAndTheAccountNotYet()
    {
        // XJ-ZC-2 and W-D4g warn 1 working day ahead (1 left: due); NM-V2 3 days ahead (8 days left: not yet).
        Forecast.Value.DueWarnings.Select(w => w.IndicatorId).Should().Equal("W-D4g", "XJ-ZC-2");
    }

    [Fact]
    public void RunToWarnAhead_On0702_AnnouncesTheAccount()
    {
        // From 7月2日 the failure on 7月5日 is 3 days ahead, within NM-V2's warn_ahead.
        var forecast = ForecastAnalysis.RunToWarnAhead(ForecastExample.Rules.Value, ForecastExample.Batch(), new LocalDate(2024, 7, 2), new EvaluationOptions { AssumeComplete = true });

        forecast.DueWarnings.Should().ContainSingle(w => w.IndicatorId == "NM-V2").Which.Text.Should().Be("距超14天未更新还有3天（7月5日起不合格）");
    }

    [Fact]
    public void Run_Current_EqualsAPlainEvaluation()
    {
        var plain = ForecastExample.Rules.Value.Evaluate(ForecastExample.Batch(), ForecastExample.AsOf, new EvaluationOptions { AssumeComplete = true });

        Forecast.Value.Current.Assessments.Select(a => (a.Verdict, a.Total, string.Join(",", a.Violations.Select(v => v.Reason))))
            .Should().Equal(plain.Assessments.Select(a => (a.Verdict, a.Total, string.Join(",", a.Violations.Select(v => v.Reason)))));
    }

    [Fact]
    public void Run_DaysOutOfRange_Throws()
    {
        var act = () => ForecastAnalysis.Run(ForecastExample.Rules.Value, ForecastExample.Batch(), ForecastExample.AsOf, 0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
