using Compliance.Rules.Diagnostics;
using Compliance.Rules.Calendar;
using Compliance.Rules.Evaluation;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using Compliance.Rules.Results;
using NodaTime;
using static Compliance.Rules.Tests.Honesty.HonestyFacts;

namespace Compliance.Rules.Tests.Honesty;

/// <summary>
/// A date past the calendar stops only the subject it belongs to, with a result that says so; an impossible as-of date
/// is one documented exception before anything is evaluated; dates at the ends of the range are input errors, never
/// overflows.
/// </summary>
public class SubjectIsolationTest
{
    private static readonly CompiledRuleSet Xjbt = RuleSet.BuiltIn("xjbt-2024");

    private static Message ErrorReport(string id, string site, LocalDateTime received, LocalDateTime? answered = null) =>
        new(id, site, MessageChannel.ErrorReport, received, answered);

    [Fact]
    public void Evaluate_MessageDatedPastTheCalendar_MakesOnlyItsSubjectNotAssessed()
    {
        var batch = FactBatch.Of(
            [Portal("A"), Portal("B")],
            CleanPortal("A").Concat(CleanPortal("B")).Append(ErrorReport("late", "A", new LocalDateTime(2027, 1, 4, 10, 0))));

        var result = Xjbt.Evaluate(batch, AsOf);

        result.Assessments.Should().HaveCount(2);
        var a = result.Assessments[0];
        a.Verdict.Should().Be(Verdict.NotAssessed);
        a.VerdictNote.Should().Be("无法评估：2027-01-04 超出日历 cn-xj 的范围（2015-01-01 至 2026-12-31）");
        a.Total.Should().BeNull();
        result.Assessments[1].Verdict.Should().Be(Verdict.Pass);
        result.Summary.NotAssessed.Should().Be(1);
        result.Summary.ByKind.Single().PassRate.Should().Be(100m, "a subject that could not be assessed is not in the pass rate");
        result.Warnings.Select(w => w.Code).Should().Contain([DiagnosticCodes.SubjectNotAssessed.Code, DiagnosticCodes.FactsAfterAsOf.Code]);
    }

    [Theory]
    [InlineData(2030, 1, 1)]
    [InlineData(2010, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void Evaluate_AsOfOutsideTheCalendar_ThrowsTheDocumentedCalendarRangeException(int year, int month, int day)
    {
        var batch = FactBatch.Of([Portal()], CleanPortal().Append(ErrorReport("open", "P", new LocalDateTime(2024, 6, 3, 10, 0))));

        var act = () => Xjbt.Evaluate(batch, new LocalDate(year, month, day));

        act.Should().Throw<CalendarRangeException>().Which.CalendarId.Should().Be("cn-xj");
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1989, 12, 31)]
    [InlineData(2101, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void Evaluate_AsOfOutsideTheInspectionYears_ThrowsArgumentOutOfRange(int year, int month, int day)
    {
        // gb-2015 counts no working days, so only the years bound the as-of date.
        var act = () => RuleSet.BuiltIn("gb-2015").Evaluate(FactBatch.Of([Portal()], CleanPortal()), new LocalDate(year, month, day));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*outside the dates an inspection can have (1990-01-01 … 2100-12-31)*");
    }

    [Theory]
    [InlineData(1990, 1, 1)]
    [InlineData(2100, 12, 31)]
    public void Evaluate_AsOfAtTheEndsOfTheInspectionYears_Evaluates(int year, int month, int day)
    {
        var result = RuleSet.BuiltIn("gb-2015").Evaluate(FactBatch.Of([Portal()], CleanPortal()), new LocalDate(year, month, day));

        result.Assessments.Should().ContainSingle();
    }

    [Theory]
    [InlineData(9999, 12, 31)]
    [InlineData(1, 1, 1)]
    [InlineData(2101, 1, 1)]
    public void FactBatch_DateAtTheEndsOfTheRange_IsAnInputErrorNotAnOverflow(int year, int month, int day)
    {
        var created = FactBatch.Create([Account("A")], [Post("p1", "A", new LocalDate(year, month, day))]);

        created.Success.Should().BeFalse();
        created.Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.FactsInvalidValue.Code);
    }

    [Fact]
    public void Evaluate_DeadlineAcrossAnUnrecordedRegionalFestival_CarriesAWarning()
    {
        // 2019 has no recorded 肉孜节 days on cn-xj (the festival was Wed 6/5): the count is made on national days, and the
        // finding says so.
        var batch = FactBatch.Of([Portal()], CleanPortal().Append(ErrorReport("m", "P", new LocalDateTime(2019, 6, 3, 10, 0))));

        var result = Xjbt.Evaluate(batch, new LocalDate(2019, 6, 27));

        var finding = result.Assessments.Single().Notices.Single(v => v.Evidence.Facts.Any(f => f.Id == "m"));
        finding.Warnings.Should().Contain(w => w.Contains("肉孜节", StringComparison.Ordinal) && w.Contains("2019", StringComparison.Ordinal));
        result.Warnings.Should().Contain(w => w.Code == DiagnosticCodes.UncertainCalendar.Code);
    }

    [Fact]
    public void Evaluate_DeadlineOnRecordedDays_CarriesNoWarning()
    {
        var batch = FactBatch.Of([Portal()], CleanPortal().Append(ErrorReport("m", "P", new LocalDateTime(2024, 3, 5, 10, 0), new LocalDateTime(2024, 3, 11, 9, 0))));

        var finding = Xjbt.Evaluate(batch, AsOf).Assessments.Single().Notices.Single(v => v.Evidence.Facts.Any(f => f.Id == "m"));

        finding.Warnings.Should().BeEmpty();
    }
}
